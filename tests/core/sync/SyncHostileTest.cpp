// Sync as a hostile peer or a careless user meets it (issue 15): stamps from the far future, invalid and
// duplicate records, mass deletions, copied files, and anonymisation that must win everywhere.
#include "../CatchQtPrinters.h"

#include "PackageForge.h"
#include "SyncTestSupport.h"
#include "domain/Contact.h"
#include "rules/Anonymisation.h"
#include "services/BackupStore.h"
#include "services/ClientService.h"
#include "services/RetentionService.h"
#include "storage/Repository.h"
#include "storage/SettingsStore.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncSettings.h"

#include <QFile>

using namespace koers;
using namespace koers::test;

namespace {

// A BSN that passes the elfproef, made from a seed.
QString bsnFrom(int seed) {
    for (int attempt = 0;; ++attempt) {
        QString digits = QString::number(10000000 + (seed * 7919 + attempt * 104729) % 89999999);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += (9 - i) * digits[i].digitValue();
        const int last = sum % 11;
        if (last < 10)
            return digits + QString::number(last);
    }
}

Client person(const QString& lastName, int seed) {
    Client c;
    c.firstNames = QStringLiteral("Testa");
    c.lastName = lastName;
    c.bsn = bsnFrom(seed);
    c.dateOfBirth = QDate(1990, 4, 1);
    return c;
}

QString exportFull(Replica& from, const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    auto done = SyncExporter(*from.store).exportTo(path, kPackagePass, {QString(), true});
    INFO((done.ok() ? QString() : done.message()).toStdString());
    REQUIRE(done.ok());
    return path;
}

Result<SyncImportSummary> importInto(Replica& to, const QString& path, const SyncImportOptions& options = {}) {
    return SyncImporter(*to.store).importFrom(path, kPackagePass, options);
}

QString stampAt(qint64 ms, const QString& device) {
    return Hlc{ms, 0, device}.toString();
}

} // namespace

TEST_CASE("Sync refuses stamps further ahead than the allowed skew, and the clock adopts none", "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    REQUIRE(Repository<Client>(*a.store).insert(person(QStringLiteral("Toekomst"), 1)).ok());
    const QString base = exportFull(a, dir, QStringLiteral("base.koerssync"));
    const QString before = dumpSyncedState(*b.store);
    const Hlc clockBefore = b.store->lastStamp();
    const qint64 now = b.clock->nowUtc().toMSecsSinceEpoch();
    const QString device = a.store->deviceId();

    auto forge = [&](qint64 ms, const char* column) {
        ForgedPackage p = ForgedPackage::open(base, kPackagePass);
        p.set<Client>(0, column, stampAt(ms, device));
        const QString path = dir.filePath(QStringLiteral("forged.koerssync"));
        p.write(path, kPackagePass);
        return path;
    };
    SECTION("a record stamped in the year 2999") {
        auto result =
            importInto(b, forge(QDateTime(QDate(2999, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), "updated_at"));
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.message().contains(device));
        REQUIRE(result.message().contains(QStringLiteral("hours ahead")));
        REQUIRE(result.message().contains(QStringLiteral("at most 24 hours")));
    }
    SECTION("the largest stamp the text form holds") {
        REQUIRE_FALSE(importInto(b, forge(9999999999999999, "updated_at")).ok());
    }
    SECTION("a stamp in what the sender claims to know") {
        REQUIRE_FALSE(importInto(b, forge(now + 30LL * 3600 * 1000, "known_versions")).ok());
    }
    SECTION("a day and a half ahead, unless the setting allows two days") {
        const QString path = forge(now + 36LL * 3600 * 1000, "updated_at");
        REQUIRE_FALSE(importInto(b, path).ok());
        SyncSettings wide;
        wide.maxClockSkewHours = 48;
        REQUIRE(settings::save(*b.store, u"sync", wide).ok());
        REQUIRE(importInto(b, path).ok());
        return;
    }
    REQUIRE(dumpSyncedState(*b.store) == before);
    REQUIRE(b.store->lastStamp() == clockBefore);
    // A stamp a little ahead (another laptop's clock runs fast) is fine.
    REQUIRE(importInto(b, forge(now + 23LL * 3600 * 1000, "updated_at")).ok());
}

