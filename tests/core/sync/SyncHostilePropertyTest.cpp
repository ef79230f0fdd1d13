// Property: whatever a hostile peer puts in a package (stamps from the future, mass tombstones, invalid rows,
// duplicate ids, another device's id, a BSN this file holds already), a file that imports it stays sound:
// a refused package changes nothing, and no accepted one breaks a rule.
#include "../CatchQtPrinters.h"

#include "PackageForge.h"
#include "SyncTestSupport.h"
#include "domain/Contact.h"
#include "rules/Anonymisation.h"
#include "rules/ClientValidator.h"
#include "services/RetentionService.h"
#include "storage/Repository.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncSettings.h"

#include <QRandomGenerator>
#include <QSet>

using namespace koers;
using namespace koers::test;

namespace {

QString validBsn(QRandomGenerator& random) {
    for (;;) {
        const QString digits = QString::number(random.bounded(10000000, 99999999));
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += (9 - i) * digits[i].digitValue();
        if (sum % 11 < 10)
            return digits + QString::number(sum % 11);
    }
}

// The rules no accepted package may break.
void requireSound(Store& store, const QSet<QString>& anonymised, qint64 nowMs) {
    REQUIRE(store.db().quickCheck().ok());
    auto references = store.db().prepare(u"PRAGMA foreign_key_check");
    REQUIRE(references.ok());
    int broken = 0;
    REQUIRE(references->each([&broken](const Statement&) { ++broken; }).ok());
    REQUIRE(broken == 0);
    auto clients = Repository<Client>(store).list();
    REQUIRE(clients.ok());
    QSet<QString> bsns;
    const qint64 bound = nowMs + qint64(SyncSettings().maxClockSkewHours) * 3600 * 1000;
    for (const Client& c : clients.value()) {
        REQUIRE(c.meta.updatedAt.ms <= bound);
        if (anonymisation::isAnonymised(c))
            continue;
        INFO(c.meta.id.toStdString());
        REQUIRE(ClientValidator::validate(c, store.clock().today()).empty());
        if (!c.bsn.isEmpty()) {
            REQUIRE_FALSE(bsns.contains(c.bsn));
            bsns.insert(c.bsn);
        }
    }
    for (const QString& id : anonymised) {
        auto c = Repository<Client>(store).get(id, true);
        REQUIRE(c.ok());
        REQUIRE(anonymisation::isAnonymised(c.value()));
        REQUIRE(c->bsn.isEmpty());
        REQUIRE(c->lastName.isEmpty());
        REQUIRE(store.db()
                    .queryInt(QStringLiteral("SELECT count(*) FROM contact WHERE client_id = '%1' AND (summary IS NOT "
                                             "NULL OR with_whom IS NOT NULL)")
                                  .arg(id))
                    .value() == 0);
    }
    REQUIRE(store.lastStamp().ms <= bound);
}

qint64 liveClients(Store& store) {
    return store.db().queryInt(u"SELECT count(*) FROM client WHERE deleted = 0").value();
}

} // namespace

