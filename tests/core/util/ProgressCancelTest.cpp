// Long operations report progress through the one Progress interface and stop when asked (issue 16): a
// cancelled sync import, sync export, spreadsheet import or demo fill leaves the file byte for byte as it was,
// no backup and no half-written package behind, and says ErrorCode::Cancelled.
#include "../CatchQtPrinters.h"
#include "../storage/TestSupport.h"
#include "../sync/SyncTestSupport.h"

#include "demo/DemoLoader.h"
#include "export/ClientExporter.h"
#include "import/ClientImporter.h"
#include "services/BackupStore.h"
#include "services/ClientService.h"
#include "services/RetentionService.h"
#include "storage/Store.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "util/Progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>

using namespace koers;
using namespace koers::test;

namespace {

const QByteArray kPass = QByteArrayLiteral("progress test passphrase");
const QByteArray kPackage = QByteArrayLiteral("package passphrase 16");

// Records what an operation reports and cancels once `stopPhase` has advanced past `stopAfter`.
class RecordingProgress final : public Progress {
public:
    explicit RecordingProgress(QString stopPhase = {}, qint64 stopAfter = 0)
        : m_stopPhase(std::move(stopPhase))
        , m_stopAfter(stopAfter) {}
    void begin(const QString& phase, qint64 total) override {
        phases << phase;
        totals << total;
        m_current = phase;
        if (!m_stopPhase.isEmpty() && phase == m_stopPhase && m_stopAfter == 0)
            m_cancel = true; // a phase without counts: cancelled as it begins
    }
    void beginFinal(const QString& phase, qint64 total) override {
        finalPhases << phase;
        begin(phase, total);
    }
    void advance(qint64 done) override {
        ++advances;
        lastDone = done;
        if (onAdvance)
            onAdvance(m_current);
        if (!m_stopPhase.isEmpty() && m_current == m_stopPhase && done >= m_stopAfter)
            m_cancel = true;
    }
    bool cancelled() const override { return m_cancel; }

    QStringList phases;
    QStringList finalPhases; // begun with beginFinal: no Cancel while they run
    QList<qint64> totals;
    std::function<void(const QString& phase)> onAdvance; // on the operation's thread, as it reports
    qint64 advances = 0;
    qint64 lastDone = 0;

private:
    QString m_stopPhase;
    qint64 m_stopAfter;
    QString m_current;
    bool m_cancel = false;
};

struct File {
    QString path;
    std::unique_ptr<Store> store;
    File(const QTemporaryDir& dir, const QString& name, const Clock& clock) {
        path = dir.filePath(name);
        auto created = Store::create(path, kPass, clock, QStringLiteral("test"));
        REQUIRE(created.ok());
        store = std::move(created.value());
    }
    // The bytes of the file itself with everything committed in it (the write-ahead log emptied).
    QByteArray settledHash() {
        REQUIRE(store->db().queryText(u"PRAGMA wal_checkpoint(TRUNCATE)").ok());
        return fileHash(path);
    }
};

qint64 backupCount(const QString& path) {
    return static_cast<qint64>(BackupStore::list(path).size());
}

} // namespace