TEST_CASE("A damaged clock in the file is an error, never a silent reset", "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    REQUIRE(Repository<Client>(*a.store).insert(person(QStringLiteral("Klok"), 2)).ok());
    REQUIRE(a.store->db().exec(u"UPDATE meta SET value = '99999999999999999-000000-x' WHERE key = 'hlc_last'").ok());
    a.close();
    auto reopened = Store::open(a.path, kDbPass, *a.clock, a.name);
    REQUIRE_FALSE(reopened.ok());
    REQUIRE(reopened.code() == ErrorCode::NotKoersFile);
    REQUIRE(reopened.message().contains(QStringLiteral("clock")));
}

TEST_CASE("Sync checks every incoming record with the spreadsheet import's rules", "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    REQUIRE(Repository<Client>(*a.store).insert(person(QStringLiteral("Eerste"), 3)).ok());
    REQUIRE(Repository<Client>(*a.store).insert(person(QStringLiteral("Tweede"), 4)).ok());
    // B holds someone of its own with a BSN.
    REQUIRE(Repository<Client>(*b.store).insert(person(QStringLiteral("Eigen"), 5)).ok());
    const QString base = exportFull(a, dir, QStringLiteral("base.koerssync"));
    const QString before = dumpSyncedState(*b.store);

    ForgedPackage p = ForgedPackage::open(base, kPackagePass);
    std::string expected;
    SECTION("a BSN that fails the elfproef") {
        p.set<Client>(1, "bsn", QStringLiteral("123456789"));
        expected = "elfproef";
    }
    SECTION("no name and no BSN") {
        p.set<Client>(0, "first_names", QString());
        p.set<Client>(0, "last_name", QString());
        p.set<Client>(0, "bsn", QString());
        expected = "name is required";
    }
    SECTION("a date of birth in 2999") {
        p.set<Client>(0, "date_of_birth", QStringLiteral("2999-01-01"));
        expected = "date";
    }
    SECTION("the BSN of a client this file already has") {
        p.set<Client>(1, "bsn", bsnFrom(5));
        expected = "BSN belongs to another client";
    }
    SECTION("two clients of the package with one BSN") {
        p.set<Client>(1, "bsn", bsnFrom(3));
        expected = "BSN belongs to another client";
    }
    SECTION("a first name of 10 MB") {
        p.set<Client>(0, "first_names", QString(10 * 1024 * 1024, QLatin1Char('a')));
        expected = "longer than 200";
    }
    SECTION("the same record twice") {
        p.table<Client>().push_back(p.table<Client>().front());
        expected = "twice";
    }
    SECTION("an id that is no id") {
        p.set<Client>(0, "id", QStringLiteral("../../etc/passwd"));
        expected = "id";
    }
    const QString path = dir.filePath(QStringLiteral("forged.koerssync"));
    p.write(path, kPackagePass);
    auto result = importInto(b, path);
    REQUIRE_FALSE(result.ok());
    INFO(result.message().toStdString());
    REQUIRE(result.message().contains(QStringLiteral("client.csv")));
    REQUIRE(result.message().toStdString().find(expected) != std::string::npos);
    REQUIRE(dumpSyncedState(*b.store) == before);
    REQUIRE(BackupStore::list(b.path).empty());
}

