#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "core/storage/TestSupport.h"
#include "dossier/ClientForm.h"
#include "dossier/ContactsTab.h"
#include "dossier/DossierView.h"
#include "dossier/IntakeTab.h"
#include "dossier/NewClientDialog.h"
#include "dossier/PersonalTab.h"
#include "dossier/PlanTab.h"
#include "lock/IdleLock.h"
#include "services/DossierService.h"
#include "settings/AppSettings.h"
#include "start/StartDialog.h"
#include "storage/Repository.h"
#include "ui/ScriptedPrompts.h"
#include "widgets/DateField.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace koers;
using namespace koers::test;

namespace {

const QByteArray kPass = "een lange wachtzin voor de test";

struct Desk {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    FixedClock clock{fixedNow()};
    QString path = dir.filePath(QStringLiteral("u.koers"));
    MainWindow window{settings, clock, prompts};
    QString idA;
    QString idB;

    Desk() {
        auto store = Store::create(path, kPass, clock, QStringLiteral("t"));
        ClientService clients(*store.value());
        Client a;
        a.firstNames = QStringLiteral("Mariam");
        a.lastName = QStringLiteral("Voorbeeld");
        Client b;
        b.lastName = QStringLiteral("Tweede");
        idA = clients.addClient(a).value().meta.id;
        idB = clients.addClient(b).value().meta.id;
        window.setStore(std::move(store.value()), path);
    }
    void unlock() {
        QTest::keyClicks(window.unlockDialog()->passphraseField(), QString::fromUtf8(kPass));
        QTest::mouseClick(window.unlockDialog()->openButton(), Qt::LeftButton);
        REQUIRE_FALSE(window.isLocked());
    }
    size_t contacts(const QString& id) { return Repository<Contact>(*window.store()).list(id)->size(); }
    ContactsTab* talks() { return window.dossier()->contactsTab(); }
};

} // namespace

TEST_CASE("Switching client or quitting asks save, discard or cancel for every tab with edits", "[ui][unsaved]") {
    Desk desk;
    desk.window.openClient(desk.idA);
    QTest::keyClicks(desk.talks()->summaryField(), QStringLiteral("Nog niet opgeslagen"));
    REQUIRE(desk.window.dossier()->unsavedTabs() == QStringList{QStringLiteral("Conversations")});

    // Cancel: nothing changes, the typed text stays.
    desk.prompts.answers = {Prompts::Choice::Cancel};
    desk.window.openClient(desk.idB);
    REQUIRE(desk.window.dossier()->clientId() == desk.idA);
    REQUIRE(desk.prompts.shown.last().contains(QStringLiteral("Mariam Voorbeeld")));
    REQUIRE(desk.prompts.shown.last().contains(QStringLiteral("Conversations")));
    REQUIRE(desk.prompts.lastButtons == Prompts::Buttons::SaveDiscardCancel);
    REQUIRE(desk.prompts.lastSafe == Prompts::Choice::Yes); // Enter keeps what was typed
    REQUIRE(desk.talks()->summaryField()->toPlainText() == QStringLiteral("Nog niet opgeslagen"));

    // Save: the conversation is stored, then B opens.
    desk.prompts.answers = {Prompts::Choice::Yes};
    desk.window.openClient(desk.idB);
    REQUIRE(desk.window.dossier()->clientId() == desk.idB);
    REQUIRE(desk.contacts(desk.idA) == 1);

    // Discard: the typed text goes, nothing is stored.
    QTest::keyClicks(desk.talks()->summaryField(), QStringLiteral("Weg ermee"));
    desk.prompts.answers = {Prompts::Choice::No};
    desk.window.openClient(desk.idA);
    REQUIRE(desk.window.dossier()->clientId() == desk.idA);
    REQUIRE(desk.contacts(desk.idB) == 0);
    REQUIRE(desk.talks()->summaryField()->toPlainText().isEmpty());

    // A save that cannot be done keeps the coach where the problem is.
    PlanTab* plan = desk.window.dossier()->planTab();
    QTest::keyClicks(plan->goalField(), QStringLiteral("Werk"));
    desk.prompts.answers = {Prompts::Choice::Yes};
    desk.window.openClient(desk.idB);
    REQUIRE(desk.window.dossier()->clientId() == desk.idA); // no PIP version to hang the goal on
    REQUIRE(desk.prompts.errors.last().contains(QStringLiteral("PIP")));

    // Quitting (Ctrl+Q closes the window) asks the same; the intake's typed score is saved.
    plan->discardEdits();
    desk.window.dossier()->intakeTab()->table()->item(4, 1)->setData(Qt::EditRole, 4);
    REQUIRE(desk.window.dossier()->unsavedTabs() == QStringList{QStringLiteral("Intake")});
    desk.prompts.answers = {Prompts::Choice::Cancel};
    desk.window.show();
    REQUIRE_FALSE(desk.window.close());
    const QString path = desk.path;
    desk.prompts.answers = {Prompts::Choice::Yes};
    REQUIRE(desk.window.close());
    auto reopened = Store::open(path, kPass, desk.clock, QStringLiteral("t"));
    REQUIRE(reopened.ok());
    REQUIRE(DossierService(*reopened.value()).intake(desk.idA)->sections.at(4).score == 4);
}