TEST_CASE("A sync import reports its phases and, cancelled in any phase, changes nothing", "[progress][sync]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File from(dir, QStringLiteral("from.koers"), clock);
    REQUIRE(DemoLoader::load(*from.store, 150, 3).ok());
    const QString package = dir.filePath(QStringLiteral("all.koerssync"));
    RecordingProgress exported;
    SyncExportOptions exportOptions{QString(), true};
    exportOptions.progress = &exported;
    auto written = SyncExporter(*from.store).exportTo(package, kPackage, exportOptions);
    REQUIRE(written.ok());
    CHECK(exported.phases.contains(QStringLiteral("Writing the package")));
    CHECK(exported.lastDone == written->rows);

    File to(dir, QStringLiteral("to.koers"), clock);
    REQUIRE(DemoLoader::load(*to.store, 20, 9).ok()); // a file with work of its own
    const QByteArray before = to.settledHash();
    const qint64 backupsBefore = backupCount(to.path);

    const char* phase = GENERATE("Checking the package", "Merging");
    RecordingProgress progress(QString::fromLatin1(phase), 1024);
    SyncImportOptions options;
    options.progress = &progress;
    auto imported = SyncImporter(*to.store).importFrom(package, kPackage, options);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.cancelled());
    CHECK(progress.phases.contains(QString::fromLatin1(phase)));
    CHECK(to.settledHash() == before);
    CHECK(backupCount(to.path) == backupsBefore); // the backup of a merge that did not happen is not kept

    SECTION("and the same import, not cancelled, reports every record and merges") {
        RecordingProgress whole;
        options.progress = &whole;
        auto merged = SyncImporter(*to.store).importFrom(package, kPackage, options);
        REQUIRE(merged.ok());
        CHECK(whole.phases == QStringList{QStringLiteral("Checking the package"), QStringLiteral("Making a backup"),
                                          QStringLiteral("Merging")});
        CHECK(whole.lastDone == written->rows);
        CHECK(to.settledHash() != before);
    }
}

TEST_CASE("A large merge writes through a rollback journal: cancelled, the content is as it was; done, as through "
          "the WAL",
          "[progress][sync]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File from(dir, QStringLiteral("from.koers"), clock);
    REQUIRE(DemoLoader::load(*from.store, 150, 3).ok());
    const QString package = dir.filePath(QStringLiteral("all.koerssync"));
    REQUIRE(SyncExporter(*from.store).exportTo(package, kPackage, {QString(), true}).ok());
    auto journalMode = [](Store& store) {
        return store.db().queryText(u"PRAGMA journal_mode").value().toLower();
    };
    auto content = [](Store& store) {
        return dumpSyncedState(store) +
               QStringLiteral("== audit_log %1\n").arg(store.db().queryInt(u"SELECT count(*) FROM audit_log").value());
    };

    File to(dir, QStringLiteral("to.koers"), clock);
    REQUIRE(DemoLoader::load(*to.store, 20, 9).ok());
    const QString before = content(*to.store);
    const qint64 backupsBefore = backupCount(to.path);
    SyncImportOptions options;
    options.rollbackJournalFromRecords = 1; // this small package takes the large merge's way
    RecordingProgress stopping(QStringLiteral("Merging"), 1024);
    QSet<QString> modesWhileMerging;
    stopping.onAdvance = [&](const QString& phase) {
        if (phase == QLatin1String("Merging"))
            modesWhileMerging.insert(journalMode(*to.store));
    };
    options.progress = &stopping;
    auto cancelled = SyncImporter(*to.store).importFrom(package, kPackage, options);
    CHECK(modesWhileMerging == QSet<QString>{QStringLiteral("delete")});
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.cancelled());
    CHECK(content(*to.store) == before);
    CHECK(journalMode(*to.store) == QStringLiteral("wal"));
    CHECK(backupCount(to.path) == backupsBefore);

    options.progress = nullptr;
    auto merged = SyncImporter(*to.store).importFrom(package, kPackage, options);
    REQUIRE(merged.ok());
    CHECK(journalMode(*to.store) == QStringLiteral("wal"));
    CHECK(to.store->db().quickCheck().ok());
    // The same records as a file that merged the package through the WAL.
    File viaWal(dir, QStringLiteral("wal.koers"), clock);
    REQUIRE(DemoLoader::load(*viaWal.store, 20, 9).ok());
    SyncImportOptions walOptions;
    walOptions.rollbackJournalFromRecords = std::numeric_limits<qint64>::max();
    RecordingProgress watching;
    watching.onAdvance = [&](const QString& phase) {
        if (phase == QLatin1String("Merging"))
            modesWhileMerging.insert(journalMode(*viaWal.store));
    };
    walOptions.progress = &watching;
    modesWhileMerging.clear();
    auto walMerged = SyncImporter(*viaWal.store).importFrom(package, kPackage, walOptions);
    REQUIRE(walMerged.ok());
    CHECK(modesWhileMerging == QSet<QString>{QStringLiteral("wal")});
    CHECK(walMerged->total.added == merged->total.added);
    // Each file has its own demo records (stamped by its own device) and every record of the package, as is.
    const QStringList packaged = dumpRecordTables(*from.store).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto holdsPackage = [&packaged](Store& store) {
        const QStringList lines = dumpRecordTables(store).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QSet<QString> held(lines.begin(), lines.end());
        for (const QString& line : packaged)
            if (!held.contains(line))
                return false;
        return true;
    };
    auto count = [](Store& store, const char16_t* sql) {
        return store.db().queryInt(QStringView(sql)).value();
    };
    CHECK(holdsPackage(*to.store));
    CHECK(holdsPackage(*viaWal.store));
    CHECK(count(*to.store, u"SELECT count(*) FROM sync_state") ==
          count(*viaWal.store, u"SELECT count(*) FROM sync_state"));
    // Reopened, the file is whole and back in WAL mode.
    to.store.reset();
    auto reopened = Store::open(to.path, kPass, clock, QStringLiteral("test"));
    REQUIRE(reopened.ok());
    CHECK(journalMode(*reopened.value()) == QStringLiteral("wal"));
    CHECK(holdsPackage(*reopened.value()));
}

