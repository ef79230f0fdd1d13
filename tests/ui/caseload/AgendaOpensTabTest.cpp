// The agenda lists the conversations' next steps beside the milestones, and Enter (or a double click) on an item
// opens the client's dossier on the tab that holds it, with the item selected. "Today" is 2 November 2026.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "caseload/AgendaView.h"
#include "core/storage/TestSupport.h"
#include "dossier/ContactsTab.h"
#include "dossier/DossierView.h"
#include "dossier/MilestonesTab.h"
#include "rules/DueState.h"
#include "services/ClientService.h"
#include "services/DossierService.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"
#include "ui/ScriptedPrompts.h"

#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace koers;
using namespace koers::test;

namespace {

QTreeWidgetItem* rowWith(QTreeWidget* tree, const QString& what) {
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r)
            if (tree->topLevelItem(g)->child(r)->text(AgendaView::WhatColumn) == what)
                return tree->topLevelItem(g)->child(r);
    return nullptr;
}

} // namespace

TEST_CASE("Next steps are on the agenda, and Enter opens the tab that holds an agenda item", "[ui][agenda]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("a.koers"));
    auto store = Store::create(path, "een lange wachtzin voor de test", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    Client c;
    c.firstNames = QStringLiteral("Omer");
    c.lastName = QStringLiteral("Kaya");
    c.targetGroup = TargetGroup::Family;
    c.koppelingDate = QDate(2026, 9, 1); // intake and PIP due 10 November: due this week or soon
    const QString kaya = ClientService(*store.value()).addClient(c)->meta.id;
    DossierService dossiers(*store.value());
    auto talk = [&dossiers, &kaya](QDate date, const QString& step, QDate due) {
        Contact k;
        k.clientId = kaya;
        k.date = date;
        k.summary = QStringLiteral("Gesprek over de taalschool");
        k.withWhom = QStringLiteral("Client en partner");
        k.nextStep = step;
        k.nextStepDate = due;
        return dossiers.addContact(k)->meta.id;
    };
    talk(QDate(2026, 9, 20), QStringLiteral("Oude stap"), QDate(2026, 10, 1)); // superseded by the next one
    talk(QDate(2026, 10, 20), QStringLiteral("Inschrijving taalschool regelen"), QDate(2026, 10, 30));
    talk(QDate(2026, 10, 5), QStringLiteral("Tussendoor"), QDate(2026, 10, 12)); // older than the latest
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    window.resize(1280, 720);
    window.show();
    window.tabs()->setCurrentWidget(window.agenda());
    QTreeWidget* tree = window.agenda()->tree();

    // The newest conversation's step, late: in the late group, said in words; older steps are not there.
    QTreeWidgetItem* step = rowWith(tree, QStringLiteral("Next step: Inschrijving taalschool regelen"));
    REQUIRE(step != nullptr);
    REQUIRE(step->parent() == tree->topLevelItem(0));
    REQUIRE(step->parent()->text(0).startsWith(dueStateLabel(DueState::Late)));
    REQUIRE(step->text(AgendaView::DueColumn) == QStringLiteral("30-10-2026"));
    REQUIRE(step->text(AgendaView::ClientColumn) == QStringLiteral("Kaya, Omer"));
    REQUIRE(step->data(AgendaView::WhatColumn, Qt::AccessibleDescriptionRole).toString() ==
            dueStateLabel(DueState::Late));
    REQUIRE(rowWith(tree, QStringLiteral("Next step: Oude stap")) == nullptr);
    REQUIRE(rowWith(tree, QStringLiteral("Next step: Tussendoor")) == nullptr);
    // Nothing of the conversation but its step: not the summary, not who was there.
    for (int col = 0; col < tree->columnCount(); ++col) {
        REQUIRE_FALSE(step->text(col).contains(QStringLiteral("Gesprek")));
        REQUIRE_FALSE(step->text(col).contains(QStringLiteral("partner")));
    }
    QTreeWidgetItem* intake = rowWith(tree, label(MilestoneKind::IntakeDone));
    REQUIRE(intake != nullptr);
    REQUIRE(intake->data(AgendaView::DueColumn, Qt::AccessibleDescriptionRole).toString() ==
            dueStateLabel(DueState::DueSoon));
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(window.grab().save(QStringLiteral("/tmp/koers-agenda-next-steps.png")));

    // Enter on the next step: the conversations, with that conversation selected.
    tree->setFocus();
    tree->setCurrentItem(step);
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(window.tabs()->currentWidget() == window.dossier());
    REQUIRE(window.dossier()->clientId() == kaya);
    ContactsTab* talks = window.dossier()->contactsTab();
    REQUIRE(window.dossier()->tabs()->currentWidget() == talks);
    REQUIRE(talks->table()->currentRow() >= 0);
    REQUIRE(talks->table()
                ->item(talks->table()->currentRow(), 4)
                ->text()
                .startsWith(QStringLiteral("Inschrijving taalschool regelen")));
    REQUIRE(talks->detail()->text().contains(QStringLiteral("Gesprek over de taalschool")));
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(window.grab().save(QStringLiteral("/tmp/koers-agenda-opens-conversation.png")));

    // A double click on a milestone: the milestones, with that one selected.
    window.tabs()->setCurrentWidget(window.agenda());
    intake = rowWith(tree, label(MilestoneKind::IntakeDone));
    REQUIRE(intake != nullptr);
    tree->scrollToItem(intake);
    QApplication::processEvents();
    const QRect cell = tree->visualItemRect(intake);
    REQUIRE(cell.isValid());
    // As a real double click: a click, then the second press that Qt reports as the double click.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(window.tabs()->currentWidget() == window.dossier());
    MilestonesTab* milestones = window.dossier()->milestonesTab();
    REQUIRE(window.dossier()->tabs()->currentWidget() == milestones);
    REQUIRE(milestones->table()->currentRow() >= 0);
    REQUIRE(milestones->table()->item(milestones->table()->currentRow(), 0)->text() ==
            label(MilestoneKind::IntakeDone));

    // A new conversation supersedes the step: the agenda follows at once.
    REQUIRE(DossierService(*window.store())
                .addContact([&] {
                    Contact k;
                    k.clientId = kaya;
                    k.date = QDate(2026, 11, 2);
                    k.summary = QStringLiteral("Ingeschreven");
                    return k;
                }())
                .ok());
    // The agenda is read again when its tab is shown (not while the dossier is in front).
    window.tabs()->setCurrentWidget(window.agenda());
    REQUIRE(QTest::qWaitFor(
        [&] { return rowWith(tree, QStringLiteral("Next step: Inschrijving taalschool regelen")) == nullptr; }, 2000));
    REQUIRE(rowWith(tree, label(MilestoneKind::IntakeDone)) != nullptr);
    REQUIRE(talks->table()->rowCount() == 4); // and the dossier shows the new conversation
}