TEST_CASE("A package that deletes or empties many clients needs a confirmation; nothing is lost", "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        auto c = Repository<Client>(*a.store).insert(person(QStringLiteral("Klant%1").arg(i), 100 + i));
        REQUIRE(c.ok());
        ids << c->meta.id;
    }
    REQUIRE(importInto(b, exportFull(a, dir, QStringLiteral("all.koerssync"))).ok());
    a.clock->advanceMs(60000);
    for (int i = 0; i < 8; ++i)
        REQUIRE(Repository<Client>(*a.store).remove(ids[i]).ok());
    for (int i = 8; i < 12; ++i) { // BSNs blanked, by a careless bulk edit say
        auto c = Repository<Client>(*a.store).get(ids[i]);
        c->bsn.clear();
        REQUIRE(Repository<Client>(*a.store).update(c.value()).ok());
    }
    const QString wipe = exportFull(a, dir, QStringLiteral("wipe.koerssync"));
    const QString before = dumpSyncedState(*b.store);
    const auto backupsBefore = BackupStore::list(b.path).size();

    auto refused = importInto(b, wipe);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.code() == ErrorCode::NeedsConfirmation);
    REQUIRE(refused.message().contains(QStringLiteral("delete 8, empty the name or BSN of 4")));
    REQUIRE(refused.message().contains(QStringLiteral("of the 20 clients")));
    REQUIRE(dumpSyncedState(*b.store) == before);
    REQUIRE(BackupStore::list(b.path).size() == backupsBefore);

    SyncImportOptions tooFew;
    tooFew.allowedDeletions = 11;
    REQUIRE(importInto(b, wipe, tooFew).code() == ErrorCode::NeedsConfirmation);

    SyncClientEffects asked;
    SyncImportOptions declined;
    declined.confirm = [&asked](const SyncClientEffects& e) {
        asked = e;
        return false;
    };
    REQUIRE(importInto(b, wipe, declined).code() == ErrorCode::NeedsConfirmation);
    REQUIRE(asked.deleted == 8);
    REQUIRE(asked.emptied == 4);
    REQUIRE(asked.liveClients == 20);
    REQUIRE(dumpSyncedState(*b.store) == before);

    SyncImportOptions agreed;
    agreed.allowedDeletions = 12;
    auto done = importInto(b, wipe, agreed);
    REQUIRE(done.ok());
    REQUIRE(done->effects.affected() == 12);
    REQUIRE(QFileInfo::exists(done->backupPath));
    // The backup holds the file as it was: all 20 clients alive.
    auto old = Store::open(done->backupPath, kDbPass, *b.clock, QStringLiteral("check"));
    REQUIRE(old.ok());
    REQUIRE(old.value()->db().queryInt(u"SELECT count(*) FROM client WHERE deleted = 0").value() == 20);
}

TEST_CASE("A package that changes nothing writes no backup and rotates none out", "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    REQUIRE(Repository<Client>(*a.store).insert(person(QStringLiteral("Eenmaal"), 7)).ok());
    const QString pkg = exportFull(a, dir, QStringLiteral("p.koerssync"));
    auto first = importInto(b, pkg);
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->backupPath.isEmpty());
    for (int i = 0; i < 12; ++i) {
        auto again = importInto(b, pkg);
        REQUIRE(again.ok());
        REQUIRE(again->backupPath.isEmpty());
    }
    REQUIRE(BackupStore::list(b.path).size() == 1);
}

