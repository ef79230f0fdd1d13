// Property test of sync: three devices with skewed clocks make random creates, edits and deletes and swap
// packages in random orders, with repeats. A model of what each device knows (sets of version stamps, a
// simpler structure than the version vectors under test) predicts every merge: which version survives and
// which losing versions must be kept as conflicts. Afterwards all devices hold byte-identical record tables,
// and importing any package again changes neither records, conflicts nor sync knowledge.
//
// Conflicts are per device (they do not travel), so the test checks them where they arise: at every import,
// each version lost to a concurrent one must be in that device's sync_conflict, with its full row.
#include "../CatchQtPrinters.h"

#include "SyncTestSupport.h"
#include "csv/CsvWriter.h"
#include "storage/Repository.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncPackage.h"

#include <QBuffer>
#include <QHash>
#include <QSet>

#include <random>

using namespace koers;
using namespace koers::test;

namespace {

// Own range mapping (std distributions differ between standard libraries).
class Dice {
public:
    explicit Dice(quint64 seed)
        : m_engine(seed) {}
    quint32 below(quint32 n) { return n == 0 ? 0 : quint32(((m_engine() >> 32) * n) >> 32); }
    bool percent(quint32 chance) { return below(100) < chance; }
    template <class C>
    const auto& pick(const C& c) {
        return c[below(quint32(c.size()))];
    }

private:
    std::mt19937_64 m_engine;
};

using Key = QString; // "table/id"
struct Version {
    QString stamp;
    QString line; // the record as sync writes it
};
using Versions = QHash<Key, Version>;
using Knowledge = QHash<Key, QSet<QString>>;

QString csvLine(const QStringList& fields) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w = CsvWriter::rfc4180(buffer);
    (void)w.writeRow(fields);
    return QString::fromUtf8(bytes).chopped(2);
}

template <class T>
void addVersions(Store& store, Versions& out) {
    auto st = store.db().prepare(QStringLiteral("SELECT %1 FROM %2")
                                     .arg(codec::allColumns<T>().join(QLatin1String(", ")), QLatin1String(T::table)));
    REQUIRE(st.ok());
    while (st->step().value()) {
        T r;
        codec::readRecord(*st, r);
        out.insert(QLatin1String(T::table) + QLatin1Char('/') + r.meta.id,
                   {r.meta.updatedAt.toString(), csvLine(sync::rowTexts(r))});
    }
}

Versions versionsOf(Store& store) {
    Versions v;
    addVersions<Client>(store, v);
    addVersions<Milestone>(store, v);
    return v;
}

// Conflicts as "table/id/loser stamp" -> loser row.
QHash<QString, QString> conflictsOf(Store& store) {
    auto st = store.db().prepare(u"SELECT table_name, record_id, loser_stamp, loser_row FROM sync_conflict");
    REQUIRE(st.ok());
    QHash<QString, QString> out;
    while (st->step().value())
        out.insert(st->text(0) + QLatin1Char('/') + st->text(1) + QLatin1Char('/') + st->text(2), st->text(3));
    return out;
}

struct Package {
    QString path;
    Knowledge knowledge; // what the exporting device knew when it made the package
};

struct Device {
    std::unique_ptr<Replica> replica;
    Knowledge known;
    std::vector<Package> inbox;     // made for this device, not yet imported
    std::vector<Package> delivered; // imported at least once
};

struct Stats {
    int imports = 0;
    int repeats = 0;
    int conflicts = 0;
    int updates = 0;
};

class World {
public:
    World(quint64 seed, const QTemporaryDir& dir)
        : m_dice(seed)
        , m_dir(dir) {
        // Clocks: on time, two hours behind, 45 minutes ahead.
        const qint64 skews[] = {0, -2 * 3600 * 1000, 45 * 60 * 1000};
        const char* names[] = {"A", "B", "C"};
        for (int i = 0; i < 3; ++i) {
            Device d;
            d.replica = std::make_unique<Replica>(dir, QString::fromLatin1(names[i]), skews[i]);
            // Durability is not under test here, and an fsync per edit would make the test slow.
            REQUIRE(d.replica->store->db().exec(u"PRAGMA synchronous = OFF").ok());
            m_devices.push_back(std::move(d));
        }
    }

    void step() {
        for (auto& d : m_devices) {
            d.replica->clock->advanceMs(m_dice.below(4000));
            if (m_dice.percent(2)) // a clock corrected backwards: the HLC must still move forward
                d.replica->clock->advanceMs(-qint64(m_dice.below(10 * 60 * 1000)));
        }
        const quint32 x = m_dice.below(3);
        const quint32 roll = m_dice.below(100);
        if (roll < 12)
            createClient(m_devices[x]);
        else if (roll < 24)
            createMilestone(m_devices[x]);
        else if (roll < 50)
            edit(m_devices[x]);
        else if (roll < 56)
            remove(m_devices[x]);
        else if (roll < 76)
            exportFor(x, (x + 1 + m_dice.below(2)) % 3, m_dice.percent(10));
        else if (roll < 95)
            importOne(m_devices[x]);
        else
            repeatOne(m_devices[x]);
    }