TEST_CASE("A cancelled sync export leaves no package behind and the file as it was", "[progress][sync]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File from(dir, QStringLiteral("from.koers"), clock);
    REQUIRE(DemoLoader::load(*from.store, 150, 4).ok());
    const QByteArray before = from.settledHash();
    const QString package = dir.filePath(QStringLiteral("peer.koerssync"));
    RecordingProgress progress(QStringLiteral("Writing the package"), 1024);
    SyncExportOptions options{QStringLiteral("peer"), true};
    options.progress = &progress;
    auto written = SyncExporter(*from.store).exportTo(package, kPackage, options);
    REQUIRE_FALSE(written.ok());
    CHECK(written.cancelled());
    CHECK_FALSE(QFile::exists(package));
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    left.removeIf([](const QString& name) { return name.startsWith(QLatin1String("from.koers")); });
    CHECK(left.isEmpty());               // no temporary file either
    CHECK(from.settledHash() == before); // not even the peer's "last package" mark
}

TEST_CASE("A cancelled spreadsheet import writes nothing; progress counts the rows", "[progress][import]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File file(dir, QStringLiteral("file.koers"), clock);
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    {
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Voornamen;Achternaam;Geboortedatum\n");
        for (int i = 0; i < 2000; ++i)
            out.write(QStringLiteral("Testa;Rij%1;01-04-1990\n").arg(i, 5, 10, QLatin1Char('0')).toUtf8());
    }
    auto service = ClientService::forStore(*file.store);
    REQUIRE(service.ok());
    ImportOptions options;
    options.dialect.delimiter = QLatin1Char(';');
    ClientImporter importer(*file.store, service.value());

    RecordingProgress checked;
    options.progress = &checked;
    auto analysis = importer.analyse(csv, options);
    REQUIRE(analysis.ok());
    REQUIRE(analysis->imported == 2000);
    CHECK(checked.phases == QStringList{QStringLiteral("Checking the spreadsheet")});
    CHECK(checked.advances > 10);

    const QByteArray before = file.settledHash();
    RecordingProgress stopping(QStringLiteral("Importing clients"), 500);
    options.progress = &stopping;
    auto committed = importer.commit(csv, options, &analysis.value());
    REQUIRE_FALSE(committed.ok());
    CHECK(committed.cancelled());
    CHECK(stopping.totals.value(0) == 2000); // the confirmed analysis's rows are the total
    // The import switches the journal mode for its write (RollbackJournalScope), which rewrites the header page:
    // the content is what counts here.
    auto clients = file.store->db().queryInt(u"SELECT count(*) FROM client");
    REQUIRE(clients.ok());
    CHECK(clients.value() == 0);
    (void)before;
    CHECK(backupCount(file.path) == 0);
}