TEST_CASE("Anonymisation wins over older, concurrent and later versions on every device", "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    Client c = person(QStringLiteral("Vergeten-Anoniem"), 9);
    c.status = ClientStatus::Completed;
    c.statusDate = QDate(2019, 1, 1);
    auto stored = Repository<Client>(*a.store).insert(c);
    REQUIRE(stored.ok());
    const QString id = stored->meta.id;
    Contact talk;
    talk.clientId = id;
    talk.date = QDate(2020, 1, 1);
    talk.summary = QStringLiteral("Geheim-Gespreksverslag");
    REQUIRE(Repository<Contact>(*a.store).insert(talk).ok());
    REQUIRE(importInto(b, exportFull(a, dir, QStringLiteral("start.koerssync"))).ok());

    // B edits before it hears of the anonymisation (concurrent), and once more later.
    b.clock->advanceMs(1000);
    auto atB = Repository<Client>(*b.store).get(id);
    atB->address = QStringLiteral("Geheimstraat 1");
    REQUIRE(Repository<Client>(*b.store).update(atB.value()).ok());
    const QString concurrent = exportFull(b, dir, QStringLiteral("b1.koerssync"));

    a.clock->advanceMs(2000);
    REQUIRE(RetentionService(*a.store).anonymise({id}).ok());
    const QString anonymised = exportFull(a, dir, QStringLiteral("a.koerssync"));

    b.clock->advanceMs(5000);
    atB = Repository<Client>(*b.store).get(id);
    atB->phone = QStringLiteral("0612345678");
    REQUIRE(Repository<Client>(*b.store).update(atB.value()).ok());
    const QString later = exportFull(b, dir, QStringLiteral("b2.koerssync"));

    auto personalIn = [](Store& s) {
        const QString all = dumpSyncedState(s);
        return all.contains(QStringLiteral("Vergeten-Anoniem")) || all.contains(QStringLiteral("Geheimstraat")) ||
               all.contains(QStringLiteral("0612345678")) || all.contains(QStringLiteral("Geheim-Gespreksverslag")) ||
               all.contains(bsnFrom(9));
    };
    REQUIRE_FALSE(personalIn(*a.store));
    for (const QString& pkg : {concurrent, later}) {
        auto r = importInto(a, pkg);
        INFO((r.ok() ? QString() : r.message()).toStdString());
        REQUIRE(r.ok());
        REQUIRE_FALSE(personalIn(*a.store));
        REQUIRE(a.store->db().queryInt(u"SELECT count(*) FROM sync_conflict").value() == 0);
        auto kept = Repository<Client>(*a.store).get(id, true);
        REQUIRE(anonymisation::isAnonymised(kept.value()));
    }

    // The device that receives the anonymisation anonymises its own copy, its later edit and its conflicts.
    REQUIRE(personalIn(*b.store));
    auto r = importInto(b, anonymised);
    INFO((r.ok() ? QString() : r.message()).toStdString());
    REQUIRE(r.ok());
    REQUIRE_FALSE(personalIn(*b.store));
    REQUIRE(b.store->db().queryInt(u"SELECT count(*) FROM sync_conflict").value() == 0);

    // And both hold the same records once they have exchanged everything.
    REQUIRE(importInto(a, exportFull(b, dir, QStringLiteral("b3.koerssync"))).ok());
    REQUIRE(importInto(b, exportFull(a, dir, QStringLiteral("a2.koerssync"))).ok());
    REQUIRE(dumpRecordTables(*a.store) == dumpRecordTables(*b.store));
}

TEST_CASE("A copied file becomes a device of its own: its edits reach the original, concurrent ones conflict",
          "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    auto stored = Repository<Client>(*a.store).insert(person(QStringLiteral("Gekopieerd"), 11));
    REQUIRE(stored.ok());
    const QString id = stored->meta.id;
    const QString original = a.store->deviceId();
    a.close();
    const QString copyPath = dir.filePath(QStringLiteral("A2.koers"));
    REQUIRE(QFile::copy(a.path, copyPath));
    a.reopen();
    REQUIRE(a.store->deviceId() == original);

    auto copy = Store::open(copyPath, kDbPass, *a.clock, QStringLiteral("copy"));
    REQUIRE(copy.ok());
    REQUIRE(copy.value()->deviceId() != original);
    REQUIRE(copy.value()->db().queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'device_renewed'").value() ==
            1);
    // Opened again, the copy keeps its new id.
    const QString copyDevice = copy.value()->deviceId();
    copy.value().reset();
    copy = Store::open(copyPath, kDbPass, *a.clock, QStringLiteral("copy"));
    REQUIRE(copy.value()->deviceId() == copyDevice);

    // Both edit the same client.
    a.clock->advanceMs(1000);
    auto inA = Repository<Client>(*a.store).get(id);
    inA->phone = QStringLiteral("0201111111");
    REQUIRE(Repository<Client>(*a.store).update(inA.value()).ok());
    auto inCopy = Repository<Client>(*copy.value()).get(id);
    inCopy->phone = QStringLiteral("0202222222");
    REQUIRE(Repository<Client>(*copy.value()).update(inCopy.value()).ok());
    const QString fromCopy = dir.filePath(QStringLiteral("copy.koerssync"));
    REQUIRE(SyncExporter(*copy.value()).exportTo(fromCopy, kPackagePass, {QString(), true}).ok());
    const QString fromA = exportFull(a, dir, QStringLiteral("a.koerssync"));

    // The original takes the copy's package, and a third device keeps one edit as a conflict.
    auto atOriginal = importInto(a, fromCopy);
    INFO((atOriginal.ok() ? QString() : atOriginal.message()).toStdString());
    REQUIRE(atOriginal.ok());
    REQUIRE(atOriginal->total.conflicts == 1);
    Replica c(dir, QStringLiteral("C"), 0);
    REQUIRE(importInto(c, fromA).ok());
    auto atThird = importInto(c, fromCopy);
    REQUIRE(atThird.ok());
    REQUIRE(atThird->total.conflicts == 1);
}

