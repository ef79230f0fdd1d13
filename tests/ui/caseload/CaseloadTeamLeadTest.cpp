// A team lead's steps on the caseload: select several clients, give them to another coach (undoable from the
// caseload), and hand clients over to another municipality in a package.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "dossier/DossierView.h"
#include "services/ClientService.h"
#include "services/CoachService.h"
#include "settings/AppSettings.h"
#include "storage/Repository.h"
#include "sync/HandoverDialog.h"
#include "sync/SyncImporter.h"
#include "ui/ScriptedPrompts.h"
#include "widgets/DateField.h"

#include <QAction>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace koers;
using namespace koers::test;

namespace {

QAction* undoAction(QWidget& window, QKeySequence::StandardKey key) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(key))
            return a;
    return nullptr;
}

struct TeamFile {
    QStringList coaches; // Anna, Bram, Carla (inactive)
    QStringList clients; // four of Anna's
};

TeamFile fillTeam(Store& store) {
    TeamFile t;
    for (const char* name : {"Bram", "Anna", "Carla"}) {
        Coach c;
        c.name = QString::fromLatin1(name);
        auto added = CoachService(store).add(c);
        REQUIRE(added.ok());
        t.coaches << added->meta.id;
    }
    REQUIRE(CoachService(store).setActive(t.coaches[2], false).ok());
    std::swap(t.coaches[0], t.coaches[1]);
    for (const char* last : {"Aydin", "Bakker", "Celik", "Dekker"}) {
        Client c;
        c.firstNames = QStringLiteral("Test");
        c.lastName = QString::fromLatin1(last);
        c.coachId = t.coaches[0];
        auto added = ClientService(store).addClient(c);
        REQUIRE(added.ok());
        t.clients << added->meta.id;
    }
    return t;
}

QString coachOf(Store& store, const QString& clientId) {
    return Repository<Client>(store).get(clientId).value().coachId;
}

