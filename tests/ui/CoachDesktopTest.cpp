#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "caseload/AgendaView.h"
#include "caseload/CaseloadView.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoLoader.h"
#include "dossier/DossierView.h"
#include "dossier/MilestonesTab.h"
#include "dossier/NewClientDialog.h"
#include "dossier/PlanTab.h"
#include "lock/IdleLock.h"
#include "settings/AppSettings.h"
#include "start/StartDialog.h"
#include "storage/Repository.h"
#include "widgets/DateField.h"

#include <QLabel>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace koers;
using namespace koers::test;

namespace {

const QString kPass = QStringLiteral("een lange wachtzin voor de test");

QDateTime testNow() {
    return QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
}

template <class W>
W* childNamed(QWidget* parent, const QString& accessibleName) {
    for (W* w : parent->findChildren<W*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

QPushButton* buttonWithText(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

int rowOfKind(QTableWidget* table, MilestoneKind kind) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == label(kind))
            return r;
    return -1;
}

// As the coach sees it: stored or derived from the rules.
std::optional<Milestone> milestoneOf(Store& store, const QString& clientId, MilestoneKind kind) {
    for (const Milestone& m : ClientService(store).milestones(clientId).value())
        if (m.kind == kind)
            return m;
    return std::nullopt;
}

} // namespace

TEST_CASE("A coach creates a file, adds a client, plans, searches, marks, undoes, locks and unlocks", "[ui]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(testNow());
    const QString path = dir.filePath(QStringLiteral("coach.koers"));

    // Create a new encrypted file through the start dialog.
    StartDialog start(settings, clock, prompts, StartDialog::Mode::Start);
    start.show();
    QTest::mouseClick(buttonWithText(&start, QStringLiteral("&New file...")), Qt::LeftButton);
    auto* where = childNamed<QLineEdit>(&start, QStringLiteral("Where the file is stored"));
    REQUIRE(where);
    where->clear();
    QTest::keyClicks(where, path);
    QTest::keyClicks(childNamed<QLineEdit>(&start, QStringLiteral("New passphrase")), kPass);
    QTest::keyClicks(childNamed<QLineEdit>(&start, QStringLiteral("Repeat the passphrase")), kPass);
    QTest::mouseClick(buttonWithText(&start, QStringLiteral("C&reate")), Qt::LeftButton);
    REQUIRE(start.result() == QDialog::Accepted);
    REQUIRE(settings.recentFiles().contains(path));

    MainWindow window(settings, clock, prompts);
    window.setStore(start.takeStore(), start.openedPath());
    window.show();
    REQUIRE(window.store());
    QAbstractItemModelTester modelTester(window.caseload()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(window.caseload()->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Add a client; the dialog validates the BSN as it is typed.
    auto service = ClientService::forStore(*window.store());
    REQUIRE(service.ok());
    QString clientId;
    {
        NewClientDialog dialog(*window.store(), service.value(), prompts, &window);
        dialog.show();
        QTest::keyClicks(dialog.form()->firstNamesField(), QStringLiteral("Selam"));
        QTest::keyClicks(dialog.form()->lastNameField(), QStringLiteral("Testgebruiker"));
        QTest::keyClicks(dialog.form()->bsnField(), QStringLiteral("123456789"));
        REQUIRE(dialog.create().isEmpty()); // fails the elfproef
        dialog.form()->bsnField()->clear();
        QTest::keyClicks(dialog.form()->bsnField(), QStringLiteral("123456782"));
        QTest::keyClicks(dialog.form()->dateOfBirthField(), QStringLiteral("14-05-1994"));
        clientId = dialog.create();
        REQUIRE_FALSE(clientId.isEmpty());
    }
    window.caseload()->reload(*window.store());
    REQUIRE(window.caseload()->model()->rowCount() == 1);

    // A second client with the same BSN triggers the duplicate warning; declining adds nothing.
    {
        NewClientDialog dialog(*window.store(), service.value(), prompts, &window);
        QTest::keyClicks(dialog.form()->lastNameField(), QStringLiteral("Ander"));
        QTest::keyClicks(dialog.form()->bsnField(), QStringLiteral("123456782"));
        prompts.answers.push_back(Prompts::Choice::No);
        REQUIRE(dialog.create().isEmpty());
        REQUIRE(prompts.shown.last().contains(QStringLiteral("may already exist")));
        REQUIRE(prompts.lastSafe == Prompts::Choice::No); // Enter does not add a duplicate
    }

    // Open the dossier and add a PIP: the route's milestones appear with computed dates.
    window.openClient(clientId);
    REQUIRE(window.tabs()->currentWidget() == window.dossier());
    PlanTab* plan = window.dossier()->planTab();
    QTest::keyClicks(plan->decisionDateField(), QStringLiteral("10-03-2026"));
    plan->routeField()->setCurrentIndex(plan->routeField()->findData(static_cast<int>(Route::B1)));
    QTest::mouseClick(buttonWithText(plan, QStringLiteral("Add PIP &version")), Qt::LeftButton);
    REQUIRE(Repository<Client>(*window.store()).get(clientId)->route == Route::B1);
    const auto termEnd = milestoneOf(*window.store(), clientId, MilestoneKind::TermEnd);
    REQUIRE(termEnd);
    REQUIRE(termEnd->dueDate == QDate(2029, 3, 10));

    // Search and filter the caseload per keystroke.
    window.caseload()->reload(*window.store());
    QTest::keyClicks(window.caseload()->searchField(), QStringLiteral("testgeb"));
    REQUIRE(window.caseload()->proxy()->rowCount() == 1);
    QTest::keyClicks(window.caseload()->searchField(), QStringLiteral("x"));
    REQUIRE(window.caseload()->proxy()->rowCount() == 0);
    window.caseload()->searchField()->clear();
    QTest::keyClicks(window.caseload()->searchField(), QStringLiteral("782")); // the BSN's last digits
    REQUIRE(window.caseload()->proxy()->rowCount() == 1);
    window.caseload()->searchField()->clear();
    window.caseload()->dueFilter()->setCurrentIndex(1); // late: the language course was due in April
    REQUIRE(window.caseload()->proxy()->rowCount() == 1);
    window.caseload()->dueFilter()->setCurrentIndex(2); // due within 14 days: nothing
    REQUIRE(window.caseload()->proxy()->rowCount() == 0);
    window.caseload()->dueFilter()->setCurrentIndex(0);
    REQUIRE(window.caseload()->proxy()->rowCount() == 1);

    // Mark the PIP milestone achieved, then undo it.
    window.openClient(clientId);
    MilestonesTab* milestones = window.dossier()->milestonesTab();
    const int pipRow = rowOfKind(milestones->table(), MilestoneKind::PipFixed);
    REQUIRE(pipRow >= 0);
    milestones->table()->selectRow(pipRow);
    milestones->markAchieved();
    REQUIRE(milestoneOf(*window.store(), clientId, MilestoneKind::PipFixed)->status == MilestoneStatus::Achieved);
    REQUIRE(milestoneOf(*window.store(), clientId, MilestoneKind::PipFixed)->doneDate == clock.today());
    REQUIRE_FALSE(milestoneOf(*window.store(), clientId, MilestoneKind::PipFixed)->derived);
    window.undoStack()->undo();
    REQUIRE(milestoneOf(*window.store(), clientId, MilestoneKind::PipFixed)->status == MilestoneStatus::Planned);
    REQUIRE(milestoneOf(*window.store(), clientId, MilestoneKind::PipFixed)->derived); // as untouched again
    window.undoStack()->redo();
    REQUIRE(milestoneOf(*window.store(), clientId, MilestoneKind::PipFixed)->status == MilestoneStatus::Achieved);

    // Override a computed date with a reason.
    milestones->table()->selectRow(rowOfKind(milestones->table(), MilestoneKind::MapDone));
    prompts.nextDate = QDate(2027, 6, 1);
    prompts.nextReason = QStringLiteral("course starts later");
    milestones->overrideDate();
    const auto map = milestoneOf(*window.store(), clientId, MilestoneKind::MapDone);
    REQUIRE(map->dueDate == QDate(2027, 6, 1));
    REQUIRE(map->dueOverridden);

    // Lock: the decrypted data goes; a wrong passphrase is refused; the right one brings it back.
    window.lock(false);
    REQUIRE(window.isLocked());
    REQUIRE(window.store() == nullptr);
    REQUIRE(window.caseload()->model()->rowCount() == 0);
    REQUIRE(window.undoStack()->count() == 0);
    StartDialog* unlock = window.unlockDialog();
    REQUIRE(unlock);
    QTest::keyClicks(unlock->passphraseField(), QStringLiteral("wrong passphrase"));
    QTest::mouseClick(unlock->openButton(), Qt::LeftButton);
    REQUIRE(window.isLocked());
    REQUIRE(unlock->messageLabel()->text().contains(QStringLiteral("not correct")));
    QTest::keyClicks(unlock->passphraseField(), kPass);
    QTest::mouseClick(unlock->openButton(), Qt::LeftButton);
    REQUIRE_FALSE(window.isLocked());
    REQUIRE(window.store());
    REQUIRE(window.caseload()->model()->rowCount() == 1);
    REQUIRE(window.dossier()->clientId() == clientId);
    REQUIRE(milestoneOf(*window.store(), clientId, MilestoneKind::PipFixed)->status == MilestoneStatus::Achieved);
}

TEST_CASE("Screenshots of the coach's desktop with demo data", "[.screenshots]") {
    const QString out = qEnvironmentVariable("KOERS_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(testNow());
    auto store = Store::create(dir.filePath(QStringLiteral("demo.koers")), kPass.toUtf8(), clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 400, 1).ok());
    // A client as an import adds one: no milestone stored, the route's template derived from the rules.
    Client fresh;
    fresh.firstNames = QStringLiteral("Testvoornaam");
    fresh.lastName = QStringLiteral("Aaa-geimporteerd");
    fresh.targetGroup = TargetGroup::Asylum;
    fresh.route = Route::B1;
    fresh.koppelingDate = testNow().date().addDays(-80);
    auto added = ClientService(*store.value()).addClient(fresh);
    REQUIRE(added.ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), dir.filePath(QStringLiteral("demo.koers")));
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.grab().save(out + QStringLiteral("/koers-caseload.png")));
    window.tabs()->setCurrentIndex(1);
    REQUIRE(window.grab().save(out + QStringLiteral("/koers-agenda.png")));
    window.caseload()->table()->selectRow(3);
    window.openClient(window.caseload()->currentClientId());
    REQUIRE(window.grab().save(out + QStringLiteral("/koers-dossier.png")));
    window.dossier()->tabs()->setCurrentIndex(3);
    REQUIRE(window.grab().save(out + QStringLiteral("/koers-milestones.png")));
    window.dossier()->tabs()->setCurrentIndex(2);
    REQUIRE(window.grab().save(out + QStringLiteral("/koers-plan.png")));
    window.tabs()->setCurrentIndex(3);
    QTest::qWait(200); // let the charts lay out
    REQUIRE(window.grab().save(out + QStringLiteral("/koers-dashboard.png")));
    window.openClient(added->meta.id);
    window.dossier()->tabs()->setCurrentIndex(3);
    REQUIRE(window.grab().save(out + QStringLiteral("/koers-milestones-derived.png")));
}

TEST_CASE("The main window opens the dashboard, drills down to the caseload and exports the caseload", "[ui]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(testNow());
    auto store = Store::create(dir.filePath(QStringLiteral("d.koers")), kPass.toUtf8(), clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 60, 3).ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), dir.filePath(QStringLiteral("d.koers")));
    window.show();
    REQUIRE(window.dashboard() == nullptr);
    window.tabs()->setCurrentIndex(3);
    REQUIRE(window.dashboard() != nullptr);

    const QStringList two{window.caseload()->model()->row(0).data.clientId,
                          window.caseload()->model()->row(1).data.clientId};
    Q_EMIT window.dashboard()->openCaseload(two, QStringLiteral("two clients"));
    REQUIRE(window.tabs()->currentIndex() == 0);
    REQUIRE(window.caseload()->proxy()->rowCount() == 2);

    prompts.nextFile = dir.filePath(QStringLiteral("caseload.csv"));
    window.exportClients();
    QFile exported(prompts.nextFile);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    REQUIRE(exported.read(3) == QByteArray("\xEF\xBB\xBF")); // UTF-8 with BOM for Excel
    REQUIRE(prompts.shown.last().contains(QStringLiteral("not encrypted")));

    // Locking drops the dashboard with everything else.
    window.lock(false);
    REQUIRE(window.dashboard() == nullptr);
}

