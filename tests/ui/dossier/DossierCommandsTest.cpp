#include "core/CatchQtPrinters.h"

#include "core/import/ImportTestSupport.h"
#include "dossier/ContactsTab.h"
#include "dossier/DossierUndo.h"
#include "dossier/DossierView.h"
#include "dossier/IntakeTab.h"
#include "dossier/InvolvementsTab.h"
#include "dossier/PlanTab.h"
#include "services/DossierService.h"
#include "storage/Repository.h"
#include "ui/ScriptedPrompts.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

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
        c.lastName = QStringLiteral("Commando");
        clientId = ClientService(*store).addClient(c).value().meta.id;
        view.open(*store, clientId);
    }
    qint64 live(const char* table) {
        return store->db()
            .queryInt(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)))
            .value();
    }
};

} // namespace

TEST_CASE("Dossier tabs save through named undo commands: intake, goal, conversation, involvement", "[ui][dossier]") {
    Desk desk;
    IntakeTab* intake = desk.view.intakeTab();
    intake->table()->item(4, 1)->setData(Qt::EditRole, 3); // health
    intake->save();
    REQUIRE(desk.prompts.errors.isEmpty());
    REQUIRE(desk.live("intake") == 1);
    REQUIRE(desk.undo.active()->undoText() == QStringLiteral("save intake for Commando"));
    desk.view.intakeTab()->table()->item(4, 1)->setData(Qt::EditRole, 5);
    desk.view.intakeTab()->save();
    auto sections = [&] {
        return DossierService(*desk.store).intake(desk.clientId)->sections;
    };
    REQUIRE(sections()[4].score == 5);
    desk.undo.active()->undo();
    REQUIRE(sections()[4].score == 3);
    REQUIRE(desk.view.intakeTab()->table()->item(4, 1)->data(Qt::EditRole).toInt() == 3); // the tab follows
    desk.undo.active()->undo();
    REQUIRE(desk.live("intake") == 0);
    REQUIRE(desk.live("intake_section") == 0);
    desk.undo.active()->redo();
    REQUIRE(desk.live("intake") == 1);
    REQUIRE(desk.store->db().queryInt(u"SELECT count(*) FROM intake").value() == 1); // the same record again

    // A goal needs a PIP version; both are undone in turn.
    PlanTab* plan = desk.view.planTab();
    QTest::keyClicks(plan->decisionDateField(), QStringLiteral("01-10-2026"));
    plan->addVersion();
    REQUIRE(desk.live("plan_version") == 1);
    QTest::keyClicks(plan->goalField(), QStringLiteral("Werk vinden"));
    plan->addGoal();
    REQUIRE(desk.live("plan_goal") == 1);
    REQUIRE(desk.undo.active()->undoText() == QStringLiteral("add goal for Commando"));
    desk.undo.active()->undo();
    REQUIRE(desk.live("plan_goal") == 0);
    desk.undo.active()->undo();
    REQUIRE(desk.live("plan_version") == 0);
    REQUIRE(Repository<Client>(*desk.store).get(desk.clientId)->route == Route::None);
    desk.undo.active()->redo();
    desk.undo.active()->redo();
    REQUIRE(desk.live("plan_goal") == 1);
    REQUIRE(desk.prompts.errors.isEmpty());

    ContactsTab* contacts = desk.view.contactsTab();
    QTest::keyClicks(contacts->summaryField(), QStringLiteral("Kennismaking"));
    contacts->add();
    REQUIRE(desk.live("contact") == 1);
    REQUIRE(desk.undo.active()->undoText() == QStringLiteral("add conversation for Commando"));
    desk.undo.active()->undo();
    REQUIRE(desk.live("contact") == 0);
    REQUIRE(contacts->table()->rowCount() == 0);
    desk.undo.active()->redo();
    REQUIRE(desk.live("contact") == 1);
    REQUIRE(desk.store->db().queryInt(u"SELECT count(*) FROM contact").value() == 1);

    InvolvementsTab* involved = desk.view.involvementsTab();
    QTest::keyClicks(involved->nameField(), QStringLiteral("Taalmaatje"));
    involved->add();
    REQUIRE(involved->table()->rowCount() == 1);
    involved->table()->selectRow(0);
    involved->removeSelected();
    REQUIRE(desk.live("involvement") == 0);
    REQUIRE(desk.undo.active()->undoText() == QStringLiteral("remove involved party for Commando"));
    desk.undo.active()->undo();
    REQUIRE(desk.live("involvement") == 1);
    REQUIRE(involved->table()->rowCount() == 1);

    // A refused change reaches no undo stack.
    const int steps = desk.undo.active()->count();
    involved->add(); // empty form
    REQUIRE(desk.undo.active()->count() == steps);
    REQUIRE_FALSE(desk.prompts.errors.isEmpty());
}