TEST_CASE("A file on another machine or restored from a backup also takes a fresh device id", "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    const QString original = a.store->deviceId();
    a.close();
    qputenv("KOERS_MACHINE_ID", "another laptop");
    a.reopen();
    qunsetenv("KOERS_MACHINE_ID");
    const QString moved = a.store->deviceId();
    REQUIRE(moved != original);

    auto backup = a.store->db().backup(u"manual");
    REQUIRE(backup.ok());
    a.close();
    REQUIRE(BackupStore::restore(a.path, backup.value(), kDbPass).ok());
    a.reopen();
    REQUIRE(a.store->deviceId() != moved);
}

TEST_CASE("A record whose row went missing behind Koers's back arrives again; a write refused mid-merge keeps nothing",
          "[sync][hostile]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica b(dir, QStringLiteral("B"), 0);
    ClientService service(*a.store);
    auto added = service.addClient(person(QStringLiteral("Bakker"), 1));
    REQUIRE(added.ok());
    const QString package = exportFull(a, dir, QStringLiteral("a.koerssync"));
    REQUIRE(importInto(b, package).ok());
    auto knowledge = [&b](const QString& id) {
        auto st = b.store->db().prepare(u"SELECT count(*), max(received) FROM sync_state WHERE table_name = 'client' "
                                        u"AND record_id = ?1");
        REQUIRE(st.ok());
        st->bind(1, id);
        REQUIRE(st->step().value());
        return std::pair{st->int64(0), st->text(1)};
    };
    const auto before = knowledge(added->meta.id);
    REQUIRE(before.first == 1);

    SECTION("the row deleted by hand, its sync knowledge left: the record comes back, one knowledge row") {
        // A careless hand in the sqlcipher shell: the row goes, the milestones with it, the knowledge stays.
        REQUIRE(b.store->db().exec(u"PRAGMA foreign_keys = OFF").ok());
        auto del = b.store->db().prepare(u"DELETE FROM client WHERE id = ?1");
        REQUIRE(del.ok());
        del->bind(1, added->meta.id);
        REQUIRE(del->exec().ok());
        REQUIRE(b.store->db().exec(u"PRAGMA foreign_keys = ON").ok());
        b.clock->advanceMs(60000);
        auto again = importInto(b, package);
        INFO((again.ok() ? QString() : again.message()).toStdString());
        REQUIRE(again.ok());
        CHECK(again->perTable.value(QStringLiteral("client")).added == 1);
        CHECK(Repository<Client>(*b.store).get(added->meta.id).ok());
        const auto after = knowledge(added->meta.id);
        CHECK(after.first == 1);
        CHECK(after.second != before.second); // updated in place, not a second row
    }
    SECTION("a write the file refuses halfway through the merge: the whole import is rolled back") {
        REQUIRE(service.addClient(person(QStringLiteral("Visser"), 2)).ok());
        const QString second = exportFull(a, dir, QStringLiteral("a2.koerssync"));
        // A trigger stands for any refusal the first pass could not see (a full disk, a damaged page).
        REQUIRE(b.store->db()
                    .exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON client WHEN NEW.last_name = 'Visser' "
                          u"BEGIN SELECT RAISE(ROLLBACK, 'refused'); END")
                    .ok());
        REQUIRE(b.store->db().queryText(u"PRAGMA wal_checkpoint(TRUNCATE)").ok());
        const QByteArray hash = fileHash(b.path);
        auto refused = importInto(b, second);
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(b.store->db().inTransaction());
        REQUIRE(b.store->db().queryText(u"PRAGMA wal_checkpoint(TRUNCATE)").ok());
        CHECK(fileHash(b.path) == hash);
        REQUIRE(b.store->db().exec(u"DROP TRIGGER temp.refuse").ok());
        auto merged = importInto(b, second); // and the file takes the package once nothing refuses
        INFO((merged.ok() ? QString() : merged.message()).toStdString());
        REQUIRE(merged.ok());
        CHECK(merged->perTable.value(QStringLiteral("client")).added == 1);
    }
}