TEST_CASE("Locking never asks: what is valid is saved, the rest is reported after unlocking with client and tab",
          "[ui][unsaved][lock]") {
    Desk desk;
    desk.window.openClient(desk.idA);
    ClientForm* form = desk.window.dossier()->personalTab()->form();
    QTest::keyClicks(form->firstNamesField(), QStringLiteral(" Sara"));
    QTest::keyClicks(desk.talks()->summaryField(), QStringLiteral("Huisbezoek"));
    desk.window.lock(false); // Ctrl+L: the coach may be walking away, so no question holds the lock back
    REQUIRE(desk.window.isLocked());
    REQUIRE(desk.prompts.shown.isEmpty());
    desk.unlock();
    REQUIRE(Repository<Client>(*desk.window.store()).get(desk.idA)->firstNames == QStringLiteral("Mariam Sara"));
    REQUIRE(desk.contacts(desk.idA) == 1);
    REQUIRE(desk.prompts.shown.isEmpty()); // all was kept: nothing to report

    // The idle lock saves what is valid and reports the rest after unlocking.
    QTest::keyClicks(desk.window.dossier()->personalTab()->form()->bsnField(), QStringLiteral("123"));
    QTest::keyClicks(desk.talks()->summaryField(), QStringLiteral("Gesprek met de taalschool"));
    QTest::keyClicks(desk.talks()->nextStepDateField(), QStringLiteral("31-02-2027")); // no such day
    desk.window.dossier()->intakeTab()->table()->item(0, 1)->setData(Qt::EditRole, 2);
    desk.window.idleLock()->setTimeoutMs(50);
    desk.window.idleLock()->setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(desk.window.isLocked(), 3000);
    desk.unlock();
    REQUIRE(DossierService(*desk.window.store()).intake(desk.idA)->sections.at(0).score == 2); // valid: kept
    REQUIRE(desk.contacts(desk.idA) == 1);
    REQUIRE(desk.prompts.shown.size() == 1);
    const QString report = desk.prompts.shown.first();
    REQUIRE(report.contains(QStringLiteral("Mariam Sara Voorbeeld, Personal data")));
    REQUIRE(report.contains(QStringLiteral("Mariam Sara Voorbeeld, Conversations")));
    REQUIRE_FALSE(report.contains(QStringLiteral("Intake")));
}

TEST_CASE("A half-filled new client is asked about on Cancel and kept on a lock when it is valid",
          "[ui][unsaved][lock]") {
    Desk desk;
    auto service = ClientService::forStore(*desk.window.store());
    {
        NewClientDialog dialog(*desk.window.store(), service.value(), desk.prompts, &desk.window);
        dialog.show();
        QTest::keyClicks(dialog.form()->lastNameField(), QStringLiteral("Half"));
        desk.prompts.answers = {Prompts::Choice::No};
        dialog.reject(); // Esc or Cancel
        REQUIRE(dialog.isVisible());
        REQUIRE(desk.prompts.lastSafe == Prompts::Choice::No); // Enter keeps the form
        desk.prompts.answers = {Prompts::Choice::Yes};
        dialog.reject();
        REQUIRE_FALSE(dialog.isVisible());
    }

    // The lock comes while the dialog is open, as when the coach leaves it: a valid new client is added.
    QTimer::singleShot(100, &desk.window, [&] {
        auto* dialog = desk.window.findChild<NewClientDialog*>();
        REQUIRE(dialog);
        QTest::keyClicks(dialog->form()->lastNameField(), QStringLiteral("Bewaard"));
        desk.window.lock(true);
    });
    desk.window.newClient();
    REQUIRE(desk.window.isLocked());
    desk.unlock();
    REQUIRE(Repository<Client>(*desk.window.store()).list()->size() == 3);
    REQUIRE(desk.prompts.shown.size() == 2); // the two questions above; nothing lost to report

    // One that is not valid is reported.
    QTimer::singleShot(100, &desk.window, [&] {
        auto* dialog = desk.window.findChild<NewClientDialog*>();
        QTest::keyClicks(dialog->form()->lastNameField(), QStringLiteral("Fout"));
        QTest::keyClicks(dialog->form()->bsnField(), QStringLiteral("12345"));
        desk.window.lock(true);
    });
    desk.window.newClient();
    desk.unlock();
    REQUIRE(Repository<Client>(*desk.window.store()).list()->size() == 3);
    REQUIRE(desk.prompts.shown.last().contains(QStringLiteral("New client Fout")));
}
