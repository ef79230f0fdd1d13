#include "core/CatchQtPrinters.h"

#include "core/import/ImportTestSupport.h"
#include "dossier/ContactsTab.h"
#include "dossier/DossierUndo.h"
#include "dossier/DossierView.h"
#include "dossier/InvolvementsTab.h"
#include "dossier/MilestonesTab.h"
#include "dossier/PlanTab.h"
#include "services/DossierService.h"
#include "storage/Repository.h"
#include "ui/ScriptedPrompts.h"
#include "widgets/DateField.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

struct Desk : StoreFixture {
    ScriptedPrompts prompts;
    DossierUndo undo;
    DossierView view{undo, prompts};
    QString clientId;

    Desk() {
        Client c;
        c.firstNames = QStringLiteral("Testa");
        c.lastName = QStringLiteral("Bewerkt");
        c.koppelingDate = QDate(2026, 5, 1);
        clientId = ClientService(*store).addClient(c).value().meta.id;
        view.open(*store, clientId);
    }
    template <class T>
    std::vector<T> live() {
        return Repository<T>(*store).list(clientId).value();
    }
    std::optional<Milestone> milestone(MilestoneKind kind) {
        auto m = DossierService(*store).milestone(clientId, kind);
        return m.ok() ? std::optional<Milestone>(m.value()) : std::nullopt;
    }
};

QAction* actionNamed(QWidget* w, const QString& text) {
    for (QAction* a : w->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

TEST_CASE("A conversation opens with Enter, is changed and removed with undo, and shows its whole summary",
          "[ui][dossier][edit]") {
    Desk desk;
    ContactsTab* tab = desk.view.contactsTab();
    const QString longSummary =
        QStringLiteral("Een lang gesprek over wonen, werk en school.\nTweede regel met details.");
    tab->summaryField()->setPlainText(longSummary);
    tab->add();
    REQUIRE(desk.live<Contact>().size() == 1);
    tab->table()->selectRow(0);
    REQUIRE(tab->detail()->text().contains(QStringLiteral("Tweede regel met details.")));
    REQUIRE(tab->table()->item(0, 3)->toolTip() == longSummary);

    // Enter on the row opens it in the form; saving changes the stored conversation.
    tab->table()->setFocus();
    QTest::keyClick(tab->table(), Qt::Key_Return);
    REQUIRE(tab->summaryField()->toPlainText() == longSummary);
    REQUIRE(tab->addButton()->text() == QStringLiteral("Save &conversation"));
    tab->summaryField()->setPlainText(QStringLiteral("Korter"));
    tab->add();
    REQUIRE(desk.live<Contact>().size() == 1);
    REQUIRE(desk.live<Contact>().front().summary == QStringLiteral("Korter"));
    REQUIRE(desk.undo.active()->undoText() == QStringLiteral("edit conversation for Testa Bewerkt"));
    desk.undo.active()->undo();
    REQUIRE(desk.live<Contact>().front().summary == longSummary);

    // The context menu's Remove (also the Delete key) removes it; undo brings it back.
    tab->table()->selectRow(0);
    QAction* remove = actionNamed(tab->table(), QStringLiteral("&Remove"));
    REQUIRE(remove);
    REQUIRE(remove->shortcut() == QKeySequence(QKeySequence::Delete));
    remove->trigger();
    REQUIRE(desk.live<Contact>().empty());
    desk.undo.active()->undo();
    REQUIRE(desk.live<Contact>().size() == 1);
}

TEST_CASE("Goals and people involved open, change and go with undo", "[ui][dossier][edit]") {
    Desk desk;
    PlanTab* plan = desk.view.planTab();
    QTest::keyClicks(plan->decisionDateField(), QStringLiteral("01-09-2026"));
    plan->addVersion();
    desk.prompts.answers.clear();
    QTest::keyClicks(plan->goalField(), QStringLiteral("Werk vinden"));
    plan->addGoal();
    REQUIRE(desk.live<PlanGoal>().size() == 1);
    plan->openGoal(0);
    REQUIRE(plan->goalField()->text() == QStringLiteral("Werk vinden"));
    REQUIRE(plan->addGoalButton()->text() == QStringLiteral("Save g&oal"));
    QTest::keyClicks(plan->goalActionField(), QStringLiteral("Proefplaatsing"));
    plan->addGoal();
    REQUIRE(desk.live<PlanGoal>().front().action == QStringLiteral("Proefplaatsing"));
    plan->removeGoal(0);
    REQUIRE(desk.live<PlanGoal>().empty());
    desk.undo.active()->undo();
    REQUIRE(desk.live<PlanGoal>().size() == 1);
    REQUIRE(desk.live<PlanGoal>().front().action == QStringLiteral("Proefplaatsing"));

    InvolvementsTab* involved = desk.view.involvementsTab();
    QTest::keyClicks(involved->nameField(), QStringLiteral("Taalmaatje"));
    involved->add();
    involved->open(0);
    QTest::keyClicks(involved->phoneField(), QStringLiteral("0612345678"));
    involved->add();
    REQUIRE(desk.live<Involvement>().front().phone == QStringLiteral("0612345678"));
    desk.undo.active()->undo();
    REQUIRE(desk.live<Involvement>().front().phone.isEmpty());
}

TEST_CASE("Marking a milestone achieved asks the day; the first PIP offers to mark PIP decided", "[ui][dossier]") {
    Desk desk;
    PlanTab* plan = desk.view.planTab();
    QTest::keyClicks(plan->decisionDateField(), QStringLiteral("15-08-2026"));
    plan->routeField()->setCurrentIndex(plan->routeField()->findData(static_cast<int>(Route::B1)));
    desk.prompts.answers = {Prompts::Choice::Yes};
    plan->addVersion();
    REQUIRE(desk.prompts.shown.last().contains(QStringLiteral("15-08-2026")));
    auto pip = desk.milestone(MilestoneKind::PipFixed);
    REQUIRE(pip->status == MilestoneStatus::Achieved);
    REQUIRE(pip->doneDate == QDate(2026, 8, 15));
    // A second version does not ask again.
    const qsizetype asked = desk.prompts.shown.size();
    QTest::keyClicks(plan->decisionDateField(), QStringLiteral("01-10-2026"));
    plan->addVersion();
    REQUIRE(desk.prompts.shown.size() == asked);

    MilestonesTab* milestones = desk.view.milestonesTab();
    int row = -1;
    for (int r = 0; r < milestones->table()->rowCount(); ++r)
        if (milestones->table()->item(r, 0)->text() == label(MilestoneKind::ExamReading))
            row = r;
    REQUIRE(row >= 0);
    milestones->table()->selectRow(row);
    desk.prompts.dates = {QDate(2026, 10, 12)}; // the result came weeks later
    milestones->markAchieved();
    REQUIRE(desk.milestone(MilestoneKind::ExamReading)->doneDate == QDate(2026, 10, 12));
    desk.undo.active()->undo();
    milestones->table()->selectRow(row);
    desk.prompts.dates = {QDate()}; // cancelled: nothing changes
    milestones->markAchieved();
    REQUIRE(desk.milestone(MilestoneKind::ExamReading)->status == MilestoneStatus::Planned);
}
