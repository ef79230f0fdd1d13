// Long work in the window (issue 16): a sync import runs on a worker behind the progress dialog, the window's
// thread keeps handling events meanwhile, and Cancel in the dialog leaves the file byte for byte as it was.
#include "core/CatchQtPrinters.h"

#include "core/sync/SyncTestSupport.h"
#include "demo/DemoLoader.h"
#include "services/BackupStore.h"
#include "storage/Repository.h"
#include "sync/SyncDialog.h"
#include "sync/SyncExporter.h"
#include "ui/ScriptedPrompts.h"
#include "widgets/WorkDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace koers;
using namespace koers::test;

namespace {
QByteArray settledHash(Replica& r) {
    REQUIRE(r.store->db().queryText(u"PRAGMA wal_checkpoint(TRUNCATE)").ok());
    return fileHash(r.path);
}
} // namespace

TEST_CASE("A sync import in the window shows progress, keeps the window's thread going and can be cancelled",
          "[ui][sync][progress]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    REQUIRE(DemoLoader::load(*a.store, 400, 7).ok());
    const QString package = dir.filePath(QStringLiteral("a.koerssync"));
    SyncExportOptions options;
    options.peer = QStringLiteral("B");
    REQUIRE(SyncExporter(*a.store).exportTo(package, kPackagePass, options).ok());
    const QByteArray before = settledHash(b);

    ScriptedPrompts prompts;
    prompts.nextFile = package;
    prompts.answers = {Prompts::Choice::Yes, Prompts::Choice::Yes}; // any question about the merge: go on
    SyncDialog dialog(*b.store, prompts);
    dialog.show();
    dialog.tabs()->setCurrentIndex(SyncDialog::ImportTab);
    QTest::keyClicks(dialog.importPassphrase(), QString::fromLatin1(kPackagePass));

    // A timer on the window's thread: it fires only while that thread handles events.
    int ticksWhileWorking = 0;
    bool sawDialog = false;
    bool cancel = false;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        WorkDialog* work = WorkDialog::current();
        if (!work)
            return;
        ++ticksWhileWorking;
        sawDialog = sawDialog || work->isVisible();
        if (cancel)
            work->requestCancel();
    });
    ticker.start();

    SECTION("cancelled: nothing is changed, not a byte, and no backup is kept") {
        cancel = true;
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        REQUIRE(sawDialog);
        REQUIRE(ticksWhileWorking >= 1);
        REQUIRE(dialog.importStatus()->text() == QStringLiteral("Import cancelled; nothing was changed."));
        REQUIRE(Repository<Client>(*b.store).list()->empty());
        REQUIRE(settledHash(b) == before);
        REQUIRE(BackupStore::list(b.path).empty());
    }
    SECTION("to the end: the window's thread ran all along") {
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        INFO(dialog.importStatus()->text().toStdString());
        REQUIRE(sawDialog);
        REQUIRE(ticksWhileWorking >= 3);
        REQUIRE(Repository<Client>(*b.store).list()->size() == 400);
        REQUIRE(WorkDialog::current() == nullptr);
    }
}

TEST_CASE("A final phase in the progress dialog offers no Cancel and runs to its end", "[ui][progress]") {
    std::atomic<bool> release{false};
    std::atomic<bool> inFinal{false};
    bool cancelEnabledInFinal = true;
    bool sawFinal = false;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        WorkDialog* work = WorkDialog::current();
        if (!work || !inFinal.load())
            return;
        if (!work->inFinalPhase())
            return;
        QTest::qWait(150); // the dialog polls its state every 100 ms
        auto* cancel = work->findChild<QPushButton*>();
        REQUIRE(cancel);
        cancelEnabledInFinal = cancel->isEnabled();
        if (const QString shots = qEnvironmentVariable("KOERS_SCREENSHOT_DIR"); !shots.isEmpty())
            work->grab().save(QDir(shots).filePath(QStringLiteral("koers-work-final-phase.png")));
        QTest::keyClick(work, Qt::Key_Escape); // asked to stop anyway
        work->requestCancel();
        sawFinal = true;
        release = true;
    });
    ticker.start();
    auto result = WorkDialog::runWithoutStore(nullptr, QStringLiteral("Final"), [&](Progress& progress) -> Status {
        progress.begin(QStringLiteral("First"), 0);
        KOERS_TRY(progress.check());
        progress.beginFinal(QCoreApplication::translate("Storage", "Re-encrypting the file"), 0);
        inFinal = true;
        while (!release.load())
            QThread::msleep(5);
        return progress.check(); // a cancel asked for in a final phase is not taken
    });
    ticker.stop();
    REQUIRE(result.has_value());
    CHECK(sawFinal);
    CHECK_FALSE(cancelEnabledInFinal);
    CHECK(result->ok());
}
