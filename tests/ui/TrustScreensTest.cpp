#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "backup/BackupDialog.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "demo/DemoLoader.h"
#include "domain/Client.h"
#include "retention/RetentionView.h"
#include "rules/PassphraseStrength.h"
#include "services/BackupStore.h"
#include "services/ClientService.h"
#include "services/RetentionService.h"
#include "settings/AppSettings.h"
#include "start/ChangePassphraseDialog.h"
#include "start/StartDialog.h"
#include "storage/Repository.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace koers;
using namespace koers::test;

namespace {
const QString kPass = QStringLiteral("trust screens pass");

int clientCount(Store& store) {
    return static_cast<int>(Repository<Client>(store).list()->size());
}
} // namespace

TEST_CASE("Change passphrase and restore a backup from the window", "[ui][trust]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    auto store = Store::create(path, kPass.toUtf8(), clock, QStringLiteral("lead"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 4, 1).ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    window.show();

    // The passphrase dialog: each error in its own words, fields emptied after reading.
    ChangePassphraseDialog change(
        [&window](QByteArrayView o, QByteArrayView n) { return window.applyPassphraseChange(o, n); }, &window);
    change.show();
    QTest::keyClicks(change.oldField(), kPass);
    QTest::keyClicks(change.newField(), QStringLiteral("short"));
    QTest::keyClicks(change.repeatField(), QStringLiteral("shirt"));
    QTest::mouseClick(change.changeButton(), Qt::LeftButton);
    REQUIRE(change.messageLabel()->text().contains(QStringLiteral("differ")));
    QTest::keyClicks(change.repeatField(), QStringLiteral("short"));
    QTest::mouseClick(change.changeButton(), Qt::LeftButton);
    REQUIRE(change.messageLabel()->text() == PassphraseStrength::text(PassphraseStrength::Level::TooShort));
    const QString fresh = QStringLiteral("a much longer new passphrase 42");
    auto fill = [&](const QString& old) {
        for (QLineEdit* f : {change.oldField(), change.newField(), change.repeatField()})
            f->clear();
        QTest::keyClicks(change.oldField(), old);
        QTest::keyClicks(change.newField(), fresh);
        QTest::keyClicks(change.repeatField(), fresh);
    };
    fill(QStringLiteral("not the passphrase"));
    REQUIRE(change.strengthLabel()->text() == PassphraseStrength::text(PassphraseStrength::assess(fresh)));
    QTest::mouseClick(change.changeButton(), Qt::LeftButton);
    REQUIRE(change.messageLabel()->text().contains(QStringLiteral("current passphrase is not correct")));
    REQUIRE(change.oldField()->text().isEmpty());
    REQUIRE(change.newField()->text().isEmpty());
    REQUIRE(BackupStore::list(path).empty()); // the copy that failed the check is gone
    fill(kPass);
    QTest::mouseClick(change.changeButton(), Qt::LeftButton);
    REQUIRE(change.result() == QDialog::Accepted);
    REQUIRE(BackupStore::list(path).size() == 1);
    REQUIRE(clientCount(*window.store()) == 4);

    // Back-ups: the passphrase change's copy, restorable only with the old passphrase.
    REQUIRE(DemoLoader::load(*window.store(), 3, 2).ok());
    REQUIRE(clientCount(*window.store()) == 7);
    BackupDialog backups(
        path, [&window](const QString& b, QByteArrayView p) { return window.restoreBackup(b, p); },
        [&window](const QString& folder) { return window.backupNow(folder); }, prompts, &window);
    backups.show();
    REQUIRE(backups.list()->topLevelItemCount() == 1);
    REQUIRE(backups.list()->topLevelItem(0)->text(BackupDialog::Reason) == QStringLiteral("passphrase change"));

    // A copy by hand, beside the file and onto a stick; the window keeps working meanwhile (a worker makes it).
    QTest::mouseClick(backups.backupButton(), Qt::LeftButton);
    REQUIRE(backups.list()->topLevelItemCount() == 2);
    REQUIRE(backups.list()->topLevelItem(0)->text(BackupDialog::Reason) == QStringLiteral("made by hand"));
    REQUIRE(prompts.shown.last().contains(QStringLiteral("-manual.koers")));
    const QString usb = dir.filePath(QStringLiteral("usb"));
    prompts.nextFolder = usb; // not there yet: said in the dialog, nothing written
    QTest::mouseClick(backups.backupToFolderButton(), Qt::LeftButton);
    REQUIRE(backups.messageLabel()->text().contains(QStringLiteral("does not exist")));
    REQUIRE(QDir().mkpath(usb));
    QTest::mouseClick(backups.backupToFolderButton(), Qt::LeftButton);
    REQUIRE(QDir(usb).entryList(QDir::Files).size() == 1);
    REQUIRE(prompts.shown.last().contains(QDir::toNativeSeparators(usb)));
    REQUIRE(backups.list()->topLevelItemCount() == 2); // the stick's copy is not among those beside the file
    prompts.nextFolder.clear();                        // the folder chooser cancelled: nothing happens
    const qsizetype shownBefore = prompts.shown.size();
    QTest::mouseClick(backups.backupToFolderButton(), Qt::LeftButton);
    REQUIRE(prompts.shown.size() == shownBefore);
    backups.messageLabel()->clear();
    // The restore below picks the passphrase change's copy, now the second row.
    backups.list()->setCurrentItem(backups.list()->topLevelItem(1));
    REQUIRE(backups.list()->currentItem()->text(BackupDialog::Reason) == QStringLiteral("passphrase change"));
    QTest::keyClicks(backups.passphraseField(), fresh);
    prompts.answers = {Prompts::Choice::Yes};
    QTest::mouseClick(backups.restoreButton(), Qt::LeftButton);
    REQUIRE(backups.messageLabel()->text().contains(QStringLiteral("old passphrase")));
    REQUIRE_FALSE(window.isLocked());
    REQUIRE(backups.passphraseField()->text().isEmpty());

    QTest::keyClicks(backups.passphraseField(), kPass);
    prompts.answers = {Prompts::Choice::No};
    QTest::mouseClick(backups.restoreButton(), Qt::LeftButton);
    REQUIRE_FALSE(window.isLocked());                 // not confirmed: nothing happens
    REQUIRE(prompts.lastSafe == Prompts::Choice::No); // Enter replaces nothing
    prompts.answers = {Prompts::Choice::Yes};
    QTest::mouseClick(backups.restoreButton(), Qt::LeftButton);
    REQUIRE(backups.result() == QDialog::Accepted);
    REQUIRE(window.isLocked());
    REQUIRE(prompts.shown.last().contains(QStringLiteral("passphrase of the backup")));
    REQUIRE(BackupStore::list(path).front().reason == QStringLiteral("before-restore"));

    // The unlock dialog opens the restored file with the backup's (old) passphrase.
    QTest::keyClicks(window.unlockDialog()->passphraseField(), kPass);
    QTest::mouseClick(window.unlockDialog()->openButton(), Qt::LeftButton);
    REQUIRE_FALSE(window.isLocked());
    REQUIRE(clientCount(*window.store()) == 4);
}