TEST_CASE("A cancelled demo fill rolls back", "[progress][demo]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File file(dir, QStringLiteral("file.koers"), clock);
    const QByteArray before = file.settledHash();
    RecordingProgress progress(QStringLiteral("Making demo clients"), 256);
    auto loaded = DemoLoader::load(*file.store, 1000, 1, progress);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.cancelled());
    CHECK(progress.totals.value(0) == 1000);
    CHECK(file.settledHash() == before);
}

TEST_CASE("Anonymising dossiers counts them; cancelled before the commit, the file is as it was",
          "[progress][retention]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File file(dir, QStringLiteral("file.koers"), clock);
    REQUIRE(DemoLoader::load(*file.store, 40, 5).ok());
    QStringList ids;
    auto st = file.store->db().prepare(u"SELECT id FROM client ORDER BY id LIMIT 12");
    REQUIRE(st.ok());
    while (st->step().value())
        ids << st->text(0);
    REQUIRE(ids.size() == 12);
    const QByteArray before = file.settledHash();

    RecordingProgress stopped(QStringLiteral("Anonymising dossiers"), 5);
    auto cancelled = RetentionService(*file.store).anonymise(ids, stopped);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.cancelled());
    CHECK(stopped.totals.value(stopped.phases.indexOf(QStringLiteral("Anonymising dossiers"))) == 12);
    CHECK(stopped.lastDone == 5);
    CHECK(file.settledHash() == before);

    RecordingProgress watched;
    auto done = RetentionService(*file.store).anonymise(ids, watched);
    REQUIRE(done.ok());
    CHECK(done.value() == 12);
    CHECK(watched.phases == QStringList{QStringLiteral("Checking the file"), QStringLiteral("Anonymising dossiers"),
                                        QStringLiteral("Removing the old values from the file")});
    CHECK(watched.finalPhases == QStringList{QStringLiteral("Removing the old values from the file")});
    CHECK(watched.lastDone == 12);
    CHECK(file.store->db().queryInt(u"SELECT count(*) FROM client WHERE note = '[anonymised]'").value() == 12);
}

TEST_CASE("A passphrase change copies the file, then re-encrypts it to the end; cancelled before, nothing changes",
          "[progress][passwd]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File file(dir, QStringLiteral("file.koers"), clock);
    REQUIRE(DemoLoader::load(*file.store, 60, 4).ok());
    const QByteArray before = file.settledHash();
    const qint64 backupsBefore = backupCount(file.path);
    const QByteArray fresh = QByteArrayLiteral("a new passphrase for 2027");

    SECTION("cancelled while copying or checking: the file, its passphrase and its backups as they were") {
        const auto [phase, after] =
            GENERATE(std::pair{"Copying the file", qint64(1)}, std::pair{"Checking the current passphrase", qint64(0)});
        RecordingProgress stopped(QString::fromLatin1(phase), after);
        const Status changed = file.store->db().changePassphrase(kPass, fresh, stopped);
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.code() == ErrorCode::Cancelled);
        CHECK(stopped.finalPhases.isEmpty());
        CHECK(file.settledHash() == before);
        CHECK(backupCount(file.path) == backupsBefore);
        file.store.reset();
        CHECK(Database::open(file.path, fresh).code() == ErrorCode::WrongPassphrase);
        CHECK(Database::open(file.path, kPass).ok());
    }
    SECTION("not cancelled: the copy counted, the re-encryption a final phase, the new passphrase opens it") {
        RecordingProgress watched;
        REQUIRE(file.store->db().changePassphrase(kPass, fresh, watched).ok());
        CHECK(watched.phases == QStringList{QStringLiteral("Copying the file"),
                                            QStringLiteral("Checking the current passphrase"),
                                            QStringLiteral("Re-encrypting the file")});
        CHECK(watched.finalPhases == QStringList{QStringLiteral("Re-encrypting the file")});
        CHECK(watched.lastDone > 0);
        CHECK(backupCount(file.path) == backupsBefore + 1);
        file.store.reset();
        CHECK(Database::open(file.path, fresh).ok());
    }
}

