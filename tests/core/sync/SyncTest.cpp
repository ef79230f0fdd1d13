#include "../CatchQtPrinters.h"

#include "SyncTestSupport.h"
#include "storage/Repository.h"
#include "sync/SyncArchive.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncManifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace koers;
using namespace koers::test;

namespace {

Client makeClient(const QString& lastName) {
    Client c;
    c.firstNames = QStringLiteral("Testa");
    c.lastName = lastName;
    c.dateOfBirth = QDate(1990, 4, 1);
    c.note = QStringLiteral("line one\nline two, with \"quotes\"");
    return c;
}

Milestone makeMilestone(const QString& clientId) {
    Milestone m;
    m.clientId = clientId;
    m.kind = MilestoneKind::PipFixed;
    m.dueDate = QDate(2027, 1, 15);
    return m;
}

SyncImportSummary importOk(Replica& r, const QString& package) {
    auto result = SyncImporter(*r.store).importFrom(package, kPackagePass);
    INFO((result.ok() ? QString() : result.message()).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

SyncExportSummary exportOk(Replica& r, const QString& package, const QString& peer = {}, bool full = false) {
    auto result = SyncExporter(*r.store).exportTo(package, kPackagePass, {peer, full});
    INFO((result.ok() ? QString() : result.message()).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("Sync: a package carries every record to another device, and again changes nothing", "[sync]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), -2 * 3600 * 1000);
    auto client = Repository<Client>(*a.store).insert(makeClient(QStringLiteral("Roundtrip")));
    REQUIRE(client.ok());
    REQUIRE(Repository<Milestone>(*a.store).insert(makeMilestone(client->meta.id)).ok());

    const QString pkg = dir.filePath(QStringLiteral("a.koerssync"));
    const SyncExportSummary exported = exportOk(a, pkg, QStringLiteral("B"));
    REQUIRE(exported.full);
    REQUIRE(exported.rows == 2);
    REQUIRE_FALSE(fileBytes(pkg).contains("Roundtrip")); // encrypted

    const SyncImportSummary first = importOk(b, pkg);
    REQUIRE(first.total.added == 2);
    REQUIRE(first.total.conflicts == 0);
    REQUIRE(dumpRecordTables(*a.store) == dumpRecordTables(*b.store));

    const QString before = dumpSyncedState(*b.store);
    const SyncImportSummary again = importOk(b, pkg);
    REQUIRE(again.total.added == 0);
    REQUIRE(again.total.unchanged == 2);
    REQUIRE(dumpSyncedState(*b.store) == before);

    // B's clock is two hours behind, yet its edit after the import sorts after A's version.
    Client edited = Repository<Client>(*b.store).get(client->meta.id).value();
    edited.phone = QStringLiteral("0612345678");
    REQUIRE(Repository<Client>(*b.store).update(edited).ok());
    REQUIRE(client->meta.updatedAt < edited.meta.updatedAt);

    // Both sides logged the sync with counts.
    REQUIRE(a.store->db()
                .queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'sync_export' AND detail LIKE "
                          u"'%rows=2%'")
                .value() == 1);
    REQUIRE(b.store->db()
                .queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'sync_import' AND detail LIKE "
                          u"'%added=2%'")
                .value() == 1);
    REQUIRE(b.store->db().queryInt(u"SELECT count(*) FROM audit_log WHERE detail LIKE '%Roundtrip%'").value() == 0);
}

TEST_CASE("Sync: a peer gets only the changes since its last package, relayed records included", "[sync]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 5000);
    Replica c(dir, QStringLiteral("C"), -90 * 60 * 1000);
    Repository<Client> ra(*a.store);
    REQUIRE(ra.insert(makeClient(QStringLiteral("One"))).ok());
    REQUIRE(exportOk(a, dir.filePath(QStringLiteral("1.koerssync")), QStringLiteral("B")).rows == 1);
    REQUIRE(exportOk(a, dir.filePath(QStringLiteral("2.koerssync")), QStringLiteral("B")).rows == 0);
    REQUIRE_FALSE(exportOk(a, dir.filePath(QStringLiteral("2.koerssync")), QStringLiteral("B")).full);
    REQUIRE(ra.insert(makeClient(QStringLiteral("Two"))).ok());
    REQUIRE(exportOk(a, dir.filePath(QStringLiteral("3.koerssync")), QStringLiteral("B")).rows == 1);
    REQUIRE(exportOk(a, dir.filePath(QStringLiteral("4.koerssync")), QStringLiteral("B"), true).rows == 2);

    // C's older record reaches A after A's last package for B; the next one for B still carries it.
    REQUIRE(Repository<Client>(*c.store).insert(makeClient(QStringLiteral("Three"))).ok());
    exportOk(c, dir.filePath(QStringLiteral("c.koerssync")));
    importOk(a, dir.filePath(QStringLiteral("c.koerssync")));
    const SyncExportSummary relayed = exportOk(a, dir.filePath(QStringLiteral("5.koerssync")), QStringLiteral("B"));
    REQUIRE(relayed.rows == 1);

    auto peers = SyncExporter(*a.store).peers();
    REQUIRE(peers.ok());
    REQUIRE(peers->size() == 1);
    REQUIRE(peers->front().name == QStringLiteral("B"));
    REQUIRE(peers->front().packages == 6);
    REQUIRE(peers->front().lastRows == 1);
}

TEST_CASE("Sync: concurrent edits keep the loser, which can be restored", "[sync]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), -2 * 3600 * 1000); // B's clock is behind: A's edit will win
    auto client = Repository<Client>(*a.store).insert(makeClient(QStringLiteral("Shared")));
    REQUIRE(client.ok());
    exportOk(a, dir.filePath(QStringLiteral("base.koerssync")));
    importOk(b, dir.filePath(QStringLiteral("base.koerssync")));

    a.clock->advanceMs(1000);
    Client onA = client.value();
    onA.phone = QStringLiteral("0201111111");
    REQUIRE(Repository<Client>(*a.store).update(onA).ok());
    Client onB = Repository<Client>(*b.store).get(client->meta.id).value();
    onB.email = QStringLiteral("b@example.invalid");
    REQUIRE(Repository<Client>(*b.store).update(onB).ok());

    exportOk(a, dir.filePath(QStringLiteral("a.koerssync")));
    exportOk(b, dir.filePath(QStringLiteral("b.koerssync")));
    const SyncImportSummary atB = importOk(b, dir.filePath(QStringLiteral("a.koerssync")));
    REQUIRE(atB.total.updated == 1);
    REQUIRE(atB.total.conflicts == 1);
    const SyncImportSummary atA = importOk(a, dir.filePath(QStringLiteral("b.koerssync")));
    REQUIRE(atA.total.conflicts == 1);
    REQUIRE(atA.total.updated == 0);
    REQUIRE(dumpRecordTables(*a.store) == dumpRecordTables(*b.store));
    // The same loss on both sides is one conflict with the same id.
    REQUIRE(dumpTable(*a.store, QStringLiteral("sync_conflict")).section(QLatin1Char('|'), 0, 4) ==
            dumpTable(*b.store, QStringLiteral("sync_conflict")).section(QLatin1Char('|'), 0, 4));

    auto conflicts = SyncConflicts(*a.store).list();
    REQUIRE(conflicts.ok());
    REQUIRE(conflicts->size() == 1);
    const SyncConflict& c = conflicts->front();
    REQUIRE(c.table == QStringLiteral("client"));
    REQUIRE(c.loserStamp == onB.meta.updatedAt);
    const qsizetype email = c.columns.indexOf(QStringLiteral("email"));
    REQUIRE(c.loserValues[email] == QStringLiteral("b@example.invalid"));
    REQUIRE(c.currentValues[email] == QString());

    // Restoring makes the loser the newest version, which then wins on B without a new conflict.
    REQUIRE(SyncConflicts(*a.store).restore(c.id).ok());
    REQUIRE(SyncConflicts(*a.store).list()->empty());
    REQUIRE(Repository<Client>(*a.store).get(client->meta.id)->email == QStringLiteral("b@example.invalid"));
    exportOk(a, dir.filePath(QStringLiteral("restored.koerssync")));
    const SyncImportSummary restored = importOk(b, dir.filePath(QStringLiteral("restored.koerssync")));
    REQUIRE(restored.total.updated == 1);
    REQUIRE(restored.total.conflicts == 0);
    REQUIRE(Repository<Client>(*b.store).get(client->meta.id)->email == QStringLiteral("b@example.invalid"));

    // A later edit made after seeing the other version is no conflict.
    Client later = Repository<Client>(*b.store).get(client->meta.id).value();
    later.note = QStringLiteral("after sync");
    REQUIRE(Repository<Client>(*b.store).update(later).ok());
    exportOk(b, dir.filePath(QStringLiteral("later.koerssync")));
    REQUIRE(importOk(a, dir.filePath(QStringLiteral("later.koerssync"))).total.conflicts == 0);
}

TEST_CASE("Sync: an edit made after an import is no conflict anywhere, relayed or direct", "[sync]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), -7200 * 1000);
    Replica c(dir, QStringLiteral("C"), 600 * 1000);
    auto client = Repository<Client>(*a.store).insert(makeClient(QStringLiteral("Keten")));
    REQUIRE(client.ok());
    const QString fromA = dir.filePath(QStringLiteral("a.koerssync"));
    exportOk(a, fromA);
    importOk(b, fromA);
    importOk(c, fromA);
    // B edits what it got from A; C still holds A's version. B's version was made knowing A's: no conflict.
    Client edited = Repository<Client>(*b.store).get(client->meta.id).value();
    edited.phone = QStringLiteral("0307654321");
    REQUIRE(Repository<Client>(*b.store).update(edited).ok());
    const QString fromB = dir.filePath(QStringLiteral("b.koerssync"));
    exportOk(b, fromB, QStringLiteral("C"));
    const SyncImportSummary atC = importOk(c, fromB);
    REQUIRE(atC.total.updated == 1);
    REQUIRE(atC.total.conflicts == 0);
    // C relays B's version to A, which then also has no conflict.
    const QString fromC = dir.filePath(QStringLiteral("c.koerssync"));
    exportOk(c, fromC, QStringLiteral("A"));
    const SyncImportSummary atA = importOk(a, fromC);
    REQUIRE(atA.total.updated == 1);
    REQUIRE(atA.total.conflicts == 0);
    REQUIRE(dumpRecordTables(*a.store) == dumpRecordTables(*c.store));
}

TEST_CASE("Sync: deletes travel as tombstones", "[sync]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 1000);
    auto client = Repository<Client>(*a.store).insert(makeClient(QStringLiteral("Gone")));
    REQUIRE(client.ok());
    exportOk(a, dir.filePath(QStringLiteral("1.koerssync")), QStringLiteral("B"));
    importOk(b, dir.filePath(QStringLiteral("1.koerssync")));
    REQUIRE(Repository<Client>(*a.store).remove(client->meta.id).ok());
    exportOk(a, dir.filePath(QStringLiteral("2.koerssync")), QStringLiteral("B"));
    REQUIRE(importOk(b, dir.filePath(QStringLiteral("2.koerssync"))).total.updated == 1);
    REQUIRE(Repository<Client>(*b.store).get(client->meta.id).code() == ErrorCode::NotFound);
    REQUIRE(Repository<Client>(*b.store).list()->empty());
}

namespace {

// Rewrites a package with one file changed, keeping the manifest as it was (or changing it too).
void rewritePackage(const QString& from, const QString& to, const QString& file,
                    const std::function<QByteArray(QByteArray)>& change) {
    auto entries = SyncArchive::read(from, kPackagePass);
    REQUIRE(entries.ok());
    for (auto& e : entries.value())
        if (e.name == file)
            e.data = change(e.data);
    REQUIRE(SyncArchive::write(to, kPackagePass, entries.value()).ok());
}

} // namespace

TEST_CASE("Sync: a bad package is refused with its own message and the file stays byte-identical", "[sync]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    REQUIRE(Repository<Client>(*a.store).insert(makeClient(QStringLiteral("Source"))).ok());
    REQUIRE(Repository<Client>(*b.store).insert(makeClient(QStringLiteral("Target"))).ok());
    const QString good = dir.filePath(QStringLiteral("good.koerssync"));
    exportOk(a, good);
    const QString own = dir.filePath(QStringLiteral("own.koerssync"));
    exportOk(b, own);

    const QString truncated = dir.filePath(QStringLiteral("truncated.koerssync"));
    {
        QFile f(truncated);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray bytes = fileBytes(good);
        f.write(bytes.left(bytes.size() * 2 / 3));
    }
    // Encrypted bytes changed on the way: the AES authentication code no longer matches.
    const QString flipped = dir.filePath(QStringLiteral("flipped.koerssync"));
    {
        QByteArray bytes = fileBytes(good);
        // Inside client.csv's encrypted data: past its name in the local header, the AES extra field, the
        // salt and the password verifier.
        const qsizetype at = bytes.indexOf("client.csv") + 60;
        bytes[at] = static_cast<char>(bytes[at] ^ 0x55);
        QFile f(flipped);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString tampered = dir.filePath(QStringLiteral("tampered.koerssync"));
    rewritePackage(good, tampered, QStringLiteral("client.csv"),
                   [](QByteArray csv) { return csv.replace("Source", "Sourcx"); });
    const QString future = dir.filePath(QStringLiteral("future.koerssync"));
    rewritePackage(good, future, QStringLiteral("manifest.csv"),
                   [](QByteArray csv) { return csv.replace("format_version,1", "format_version,99"); });
    const QString badValue = dir.filePath(QStringLiteral("badvalue.koerssync"));
    {
        // A consistent package (checksums right) with a date that is not a date.
        auto entries = SyncArchive::read(good, kPackagePass);
        REQUIRE(entries.ok());
        auto manifestEntry = std::find_if(entries->begin(), entries->end(), [](const SyncArchiveEntry& e) {
            return e.name == QStringLiteral("manifest.csv");
        });
        REQUIRE(manifestEntry != entries->end());
        SyncManifest m = SyncManifest::parse(manifestEntry->data).value();
        for (auto& e : entries.value())
            if (e.name == QStringLiteral("client.csv")) {
                e.data.replace("1990-04-01", "1990-13-01");
                for (auto& f : m.files)
                    if (f.name == e.name)
                        f.sha256 = QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex();
            }
        manifestEntry->data = m.toCsv();
        REQUIRE(SyncArchive::write(badValue, kPackagePass, entries.value()).ok());
    }

    struct Case {
        const char* what;
        QString path;
        QByteArray pass;
        ErrorCode code;
        QString message;
    };
    const std::vector<Case> cases{
        {"wrong passphrase", good, QByteArrayLiteral("not the package pass"), ErrorCode::WrongPassphrase,
         QStringLiteral("package passphrase is not correct")},
        {"truncated file", truncated, kPackagePass, ErrorCode::NotKoersFile, QStringLiteral("damaged or incomplete")},
        {"encrypted bytes changed", flipped, kPackagePass, ErrorCode::NotKoersFile,
         QStringLiteral("damaged or incomplete")},
        {"tampered csv", tampered, kPackagePass, ErrorCode::Invalid,
         QStringLiteral("checksum of client.csv does not match")},
        {"unknown format version", future, kPackagePass, ErrorCode::Invalid, QStringLiteral("format version 99")},
        {"invalid value", badValue, kPackagePass, ErrorCode::Invalid,
         QStringLiteral("client.csv has an invalid value on line 2")},
        {"own device", own, kPackagePass, ErrorCode::Invalid, QStringLiteral("made on this device")},
    };
    b.close();
    const QByteArray before = fileHash(b.path);
    QStringList messages;
    for (const Case& c : cases) {
        INFO(c.what);
        b.reopen();
        auto result = SyncImporter(*b.store).importFrom(c.path, c.pass);
        REQUIRE_FALSE(result.ok());
        INFO(result.message().toStdString());
        REQUIRE(result.code() == c.code);
        REQUIRE(result.message().contains(c.message));
        messages << result.message();
        b.close();
        REQUIRE(fileHash(b.path) == before);
    }
    messages.removeDuplicates();
    REQUIRE(messages.size() == qsizetype(cases.size()) - 1); // truncated and changed bytes: both "damaged"
}

TEST_CASE("Sync: 7-Zip opens a package with the passphrase and another CSV reader reads it", "[sync][7z]") {
    if (QStandardPaths::findExecutable(QStringLiteral("7z")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        WARN("7z or python3 not installed: skipped");
        return;
    }
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    auto client = Repository<Client>(*a.store).insert(makeClient(QStringLiteral("Zevenzip, \"Seven\"")));
    REQUIRE(client.ok());
    REQUIRE(Repository<Milestone>(*a.store).insert(makeMilestone(client->meta.id)).ok());
    const QString pkg = dir.filePath(QStringLiteral("team.koerssync"));
    exportOk(a, pkg);

    const QString outDir = dir.filePath(QStringLiteral("extracted"));
    QProcess sevenZip;
    sevenZip.start(QStringLiteral("7z"), {QStringLiteral("x"), QStringLiteral("-p") + QString::fromLatin1(kPackagePass),
                                          QStringLiteral("-o") + outDir, pkg});
    REQUIRE(sevenZip.waitForFinished(60000));
    INFO(sevenZip.readAllStandardOutput().toStdString());
    REQUIRE(sevenZip.exitCode() == 0);

    // Python's csv module: checks every checksum in the manifest, then prints rows and a value per table.
    const char* script = R"PY(
import csv, hashlib, os, sys
d = sys.argv[1]
with open(os.path.join(d, 'manifest.csv'), newline='', encoding='utf-8') as f:
    manifest = list(csv.DictReader(f))
for row in manifest:
    if row['field'] == 'file':
        data = open(os.path.join(d, row['value']), 'rb').read()
        assert hashlib.sha256(data).hexdigest() == row['sha256'], row['value']
        with open(os.path.join(d, row['value']), newline='', encoding='utf-8') as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == int(row['rows']), row['value']
        print(row['value'], len(rows))
with open(os.path.join(d, 'client.csv'), newline='', encoding='utf-8') as f:
    c = next(csv.DictReader(f))
    print('last_name=' + c['last_name'])
    print('note=' + c['note'].replace('\n', '\\n'))
)PY";
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), outDir});
    REQUIRE(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput());
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    REQUIRE(output.contains(QStringLiteral("client.csv 1\n")));
    REQUIRE(output.contains(QStringLiteral("milestone.csv 1\n")));
    REQUIRE(output.contains(QStringLiteral("municipality.csv 0\n")));
    REQUIRE(output.contains(QStringLiteral("last_name=Zevenzip, \"Seven\"\n")));
    REQUIRE(output.contains(QStringLiteral("note=line one\\nline two, with \"quotes\"\n")));

    // A wrong passphrase does not open it.
    QProcess wrong;
    wrong.start(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-pwrong"), pkg});
    REQUIRE(wrong.waitForFinished(60000));
    REQUIRE(wrong.exitCode() != 0);
}
