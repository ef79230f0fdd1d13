// Screenshots of the screens the user guide shows, in the language of KOERS_LANG, at 1280x720 and 1920x1080:
//   KOERS_LANG=nl KOERS_SCREENSHOT_DIR=/tmp/shots build/tests/koers_ui_tests "[.guide]"
// Not part of the suite: writing files is not what it is for. The guide's pictures (docs/images/) come from here.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "audit/AuditView.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "demo/DemoLoader.h"
#include "directory/DirectoryDialog.h"
#include "directory/MunicipalitiesPage.h"
#include "dossier/ContactsTab.h"
#include "dossier/DossierView.h"
#include "dossier/PlanTab.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/DeviceNames.h"
#include "storage/Repository.h"
#include "sync/HandoverDialog.h"
#include "sync/SyncDialog.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "ui/ScriptedPrompts.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

struct Shooter {
    QString dir = qEnvironmentVariable("KOERS_SCREENSHOT_DIR");
    void shoot(QWidget& w, const QString& name) {
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            w.resize(size);
            QTest::qWait(80);
            w.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(size.width())));
        }
    }
};

} // namespace

TEST_CASE("Screenshots for the user guide", "[.guide]") {
    Shooter shots;
    if (shots.dir.isEmpty())
        return;
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("demo.koers"));
    auto store = Store::create(path, "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 300, 1).ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    window.show();
    window.caseload()->table()->selectRow(2);
    window.openClient(window.caseload()->currentClientId());

    DossierView* dossier = window.dossier();
    dossier->tabs()->setCurrentWidget(dossier->contactsTab());
    ContactsTab* talks = dossier->contactsTab();
    if (talks->table()->rowCount() > 0) {
        talks->table()->selectRow(0);
        talks->open(0);
    }
    shots.shoot(window, QStringLiteral("koers-gesprek-wijzigen"));
    talks->cancel();

    dossier->tabs()->setCurrentWidget(dossier->planTab());
    if (dossier->planTab()->goalTable()->rowCount() > 0)
        dossier->planTab()->openGoal(0);
    shots.shoot(window, QStringLiteral("koers-doel-wijzigen"));
    window.tabs()->setCurrentIndex(1); // the agenda
    shots.shoot(window, QStringLiteral("koers-agenda"));

    // The screens a team lead reads: settings, the audit log, a conflict between two named laptops.
    Store& lead = *window.store();
    REQUIRE(DeviceNames(lead).setOwn(QStringLiteral("Laptop teamleider"), QStringLiteral("Bram de Vries")).ok());
    const QString copyPath = dir.filePath(QStringLiteral("coach.koers"));
    auto coach = Store::create(copyPath, "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(coach.ok());
    REQUIRE(DeviceNames(*coach.value()).setOwn(QStringLiteral("Laptop Fatima"), QStringLiteral("Fatima")).ok());
    const QString full = dir.filePath(QStringLiteral("full.koerssync"));
    REQUIRE(SyncExporter(lead).exportTo(full, "pakket wachtzin 42", {}).ok());
    REQUIRE(SyncImporter(*coach.value()).importFrom(full, "pakket wachtzin 42").ok());
    const QString id = window.caseload()->currentClientId();
    Client onLead = Repository<Client>(lead).get(id).value();
    onLead.phone = QStringLiteral("0301234567");
    REQUIRE(Repository<Client>(lead).update(onLead).ok());
    Client onCoach = Repository<Client>(*coach.value()).get(id).value();
    onCoach.phone = QStringLiteral("0612345678");
    onCoach.note = QStringLiteral("Nieuw telefoonnummer doorgegeven in het gesprek.");
    REQUIRE(Repository<Client>(*coach.value()).update(onCoach).ok());
    const QString back = dir.filePath(QStringLiteral("back.koerssync"));
    REQUIRE(SyncExporter(*coach.value()).exportTo(back, "pakket wachtzin 42", {}).ok());
    REQUIRE(SyncImporter(lead).importFrom(back, "pakket wachtzin 42").ok());

    SettingsDialog settingsDialog(lead, settings, prompts, &window);
    settingsDialog.show();
    QTest::qWait(80);
    settingsDialog.grab().save(QDir(shots.dir).filePath(QStringLiteral("koers-instellingen.png")));
    settingsDialog.findChild<QTabWidget*>()->setCurrentIndex(1);
    QTest::qWait(80);
    settingsDialog.grab().save(QDir(shots.dir).filePath(QStringLiteral("koers-instellingen-termijnen.png")));
    settingsDialog.reject();

    AuditView audit(lead, prompts, &window);
    audit.resize(1200, 560);
    audit.show();
    QTest::qWait(80);
    audit.grab().save(QDir(shots.dir).filePath(QStringLiteral("koers-logboek.png")));
    audit.reject();

    SyncDialog sync(lead, prompts, &window);
    sync.tabs()->setCurrentIndex(SyncDialog::ConflictsTab);
    sync.resize(1000, 620);
    sync.show();
    QTest::qWait(80);
    sync.grab().save(QDir(shots.dir).filePath(QStringLiteral("koers-conflicten.png")));
    sync.reject();

    // A team lead's selection in the caseload, and the handover of it.
    window.tabs()->setCurrentIndex(0);
    QTableView* table = window.caseload()->table();
    table->selectionModel()->select(QItemSelection(table->model()->index(3, 0), table->model()->index(5, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    shots.shoot(window, QStringLiteral("koers-werkvoorraad-selectie"));
    HandoverDialog handover(lead, prompts, window.caseload()->selectedClientIds(), &window);
    handover.show();
    QTest::qWait(80);
    handover.grab().save(QDir(shots.dir).filePath(QStringLiteral("koers-overdracht.png")));
    handover.reject();

    // A municipality's letterhead in the directory.
    DirectoryDialog directory(lead, prompts, &window);
    directory.findChild<QTabWidget*>()->setCurrentIndex(1);
    directory.municipalities()->table()->selectRow(0);
    directory.show();
    QTest::qWait(80);
    directory.grab().save(QDir(shots.dir).filePath(QStringLiteral("koers-briefhoofd.png")));
    directory.reject();
}
