// Property test of the hub mixed with packages: laptops with skewed clocks edit offline at random and
// synchronise in random order, through the hub and by packages, with repeats. Afterwards every laptop and
// the hub hold the same records, and nothing is lost: every version made is the final one, or was seen by
// the author of the final one, or is kept as a conflict (on the hub or a laptop), or was seen by the author
// of such a kept loser. KOERS_HUB_PROPERTY_SEED=N replays a run.
#include "core/CatchQtPrinters.h"

#include "HubSyncSupport.h"
#include "hub/HubAdmin.h"
#include "hub/HubSchema.h"
#include "storage/Repository.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncKnowledge.h"

#include <QHash>

#include <limits>
#include <random>

using namespace koers;
using namespace koers::test;

namespace {

class Dice {
public:
    explicit Dice(quint64 seed)
        : m_engine(seed) {}
    quint32 below(quint32 n) { return n == 0 ? 0 : quint32(((m_engine() >> 32) * n) >> 32); }

private:
    std::mt19937_64 m_engine;
};

struct Made {
    QString key; // table/id
    Hlc stamp;
    SyncKnowledge seen; // what the author's laptop knew of the record when it made this version
};

SyncKnowledge knowledgeOf(Store& store, const QString& table, const QString& id) {
    auto st = store.db().prepare(
        QStringLiteral("SELECT t.updated_at, k.knowledge FROM %1 t LEFT JOIN sync_state k ON k.table_name = '%1' AND "
                       "k.record_id = t.id WHERE t.id = ?1")
            .arg(table));
    REQUIRE(st.ok());
    st->bind(1, id);
    SyncKnowledge k;
    if (st->step().value()) {
        k = SyncKnowledge::parse(st->isNull(1) ? QString() : st->text(1)).value_or(SyncKnowledge());
        k.add(Hlc::parse(st->text(0)).value());
    }
    return k;
}

Hlc stampOf(Store& store, const QString& table, const QString& id) {
    auto st = store.db().prepare(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?1").arg(table));
    REQUIRE(st.ok());
    st->bind(1, id);
    REQUIRE(st->step().value());
    return Hlc::parse(st->text(0)).value();
}

} // namespace

TEST_CASE("laptops mixing the hub and packages converge and lose nothing", "[hub][property]") {
    const quint64 seed = qEnvironmentVariableIsSet("KOERS_HUB_PROPERTY_SEED")
                             ? qEnvironmentVariable("KOERS_HUB_PROPERTY_SEED").toULongLong()
                             : QRandomGenerator::system()->generate64() % 100000;
    INFO("KOERS_HUB_PROPERTY_SEED=" << seed);
    Dice dice(seed);
    TestHub hub;
    auto owner = hub.connect(hub.owner());
    REQUIRE(HubSchema::setup(*owner).ok());
    const QStringList logins{hub.role(QStringLiteral("lead1")), hub.role(QStringLiteral("lead2"))};
    for (const QString& l : logins)
        REQUIRE(HubAdmin(*owner).grantLead(l, {}).ok());

    QTemporaryDir dir;
    // Random edits delete many clients; the person importing agrees to that (the deletion guard is not
    // under test here).
    SyncImportOptions agreed;
    agreed.allowedDeletions = std::numeric_limits<qint64>::max();
    std::vector<std::unique_ptr<Replica>> laptops;
    const qint64 skews[] = {0, 2 * 3600 * 1000LL, -3 * 3600 * 1000LL, 45 * 60 * 1000LL};
    for (int i = 0; i < 4; ++i)
        laptops.push_back(std::make_unique<Replica>(dir, QStringLiteral("P%1").arg(i), skews[i]));
    const int hubLaptops = 3; // the last one only ever sees packages
    auto loginOf = [&](int i) {
        return hub.conninfo(logins[i % 2]);
    };

    std::vector<Made> made;
    auto record = [&](Replica& r, const QString& table, const QString& id, const SyncKnowledge& before) {
        made.push_back({table + QLatin1Char('/') + id, stampOf(*r.store, table, id), before});
    };
    // A shared coach and municipality to hang clients on.
    Store& first = *laptops[0]->store;
    Coach coach;
    coach.name = QStringLiteral("Coach");
    const QString coachId = Repository<Coach>(first).insert(coach).value().meta.id;
    record(*laptops[0], QStringLiteral("coach"), coachId, {});
    const QString package = dir.filePath(QStringLiteral("p.koerssync"));
    REQUIRE(SyncExporter(first).exportTo(package, kPackagePass, {}).ok());
    for (int i = 1; i < 4; ++i)
        REQUIRE(SyncImporter(*laptops[i]->store).importFrom(package, kPackagePass, agreed).ok());

    int packages = 0, syncs = 0, edits = 0;
    for (int step = 0; step < 70; ++step) {
        const int who = static_cast<int>(dice.below(4));
        Replica& r = *laptops[who];
        Store& s = *r.store;
        r.clock->advanceMs(dice.below(60000));
        const quint32 action = dice.below(10);
        const QStringList clients = ids(s, QStringLiteral("client"));
        if (action < 2 || clients.isEmpty()) {
            Client c;
            c.lastName = QStringLiteral("K%1").arg(step);
            c.coachId = coachId;
            const QString id = Repository<Client>(s).insert(c).value().meta.id;
            record(r, QStringLiteral("client"), id, {});
            ++edits;
        } else if (action < 5) {
            const QString id = clients[dice.below(quint32(clients.size()))];
            const SyncKnowledge before = knowledgeOf(s, QStringLiteral("client"), id);
            auto c = Repository<Client>(s).get(id, true);
            REQUIRE(c.ok());
            if (dice.below(6) == 0)
                c->meta.deleted = true;
            else
                c->note = QStringLiteral("step %1 on %2").arg(step).arg(who);
            REQUIRE(Repository<Client>(s).update(c.value()).ok());
            record(r, QStringLiteral("client"), id, before);
            ++edits;
        } else if (action < 6) {
            Milestone m;
            m.clientId = clients[dice.below(quint32(clients.size()))];
            m.dueOverridden = true;
            m.dueDate = QDate(2027, 1, 1).addDays(step);
            const QString id = Repository<Milestone>(s).insert(m).value().meta.id;
            record(r, QStringLiteral("milestone"), id, {});
            ++edits;
        } else if (action < 8 && who < hubLaptops) {
            syncOrFail(r, loginOf(who));
            ++syncs;
        } else {
            const int to = static_cast<int>(dice.below(4));
            if (to == who)
                continue;
            const QString path = dir.filePath(QStringLiteral("s%1.koerssync").arg(step));
            REQUIRE(SyncExporter(s).exportTo(path, kPackagePass, {}).ok());
            auto imported = SyncImporter(*laptops[to]->store).importFrom(path, kPackagePass, agreed);
            const std::string why = imported.ok() ? std::string() : imported.message().toStdString();
            INFO(why);
            REQUIRE(imported.ok());
            ++packages;
        }
    }
    // Everyone meets everyone: hub rounds, and the package-only laptop through the first.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < hubLaptops; ++i)
            syncOrFail(*laptops[i], loginOf(i));
        for (auto [from, to] : {std::pair{3, 0}, std::pair{0, 3}}) {
            const QString path = dir.filePath(QStringLiteral("final%1%2.koerssync").arg(round).arg(from));
            REQUIRE(SyncExporter(*laptops[from]->store).exportTo(path, kPackagePass, {}).ok());
            REQUIRE(SyncImporter(*laptops[to]->store).importFrom(path, kPackagePass, agreed).ok());
        }
    }
    for (int i = 0; i < hubLaptops; ++i)
        syncOrFail(*laptops[i], loginOf(i));
    INFO("edits " << edits << ", hub syncs " << syncs << ", packages " << packages);