TEST_CASE("The idle lock closes a dialog open over the window before the decrypted data goes", "[ui][lock]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(testNow());
    const QString path = dir.filePath(QStringLiteral("a.koers"));
    auto store = Store::create(path, kPass.toUtf8(), clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    Client c;
    c.lastName = QStringLiteral("Voorbeeld");
    REQUIRE(ClientService(*store.value()).addClient(c).ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    window.idleLock()->setTimeoutMs(60 * 60 * 1000);
    window.show();

    // Each dialog runs its own event loop; the idle lock fires inside it, as it would for a coach who left
    // the audit log open. Afterwards no dialog of the window is visible but the unlock dialog, and the
    // dialog's caller returned without touching the dropped store.
    const auto openAndIdle = [&](void (MainWindow::*show)()) {
        QStringList seen;
        QTimer::singleShot(100, &window, [&] {
            for (QDialog* d : window.findChildren<QDialog*>())
                if (d->isVisible())
                    seen << QString::fromLatin1(d->metaObject()->className());
            window.idleLock()->setTimeoutMs(10);
            window.idleLock()->setActive(true);
        });
        (window.*show)();
        REQUIRE(window.isLocked());
        REQUIRE(window.store() == nullptr);
        for (QDialog* d : window.findChildren<QDialog*>())
            if (d != window.unlockDialog())
                REQUIRE_FALSE(d->isVisible());
        QTest::keyClicks(window.unlockDialog()->passphraseField(), kPass);
        QTest::mouseClick(window.unlockDialog()->openButton(), Qt::LeftButton);
        REQUIRE_FALSE(window.isLocked());
        window.idleLock()->setTimeoutMs(60 * 60 * 1000); // the next dialog opens before the lock fires
        return seen;
    };
    CHECK(openAndIdle(&MainWindow::showAuditLog).contains(QStringLiteral("koers::AuditView")));
    CHECK(openAndIdle(&MainWindow::synchronise).contains(QStringLiteral("koers::SyncDialog")));
    CHECK(openAndIdle(&MainWindow::showRetention).contains(QStringLiteral("koers::RetentionView")));
    CHECK(openAndIdle(&MainWindow::showReport).contains(QStringLiteral("koers::ReportDialog")));
    REQUIRE(window.store() != nullptr);
    REQUIRE(window.store()->db().queryInt(u"SELECT count(*) FROM client").value() == 1);
}