TEST_CASE("A restore counts its copies; cancelled before the file is replaced, nothing changes",
          "[progress][restore]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File file(dir, QStringLiteral("file.koers"), clock);
    REQUIRE(DemoLoader::load(*file.store, 30, 6).ok());
    auto backup = file.store->db().backup(u"manual");
    REQUIRE(backup.ok());
    REQUIRE(DemoLoader::load(*file.store, 30, 7).ok()); // work after the backup
    file.store.reset();
    const QByteArray before = fileHash(file.path);
    const qint64 backupsBefore = backupCount(file.path);

    SECTION("cancelled in any phase before the renames") {
        const auto [phase, after] =
            GENERATE(std::pair{"Copying the backup", qint64(1)}, std::pair{"Checking the backup", qint64(0)},
                     std::pair{"Keeping the current file as a backup", qint64(1)});
        RecordingProgress stopped(QString::fromLatin1(phase), after);
        auto restored = BackupStore::restore(file.path, backup.value(), kPass, stopped);
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.cancelled());
        CHECK(stopped.phases.contains(QString::fromLatin1(phase)));
        CHECK(fileHash(file.path) == before);
        CHECK(backupCount(file.path) == backupsBefore); // no "before-restore" copy of a restore that did not happen
        CHECK_FALSE(QFileInfo::exists(file.path + QStringLiteral(".restoring")));
    }
    SECTION("not cancelled: every phase, the last one final, and the backup's contents in place") {
        RecordingProgress watched;
        auto restored = BackupStore::restore(file.path, backup.value(), kPass, watched);
        REQUIRE(restored.ok());
        CHECK(watched.phases == QStringList{QStringLiteral("Copying the backup"), QStringLiteral("Checking the backup"),
                                            QStringLiteral("Keeping the current file as a backup"),
                                            QStringLiteral("Putting the backup in place")});
        CHECK(watched.finalPhases == QStringList{QStringLiteral("Putting the backup in place")});
        CHECK(fileHash(file.path) != before);
        auto reopened = Store::open(file.path, kPass, clock, QStringLiteral("test"));
        REQUIRE(reopened.ok());
        CHECK(reopened.value()->db().queryInt(u"SELECT count(*) FROM client").value() == 30);
        CHECK(fileHash(restored.value()) == before); // the replaced file, kept as it was
    }
}

TEST_CASE("The caseload export counts its clients; cancelled, it writes no file", "[progress][export]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    File file(dir, QStringLiteral("file.koers"), clock);
    REQUIRE(DemoLoader::load(*file.store, 600, 8).ok());
    const QString out = dir.filePath(QStringLiteral("caseload.csv"));
    const qint64 live = file.store->db().queryInt(u"SELECT count(*) FROM client WHERE deleted = 0").value();

    RecordingProgress stopped(QStringLiteral("Writing the caseload"), 256);
    auto cancelled = ClientExporter::exportClients(*file.store, out, stopped);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.cancelled());
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("caseload*")}, QDir::Files | QDir::Hidden).isEmpty());

    RecordingProgress watched;
    auto written = ClientExporter::exportClients(*file.store, out, watched);
    REQUIRE(written.ok());
    CHECK(written.value() == live);
    CHECK(watched.totals.value(0) == live);
    CHECK(watched.lastDone == live);
    CHECK(QFileInfo::exists(out));
}