TEST_CASE("The start dialog says when the file is open in another instance", "[ui][trust]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    auto holder = Store::create(path, kPass.toUtf8(), clock, QStringLiteral("first"));
    REQUIRE(holder.ok());
    StartDialog start(settings, clock, prompts, StartDialog::Mode::Unlock, path);
    start.show();
    QTest::keyClicks(start.passphraseField(), kPass);
    QTest::mouseClick(start.openButton(), Qt::LeftButton);
    REQUIRE(start.result() != QDialog::Accepted);
    REQUIRE(start.messageLabel()->text().contains(QStringLiteral("already open in another Koers window")));
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(start.grab().save(QStringLiteral("/tmp/koers-start-locked.png")));
}

TEST_CASE("Screenshots of the back-up and passphrase dialogs", "[.screenshots]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    auto store = Store::create(path, kPass.toUtf8(), clock, QStringLiteral("lead"));
    REQUIRE(store.ok());
    for (const char16_t* reason : {u"before-v3", u"import", u"sync-import", u"passwd"})
        REQUIRE(store.value()->db().backup(reason).ok());
    BackupDialog backups(
        path, [](const QString&, QByteArrayView) { return Status(); },
        [](const QString&) { return Result<QString>(QString()); }, prompts);
    backups.show();
    REQUIRE(backups.grab().save(QStringLiteral("/tmp/koers-backups.png")));
    ChangePassphraseDialog change([](QByteArrayView, QByteArrayView) { return Status(); });
    change.show();
    QTest::keyClicks(change.oldField(), kPass);
    QTest::keyClicks(change.newField(), QStringLiteral("paard batterij nietje 7"));
    QTest::keyClicks(change.repeatField(), QStringLiteral("paard batterij nietje"));
    QTest::mouseClick(change.changeButton(), Qt::LeftButton);
    REQUIRE(change.grab().save(QStringLiteral("/tmp/koers-change-passphrase.png")));
}

