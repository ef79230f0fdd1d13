#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "caseload/AgendaView.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "dossier/ContactsTab.h"
#include "dossier/DossierView.h"
#include "dossier/PersonalTab.h"
#include "services/DossierService.h"
#include "settings/AppSettings.h"
#include "storage/Repository.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

QString caseloadName(MainWindow& window, const QString& clientId) {
    CaseloadModel* model = window.caseload()->model();
    const int row = model->indexOfClient(clientId);
    return row < 0 ? QString() : model->row(row).data.lastName;
}

} // namespace

TEST_CASE("The views follow what the core says changed, and only what changed", "[ui][changes]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("c.koers"));
    auto store = Store::create(path, "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    ClientService clients(*store.value());
    Client a;
    a.lastName = QStringLiteral("Alfa");
    Client b;
    b.lastName = QStringLiteral("Bravo");
    const QString idA = clients.addClient(a).value().meta.id;
    const QString idB = clients.addClient(b).value().meta.id;
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    window.openClient(idA);
    QSignalSpy caseloadResets(window.caseload()->model(), &QAbstractItemModel::modelReset);
    QSignalSpy dossierReloads(window.dossier(), &DossierView::reloaded);

    // An edit in the dossier reaches the caseload at once, without a reload by hand.
    QLineEdit* lastName = window.dossier()->personalTab()->form()->lastNameField();
    lastName->clear();
    QTest::keyClicks(lastName, QStringLiteral("Alfa-Nieuw"));
    REQUIRE(window.dossier()->saveEdits().isEmpty());
    REQUIRE(caseloadName(window, idA) == QStringLiteral("Alfa-Nieuw"));
    REQUIRE(caseloadResets.count() == 1);
    REQUIRE(dossierReloads.count() == 1);

    // A conversation is no news for the caseload; the dossier shows it.
    ContactsTab* contacts = window.dossier()->contactsTab();
    QTest::keyClicks(contacts->summaryField(), QStringLiteral("Kennismaking"));
    contacts->add();
    REQUIRE(contacts->table()->rowCount() == 1);
    REQUIRE(caseloadResets.count() == 1);
    REQUIRE(dossierReloads.count() == 2);

    // Another client changed by any writer (here a service of its own): the caseload follows from the event loop,
    // the open dossier of client A stays as it is.
    Client other = Repository<Client>(*window.store()).get(idB).value();
    other.lastName = QStringLiteral("Bravo-Elders");
    REQUIRE(ClientService(*window.store()).updateClient(other).ok());
    REQUIRE(caseloadName(window, idB) == QStringLiteral("Bravo"));
    QTRY_COMPARE(caseloadName(window, idB), QStringLiteral("Bravo-Elders"));
    REQUIRE(dossierReloads.count() == 2);

    // Undo goes through the same announcements.
    window.undoStack()->undo(); // the conversation
    REQUIRE(contacts->table()->rowCount() == 0);
    window.undoStack()->undo(); // the name
    REQUIRE(caseloadName(window, idA) == QStringLiteral("Alfa"));
    REQUIRE(window.dossier()->personalTab()->form()->lastNameField()->text() == QStringLiteral("Alfa"));
}