    // Delivers everything still on its way, then one last round of packages between every pair.
    void finish() {
        for (auto& d : m_devices)
            while (!d.inbox.empty())
                importOne(d);
        for (quint32 from = 0; from < 3; ++from)
            for (quint32 to = 0; to < 3; ++to)
                if (from != to)
                    exportFor(from, to, false);
        for (auto& d : m_devices)
            while (!d.inbox.empty())
                importOne(d);
    }

    std::vector<Device>& devices() { return m_devices; }
    const Stats& stats() const { return m_stats; }

    // Imports a package again; nothing may change.
    void repeat(Device& d, const Package& p) {
        const QString before = dumpSyncedState(*d.replica->store);
        auto result = SyncImporter(*d.replica->store).importFrom(p.path, kPackagePass);
        REQUIRE(result.ok());
        REQUIRE(result->total.added == 0);
        REQUIRE(result->total.updated == 0);
        REQUIRE(result->total.conflicts == 0);
        REQUIRE(dumpSyncedState(*d.replica->store) == before);
        ++m_stats.repeats;
    }

private:
    template <class T>
    void learn(Device& d, const T& r) {
        d.known[QLatin1String(T::table) + QLatin1Char('/') + r.meta.id].insert(r.meta.updatedAt.toString());
    }

    QString text() {
        static const char* words[] = {"taal", "werk", "school", "gesprek", "huis", "plan", "examen", "buurt"};
        return QString::fromLatin1(words[m_dice.below(8)]) + QString::number(m_dice.below(1000));
    }

    template <class T>
    std::vector<T> live(Device& d) {
        auto all = Repository<T>(*d.replica->store).list();
        REQUIRE(all.ok());
        return std::move(all.value());
    }

    void createClient(Device& d) {
        Client c;
        c.firstNames = text();
        c.lastName = text();
        c.note = m_dice.percent(30) ? QStringLiteral("twee,\n\"regels\"") : QString();
        auto added = Repository<Client>(*d.replica->store).insert(c);
        REQUIRE(added.ok());
        learn(d, added.value());
    }

    void createMilestone(Device& d) {
        const auto clients = live<Client>(d);
        if (clients.empty())
            return;
        Milestone m;
        m.clientId = m_dice.pick(clients).meta.id;
        m.kind = static_cast<MilestoneKind>(m_dice.below(16));
        m.dueDate = QDate(2027, 1, 1).addDays(m_dice.below(700));
        auto added = Repository<Milestone>(*d.replica->store).insert(m);
        REQUIRE(added.ok());
        learn(d, added.value());
    }

    void edit(Device& d) {
        if (m_dice.percent(50)) {
            auto clients = live<Client>(d);
            if (clients.empty())
                return;
            Client c = m_dice.pick(clients);
            (m_dice.percent(50) ? c.phone : c.note) = text();
            REQUIRE(Repository<Client>(*d.replica->store).update(c).ok());
            learn(d, c);
        } else {
            auto milestones = live<Milestone>(d);
            if (milestones.empty())
                return;
            Milestone m = m_dice.pick(milestones);
            m.status = static_cast<MilestoneStatus>(m_dice.below(4));
            m.note = text();
            REQUIRE(Repository<Milestone>(*d.replica->store).update(m).ok());
            learn(d, m);
        }
    }

    template <class T>
    void removeOne(Device& d) {
        auto records = live<T>(d);
        if (records.empty())
            return;
        const QString id = m_dice.pick(records).meta.id;
        REQUIRE(Repository<T>(*d.replica->store).remove(id).ok());
        learn(d, Repository<T>(*d.replica->store).get(id, true).value());
    }

    void remove(Device& d) {
        if (m_dice.percent(30))
            removeOne<Client>(d);
        else
            removeOne<Milestone>(d);
    }

    void exportFor(quint32 from, quint32 to, bool full) {
        Device& d = m_devices[from];
        const QString path = m_dir.filePath(QStringLiteral("p%1.koerssync").arg(m_packages++));
        auto result = SyncExporter(*d.replica->store).exportTo(path, kPackagePass, {m_devices[to].replica->name, full});
        REQUIRE(result.ok());
        m_devices[to].inbox.push_back({path, d.known});
    }