TEST_CASE("The retention list anonymises the selected dossiers after a confirmation", "[ui][trust]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    FixedClock clock(fixedNow());
    auto store =
        Store::create(dir.filePath(QStringLiteral("team.koers")), kPass.toUtf8(), clock, QStringLiteral("lead"));
    REQUIRE(store.ok());
    ClientService service(*store.value());
    QStringList ids;
    for (const auto& [name, ended] :
         {std::pair{QStringLiteral("Oudste"), QDate(2019, 3, 1)}, std::pair{QStringLiteral("Oude"), QDate(2020, 8, 15)},
          std::pair{QStringLiteral("Recente"), QDate(2023, 1, 1)}}) {
        Client c;
        c.firstNames = QStringLiteral("Testa");
        c.lastName = name;
        c.status = ClientStatus::Moved;
        c.statusDate = ended;
        auto added = service.addClient(c);
        REQUIRE(added.ok());
        ids << added->meta.id;
    }
    RetentionView view(*store.value(), clock.today(), prompts);
    view.show();
    REQUIRE(view.table()->rowCount() == 2);
    REQUIRE(view.table()->item(0, RetentionView::Name)->text() == QStringLiteral("Testa Oudste"));
    REQUIRE(view.table()->item(1, RetentionView::DutyEnded)->text() == QStringLiteral("15-08-2020"));
    REQUIRE(view.table()->item(1, RetentionView::ExpiredOn)->text() == QStringLiteral("15-08-2025"));
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(view.grab().save(QStringLiteral("/tmp/koers-retention.png")));

    view.table()->selectRow(0);
    prompts.answers = {Prompts::Choice::No};
    QTest::mouseClick(view.anonymiseButton(), Qt::LeftButton);
    REQUIRE(view.table()->rowCount() == 2);
    REQUIRE(prompts.lastSafe == Prompts::Choice::No); // Enter anonymises nothing
    REQUIRE_FALSE(view.changedRecords());
    prompts.answers = {Prompts::Choice::Yes};
    QTest::mouseClick(view.anonymiseButton(), Qt::LeftButton);
    REQUIRE(view.changedRecords());
    REQUIRE(view.table()->rowCount() == 1);
    REQUIRE(view.table()->item(0, RetentionView::Name)->text() == QStringLiteral("Testa Oude"));
    auto stub = Repository<Client>(*store.value()).get(ids[0]);
    REQUIRE(stub.ok());
    REQUIRE(stub->lastName.isEmpty());
    REQUIRE(RetentionService::isAnonymised(stub->note));
    REQUIRE(Repository<Client>(*store.value()).get(ids[2])->lastName == QStringLiteral("Recente"));
}