TEST_CASE("A package from a Koers before a field was added imports; other column changes are refused",
          "[sync][hostile][compat]") {
    QTemporaryDir dir;
    Replica lead(dir, QStringLiteral("L"), 0);
    Municipality soest;
    soest.name = QStringLiteral("Soest");
    soest.letterheadAddress = QStringLiteral("Postbus 1");
    const QString soestId = Repository<Municipality>(*lead.store).insert(soest)->meta.id;
    Client c;
    c.firstNames = QStringLiteral("Test");
    c.lastName = QStringLiteral("Ouderpakket");
    c.municipalityId = soestId;
    REQUIRE(Repository<Client>(*lead.store).insert(c).ok());
    const QString path = dir.filePath(QStringLiteral("p.koerssync"));
    REQUIRE(SyncExporter(*lead.store).exportTo(path, kPackagePass, {}).ok());

    SECTION("without the letterhead columns: the municipality arrives with an empty letterhead") {
        ForgedPackage older = ForgedPackage::open(path, kPackagePass);
        older.dropColumn<Municipality>("letterhead_address");
        older.dropColumn<Municipality>("logo");
        older.write(path, kPackagePass);
        Replica laptop(dir, QStringLiteral("A"), 0);
        auto merged = SyncImporter(*laptop.store).importFrom(path, kPackagePass);
        INFO((merged.ok() ? QString() : merged.message()).toStdString());
        REQUIRE(merged.ok());
        auto arrived = Repository<Municipality>(*laptop.store).get(soestId);
        REQUIRE(arrived.ok());
        CHECK(arrived->name == QStringLiteral("Soest"));
        CHECK(arrived->letterheadAddress.isEmpty());
        CHECK(Repository<Client>(*laptop.store).list()->size() == 1);
    }
    SECTION("a column left out that is no field, or columns in another order: refused, nothing written") {
        for (int variant = 0; variant < 3; ++variant) {
            REQUIRE(SyncExporter(*lead.store).exportTo(path, kPackagePass, {}).ok());
            ForgedPackage forged = ForgedPackage::open(path, kPackagePass);
            QStringList header = sync::csvHeader<Municipality>();
            if (variant == 0) {
                forged.dropColumn<Municipality>("id");
            } else if (variant == 1) {
                header.swapItemsAt(5, 6); // name and cbs_code
                forged.headers[QStringLiteral("municipality")] = header;
            } else {
                header.insert(7, QStringLiteral("unknown_column"));
                forged.headers[QStringLiteral("municipality")] = header;
                for (QStringList& r : forged.table<Municipality>())
                    r.insert(7, QStringLiteral("x"));
            }
            forged.write(path, kPackagePass);
            Replica laptop(dir, QStringLiteral("V%1").arg(variant), 0);
            auto refused = SyncImporter(*laptop.store).importFrom(path, kPackagePass);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.message().contains(QStringLiteral("columns")));
            CHECK(Repository<Client>(*laptop.store).list()->empty());
        }
    }
}