void selectRows(CaseloadView& view, std::initializer_list<int> rows) {
    QItemSelectionModel* selection = view.table()->selectionModel();
    selection->clearSelection();
    for (int row : rows)
        selection->select(view.table()->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

TEST_CASE("A team lead gives selected clients to another coach, and undo in the caseload takes it back",
          "[ui][caseload][assign]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    auto created = Store::create(path, "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(created.ok());
    const TeamFile t = fillTeam(*created.value());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(created.value()), path);
    Store& store = *window.store();
    CaseloadView& caseload = *window.caseload();
    QAction* undo = undoAction(window, QKeySequence::Undo);
    REQUIRE(undo);
    REQUIRE(caseload.table()->model()->rowCount() == 4);

    // Nothing selected: nothing to assign.
    caseload.table()->selectionModel()->clear();
    caseload.table()->setCurrentIndex(QModelIndex());
    CHECK_FALSE(caseload.assignAction()->isEnabled());

    // Aydin, Celik and Dekker (sorted by name), chosen with Ctrl-clicks.
    selectRows(caseload, {0, 2, 3});
    REQUIRE(caseload.assignAction()->isEnabled());
    REQUIRE(caseload.selectedClientIds() == QStringList{t.clients[0], t.clients[2], t.clients[3]});

    SECTION("a cancelled choice changes nothing") {
        prompts.nextChoice = QString();
        caseload.assignAction()->trigger();
        CHECK(prompts.offered == QStringList{QStringLiteral("Anna"), QStringLiteral("Bram")}); // not inactive Carla
        for (const QString& id : t.clients)
            CHECK(coachOf(store, id) == t.coaches[0]);
        CHECK_FALSE(undo->isEnabled());
    }
    SECTION("assigned, the caseload shows the new coach; undo and redo from the caseload") {
        prompts.nextChoice = QStringLiteral("Bram");
        caseload.assignAction()->trigger();
        REQUIRE(prompts.errors.isEmpty());
        CHECK(coachOf(store, t.clients[0]) == t.coaches[1]);
        CHECK(coachOf(store, t.clients[1]) == t.coaches[0]);
        CHECK(coachOf(store, t.clients[2]) == t.coaches[1]);
        CHECK(coachOf(store, t.clients[3]) == t.coaches[1]);
        QAbstractItemModel* shown = caseload.table()->model();
        CHECK(shown->index(0, CaseloadModel::Coach).data().toString() == QStringLiteral("Bram"));
        CHECK(shown->index(1, CaseloadModel::Coach).data().toString() == QStringLiteral("Anna"));
        REQUIRE(undo->isEnabled());
        CHECK(undo->text().startsWith(QStringLiteral("&Undo: assign 3 client"))); // "clients" with the translator
        CHECK(undo->text().endsWith(QStringLiteral(" to Bram")));

        undo->trigger();
        for (const QString& id : t.clients)
            CHECK(coachOf(store, id) == t.coaches[0]);
        CHECK(shown->index(0, CaseloadModel::Coach).data().toString() == QStringLiteral("Anna"));
        CHECK(window.tabs()->currentWidget() == window.caseload());
        window.undoStack()->redo();
        CHECK(coachOf(store, t.clients[3]) == t.coaches[1]);

        // In a dossier, undo is that dossier's: the caseload's step is not reached from there.
        window.openClient(t.clients[1]);
        CHECK_FALSE(undo->isEnabled());
        // Locking drops every history, the caseload's too.
        window.lock(false);
        CHECK_FALSE(undo->isEnabled());
    }
}

TEST_CASE("A handover writes the package, marks the clients moved away, and keeps a weak passphrase out",
          "[ui][caseload][handover]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    FixedClock clock(fixedNow());
    auto store =
        Store::create(dir.filePath(QStringLiteral("h.koers")), "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    const TeamFile t = fillTeam(*store.value());
    const QStringList chosen{t.clients[1], t.clients[2]};
    prompts.nextFile = dir.filePath(QStringLiteral("overdracht"));

    HandoverDialog dialog(*store.value(), prompts, chosen);
    dialog.show();
    CHECK(dialog.dateField()->date() == clock.today());
    REQUIRE_FALSE(dialog.handoverButton()->isEnabled());
    QTest::keyClicks(dialog.passphrase(), QStringLiteral("kort"));
    QTest::keyClicks(dialog.repeat(), QStringLiteral("kort"));
    REQUIRE(dialog.handoverButton()->isEnabled());
    QTest::mouseClick(dialog.handoverButton(), Qt::LeftButton);
    CHECK_FALSE(QFileInfo::exists(prompts.nextFile + QStringLiteral(".koerssync")));
    CHECK_FALSE(dialog.status()->text().isEmpty());

    const QString pass = QStringLiteral("overdracht naar Soest 2026");
    dialog.passphrase()->clear();
    dialog.repeat()->clear();
    QTest::keyClicks(dialog.passphrase(), pass);
    QTest::keyClicks(dialog.repeat(), pass);
    dialog.dateField()->setDate(QDate(2026, 11, 30));
    QTest::mouseClick(dialog.handoverButton(), Qt::LeftButton);
    REQUIRE(prompts.warnings.isEmpty());
    REQUIRE(dialog.result().has_value());
    CHECK(dialog.result()->clients == 2);
    CHECK(dialog.passphrase()->text().isEmpty()); // not kept in the widget
    const QString package = prompts.nextFile + QStringLiteral(".koerssync");
    REQUIRE(QFileInfo::exists(package));
    for (const QString& id : t.clients) {
        const Client c = Repository<Client>(*store.value()).get(id).value();
        CHECK(c.status == (chosen.contains(id) ? ClientStatus::Moved : ClientStatus::Active));
        if (chosen.contains(id))
            CHECK(c.statusDate == QDate(2026, 11, 30));
    }

    // The receiver imports it as a normal package.
    auto receiver =
        Store::create(dir.filePath(QStringLiteral("r.koers")), "een andere wachtzin", clock, QStringLiteral("r"));
    REQUIRE(receiver.ok());
    REQUIRE(SyncImporter(*receiver.value()).importFrom(package, pass.toUtf8()).ok());
    auto received = Repository<Client>(*receiver.value()).list();
    REQUIRE(received.ok());
    CHECK(received->size() == 2);
}