TEST_CASE("Sync property: hostile packages are refused whole or leave the file sound", "[sync][property][hostile]") {
    const quint32 seed =
        qEnvironmentVariableIsSet("KOERS_HOSTILE_SEED") ? qEnvironmentVariableIntValue("KOERS_HOSTILE_SEED") : 20261202;
    INFO("seed " << seed << " (KOERS_HOSTILE_SEED replays it)");
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    Replica t(dir, QStringLiteral("T"), 0);
    QStringList ids;
    for (int i = 0; i < 14; ++i) {
        Client c;
        c.firstNames = QStringLiteral("Klant");
        c.lastName = QStringLiteral("Nummer%1").arg(i);
        c.bsn = validBsn(random);
        c.dateOfBirth = QDate(1980 + i, 3, 1);
        auto stored = Repository<Client>(*a.store).insert(c);
        REQUIRE(stored.ok());
        ids << stored->meta.id;
        Contact talk;
        talk.clientId = stored->meta.id;
        talk.date = QDate(2026, 1, 1 + i);
        talk.summary = QStringLiteral("Gesprek %1").arg(i);
        talk.withWhom = QStringLiteral("Klant");
        REQUIRE(Repository<Contact>(*a.store).insert(talk).ok());
    }
    // T has one client of its own.
    Client own;
    own.firstNames = QStringLiteral("Eigen");
    own.lastName = QStringLiteral("Klant");
    own.bsn = validBsn(random);
    REQUIRE(Repository<Client>(*t.store).insert(own).ok());
    const QString first = dir.filePath(QStringLiteral("first.koerssync"));
    REQUIRE(SyncExporter(*a.store).exportTo(first, kPackagePass, {QString(), true}).ok());
    REQUIRE(SyncImporter(*t.store).importFrom(first, kPackagePass).ok());

    QSet<QString> anonymised;
    int refused = 0;
    int accepted = 0;
    for (int round = 0; round < 40; ++round) {
        INFO("round " << round);
        a.clock->advanceMs(60000);
        t.clock->advanceMs(60000);
        // Honest work on A first: an edit, now and then a delete or an anonymisation.
        const QString id = ids[random.bounded(ids.size())];
        auto c = Repository<Client>(*a.store).get(id, true);
        if (!c->meta.deleted && !anonymisation::isAnonymised(c.value())) {
            c->phone = QStringLiteral("06%1").arg(random.bounded(10000000, 99999999));
            REQUIRE(Repository<Client>(*a.store).update(c.value()).ok());
            if (random.bounded(8) == 0)
                REQUIRE(Repository<Client>(*a.store).remove(id).ok());
            else if (random.bounded(8) == 0) {
                REQUIRE(RetentionService(*a.store).anonymise({id}).ok());
                anonymised.insert(id);
            }
        }
        const QString honest = dir.filePath(QStringLiteral("h%1.koerssync").arg(round));
        REQUIRE(SyncExporter(*a.store).exportTo(honest, kPackagePass, {QString(), true}).ok());

        ForgedPackage p = ForgedPackage::open(honest, kPackagePass);
        auto& clients = p.table<Client>();
        const std::size_t row = random.bounded(static_cast<quint32>(clients.size()));
        const qint64 nowMs = t.clock->nowUtc().toMSecsSinceEpoch();
        const QString stampDevice = clients[row][ForgedPackage::column<Client>("updated_by")];
        const int hostility = static_cast<int>(random.bounded(9));
        switch (hostility) {
        case 0: // a stamp from the future
            p.set<Client>(row, "updated_at",
                          Hlc{nowMs + qint64(random.bounded(25, 100000)) * 3600 * 1000, 0, stampDevice}.toString());
            break;
        case 1: // mass tombstones
            for (std::size_t i = 0; i < clients.size(); ++i)
                p.set<Client>(i, "deleted", QStringLiteral("1"));
            break;
        case 2: // an invalid row
            p.set<Client>(row, "bsn", QStringLiteral("111111111"));
            break;
        case 3:
            p.set<Client>(row, "first_names", QString(300, QLatin1Char('x')));
            break;
        case 4: // the same id twice
            clients.push_back(clients[row]);
            break;
        case 5: // T's own BSN on a client of the package
            p.set<Client>(row, "bsn", own.bsn);
            p.set<Client>(row, "note", QString()); // not an anonymised stub, which has no BSN
            break;
        case 6: { // a version claiming to be T's own device
            const QString device = t.store->deviceId();
            const Hlc stamp{nowMs, 999, device};
            p.set<Client>(row, "updated_at", stamp.toString());
            p.set<Client>(row, "updated_by", device);
            break;
        }
        case 7: // an anonymised stub forged to carry a name
            p.set<Client>(row, "note", QString::fromLatin1(anonymisation::marker));
            p.set<Client>(row, "last_name", QStringLiteral("Teruggehaald"));
            break;
        default: // honest
            break;
        }
        const QString forged = dir.filePath(QStringLiteral("f%1.koerssync").arg(round));
        p.write(forged, kPackagePass);

        const QString before = dumpSyncedState(*t.store);
        const Hlc clockBefore = t.store->lastStamp();
        const qint64 liveBefore = liveClients(*t.store);
        auto result = SyncImporter(*t.store).importFrom(forged, kPackagePass);
        if (!result.ok()) {
            ++refused;
            REQUIRE(dumpSyncedState(*t.store) == before);
            REQUIRE(t.store->lastStamp() == clockBefore);
            // The honest package still goes in (it may need a confirmation for deletions it really holds).
            SyncImportOptions agreed;
            agreed.allowedDeletions = ids.size();
            auto honestResult = SyncImporter(*t.store).importFrom(honest, kPackagePass, agreed);
            INFO((honestResult.ok() ? QString() : honestResult.message()).toStdString());
            REQUIRE(honestResult.ok());
        } else {
            ++accepted;
            const qint64 dropped = liveBefore - liveClients(*t.store);
            REQUIRE_FALSE(SyncSettings().needsConfirmation(dropped, liveBefore));
            if (hostility == 7) // the forged stub is anonymised here, and keeps no name
                anonymised.insert(clients[row][0]);
        }
        requireSound(*t.store, anonymised, t.clock->nowUtc().toMSecsSinceEpoch());
    }
    INFO("refused " << refused << ", accepted " << accepted);
    REQUIRE(refused > 5);
    REQUIRE(accepted > 5);
    t.close();
    t.reopen();
    requireSound(*t.store, anonymised, t.clock->nowUtc().toMSecsSinceEpoch());
}