    void importOne(Device& d) {
        if (d.inbox.empty())
            return;
        const qsizetype i = m_dice.below(quint32(d.inbox.size()));
        Package p = d.inbox[i];
        d.inbox.erase(d.inbox.begin() + i);
        merge(d, p);
        d.delivered.push_back(std::move(p));
    }

    void repeatOne(Device& d) {
        if (!d.delivered.empty())
            repeat(d, m_dice.pick(d.delivered));
    }

    // Imports and checks the outcome against the model.
    void merge(Device& d, const Package& p) {
        Store& store = *d.replica->store;
        const Versions before = versionsOf(store);
        const auto conflictsBefore = conflictsOf(store);

        auto package = SyncPackage::open(p.path, kPackagePass);
        REQUIRE(package.ok());
        Versions incoming;
        auto collect = [&incoming](const auto& r, const SyncKnowledge&) {
            using T = std::decay_t<decltype(r)>;
            incoming.insert(QLatin1String(T::table) + QLatin1Char('/') + r.meta.id,
                            {r.meta.updatedAt.toString(), csvLine(sync::rowTexts(r))});
        };
        REQUIRE(package->forEachRecord<Client>(collect).ok());
        REQUIRE(package->forEachRecord<Milestone>(collect).ok());

        auto result = SyncImporter(store).importFrom(p.path, kPackagePass);
        INFO((result.ok() ? QString() : result.message()).toStdString());
        REQUIRE(result.ok());
        ++m_stats.imports;
        m_stats.updates += int(result->total.updated);

        const Versions after = versionsOf(store);
        const auto conflictsAfter = conflictsOf(store);
        int expectedConflicts = 0;
        for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
            const Key& key = it.key();
            const Version& in = it.value();
            INFO(key.toStdString() << " incoming " << in.stamp.toStdString());
            const QSet<QString> theirs = p.knowledge.value(key);
            REQUIRE(theirs.contains(in.stamp));
            if (before.contains(key)) {
                const Version& mine = before[key];
                const Version& winner = mine.stamp < in.stamp ? in : mine;
                REQUIRE(after[key].stamp == winner.stamp);
                REQUIRE(after[key].line == winner.line);
                const bool concurrent =
                    in.stamp != mine.stamp && !d.known[key].contains(in.stamp) && !theirs.contains(mine.stamp);
                if (concurrent) {
                    const Version& loser = mine.stamp < in.stamp ? mine : in;
                    const QString id = key + QLatin1Char('/') + loser.stamp;
                    REQUIRE(conflictsAfter.contains(id));
                    REQUIRE(conflictsAfter[id] == loser.line);
                    ++expectedConflicts;
                }
            } else {
                REQUIRE(after[key].stamp == in.stamp);
                REQUIRE(after[key].line == in.line);
            }
            d.known[key] += theirs;
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!incoming.contains(it.key()))
                REQUIRE(after[it.key()].stamp == it.value().stamp);
        qsizetype expectedSize = before.size();
        for (auto it = incoming.cbegin(); it != incoming.cend(); ++it)
            expectedSize += before.contains(it.key()) ? 0 : 1;
        REQUIRE(after.size() == expectedSize);
        REQUIRE(conflictsAfter.size() == conflictsBefore.size() + expectedConflicts);
        REQUIRE(result->total.conflicts == expectedConflicts);
        m_stats.conflicts += expectedConflicts;
    }

    Dice m_dice;
    const QTemporaryDir& m_dir;
    std::vector<Device> m_devices;
    int m_packages = 0;
    Stats m_stats;
};

} // namespace

TEST_CASE("Sync property: three devices converge, every concurrent loser is kept, repeats change nothing",
          "[sync][property]") {
    const quint64 seed = GENERATE(1, 2, 3, 4);
    INFO("seed " << seed);
    QTemporaryDir dir;
    World world(seed, dir);
    for (int i = 0; i < 180; ++i)
        world.step();
    world.finish();

    auto& devices = world.devices();
    const QString a = dumpRecordTables(*devices[0].replica->store);
    REQUIRE(dumpRecordTables(*devices[1].replica->store) == a);
    REQUIRE(dumpRecordTables(*devices[2].replica->store) == a);

    // Every package again, on the device it was for: nothing changes.
    for (auto& d : devices)
        for (const auto& p : d.delivered)
            world.repeat(d, p);

    // The run exercised what it claims to.
    INFO("imports " << world.stats().imports << " conflicts " << world.stats().conflicts);
    REQUIRE(world.stats().imports > 30);
    REQUIRE(world.stats().conflicts > 0);
    REQUIRE(world.stats().updates > 0);
    REQUIRE(a.count(QLatin1Char('\n')) > 30);
}