    const QString expected = hubRecords(*owner);
    for (auto& l : laptops)
        CHECK(localRecords(*l->store) == expected);

    // Nothing lost.
    QHash<QString, Hlc> final;
    QHash<QString, const Made*> byStamp;
    for (const Made& m : made)
        byStamp.insert(m.stamp.toString(), &m);
    QSet<QString> kept;
    auto losers = owner->exec(QStringLiteral("SELECT loser_stamp FROM koers.conflict"));
    REQUIRE(losers.ok());
    for (int i = 0; i < losers->rows(); ++i)
        kept.insert(losers->text(i, 0));
    for (auto& l : laptops) {
        auto st = l->store->db().prepare(u"SELECT loser_stamp FROM sync_conflict");
        REQUIRE(st.ok());
        while (st->step().value())
            kept.insert(st->text(0));
    }
    for (const Made& m : made) {
        const QStringList parts = m.key.split(QLatin1Char('/'));
        final.insert(m.key, stampOf(*laptops[0]->store, parts[0], parts[1]));
    }
    int lostSilently = 0;
    for (const Made& m : made) {
        const Hlc& f = final.value(m.key);
        if (f == m.stamp)
            continue;
        bool fine = byStamp.contains(f.toString()) && byStamp.value(f.toString())->seen.knows(m.stamp);
        for (const QString& k : kept) {
            if (fine)
                break;
            fine = k == m.stamp.toString() || (byStamp.contains(k) && byStamp.value(k)->seen.knows(m.stamp));
        }
        if (!fine) {
            ++lostSilently;
            UNSCOPED_INFO("lost: " << m.key.toStdString() << " " << m.stamp.toString().toStdString());
        }
    }
    CHECK(lostSilently == 0);
    CHECK(edits > 20);
    CHECK(syncs > 3);
}
