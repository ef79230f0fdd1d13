#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "dossier/ContactsTab.h"
#include "dossier/DossierView.h"
#include "settings/AppSettings.h"
#include "storage/Repository.h"
#include "ui/ScriptedPrompts.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

QAction* actionWith(QWidget& window, QKeySequence::StandardKey key) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(key))
            return a;
    return nullptr;
}

} // namespace

TEST_CASE("Each dossier keeps its own undo history, named after the client, and undo shows the dossier", "[ui][undo]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("u.koers"));
    auto store = Store::create(path, "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    ClientService clients(*store.value());
    Client x;
    x.firstNames = QStringLiteral("Şeyma");
    x.lastName = QStringLiteral("Çelik");
    Client y;
    y.firstNames = QStringLiteral("Omer");
    y.lastName = QStringLiteral("Kaya");
    const QString idX = clients.addClient(x).value().meta.id;
    const QString idY = clients.addClient(y).value().meta.id;
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    QAction* undo = actionWith(window, QKeySequence::Undo);
    REQUIRE(undo);
    REQUIRE_FALSE(undo->isEnabled());

    // A conversation in Y's dossier.
    window.openClient(idY);
    ContactsTab* contacts = window.dossier()->contactsTab();
    QTest::keyClicks(contacts->summaryField(), QStringLiteral("Telefonisch contact"));
    contacts->add();
    auto liveContacts = [&] {
        return Repository<Contact>(*window.store()).list(idY)->size();
    };
    REQUIRE(liveContacts() == 1);
    REQUIRE(undo->isEnabled());
    REQUIRE(undo->text() == QStringLiteral("&Undo: add conversation for Omer Kaya"));

    // In X's dossier there is nothing to undo: Y's step is not reachable from here.
    window.openClient(idX);
    REQUIRE_FALSE(undo->isEnabled());
    undo->trigger();
    REQUIRE(liveContacts() == 1);

    // Back in Y, then on the caseload: undo takes Y's step back and shows Y's dossier.
    window.openClient(idY);
    REQUIRE(undo->isEnabled());
    window.tabs()->setCurrentWidget(window.caseload());
    undo->trigger();
    REQUIRE(liveContacts() == 0);
    REQUIRE(window.tabs()->currentWidget() == window.dossier());
    REQUIRE(window.dossier()->clientId() == idY);
    REQUIRE(window.dossier()->contactsTab()->table()->rowCount() == 0);

    // Locking drops every history.
    window.lock(false);
    REQUIRE(window.undoStack()->count() == 0);
    REQUIRE_FALSE(undo->isEnabled());
}
