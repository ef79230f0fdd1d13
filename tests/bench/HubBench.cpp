// The hub under load (design §9b, issue 17): a hub holding KOERS_BENCH_HUB_CLIENTS clients (default 100,000,
// about 28 records each, pushed by the team lead's file), KOERS_BENCH_LAPTOPS coach laptops (default 20) with
// a caseload of KOERS_BENCH_CASELOAD clients each (default 300). Measures the lead's first push, one first sync
// of a caseload alone, 20 first syncs at once, and KOERS_BENCH_ROUNDS rounds (default 5) of all laptops making 5
// edits and syncing at the same moment; prints medians and the worst. Starts a PostgreSQL cluster of its own
// (tests/hub/pg-cluster.sh, fsync on) and stops it. Goals: a first sync of a caseload within 2 s, an incremental
// sync within 0.5 s.
#include "BenchSupport.h"
#include "demo/DemoLoader.h"
#include "domain/Client.h"
#include "domain/Coach.h"
#include "hub/HubAdmin.h"
#include "hub/HubColumns.h"
#include "hub/HubSchema.h"
#include "hub/HubSync.h"
#include "hub/PgConnection.h"
#include "storage/Repository.h"
#include "sync/SyncTables.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace koers;

namespace {

int envInt(const char* name, int fallback) {
    const QByteArray v = qgetenv(name);
    return v.isEmpty() ? fallback : v.toInt();
}

const QByteArray kPass = QByteArrayLiteral("bench file passphrase");

struct Laptop {
    QString login;
    QString path;
    std::unique_ptr<Store> store;
    QStringList clients;
    double lastMs = 0;
    QString error;
};

QString conninfoOf(const QString& state) {
    QFile f(state);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n')).last();
}

void syncTimed(Laptop& l, const QString& conninfo) {
    l.lastMs = bench::timeMs([&] {
        auto c = PgConnection::connect(conninfo);
        if (!c.ok()) {
            l.error = c.message();
            return;
        }
        auto s = HubSync(*l.store, *c.value()).run();
        if (!s.ok())
            l.error = s.message();
    });
}

// All laptops sync at the same moment, one thread each; returns the times in ms.
std::vector<double> syncAll(std::vector<Laptop>& laptops, const QString& base) {
    std::vector<QThread*> threads;
    for (Laptop& l : laptops)
        threads.push_back(QThread::create([&l, base] { syncTimed(l, base + QStringLiteral(" user=") + l.login); }));
    for (QThread* t : threads)
        t->start();
    std::vector<double> out;
    for (size_t i = 0; i < threads.size(); ++i) {
        threads[i]->wait();
        delete threads[i];
        REQUIRE(laptops[i].error.isEmpty());
        out.push_back(laptops[i].lastMs);
    }
    return out;
}

void report(const char* what, const std::vector<double>& ms) {
    std::printf("%-58s median %8.0f ms   worst %8.0f ms   (%zu syncs)\n", what, bench::median(ms),
                *std::max_element(ms.begin(), ms.end()), ms.size());
    std::fflush(stdout);
}

} // namespace

TEST_CASE("Hub: 20 laptops against a hub of 100,000 clients", "[hub][!benchmark]") {
    const int hubClients = envInt("KOERS_BENCH_HUB_CLIENTS", 100000);
    const int laptopCount = envInt("KOERS_BENCH_LAPTOPS", 20);
    const int caseload = envInt("KOERS_BENCH_CASELOAD", 300);
    const int rounds = envInt("KOERS_BENCH_ROUNDS", 5);
    REQUIRE(laptopCount * caseload <= hubClients);
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("cluster.state"));
    REQUIRE(QProcess::execute(QStringLiteral("bash"),
                              {QStringLiteral(KOERS_PG_CLUSTER_SCRIPT), QStringLiteral("start"), state,
                               QStringLiteral("fsync = on"), QStringLiteral("shared_buffers = 512MB")}) == 0);
    struct Stop {
        QString state;
        ~Stop() {
            QProcess::execute(QStringLiteral("bash"),
                              {QStringLiteral(KOERS_PG_CLUSTER_SCRIPT), QStringLiteral("stop"), state});
        }
    } stop{state};
    const QString admin = conninfoOf(state);
    auto su = PgConnection::connect(admin);
    REQUIRE(su.ok());
    REQUIRE(su.value()->run(QStringLiteral("CREATE DATABASE koers_bench")).ok());
    const QString base = admin + QStringLiteral(" dbname=koers_bench");
    auto owner = PgConnection::connect(base);
    REQUIRE(owner.ok());
    REQUIRE(HubSchema::setup(*owner.value()).ok());

    SystemClock clock;
    // The team lead's file: demo clients, then laptopCount bench coaches with caseload clients each.
    const QString leadPath = dir.filePath(QStringLiteral("lead.koers"));
    auto lead = Store::create(leadPath, kPass, clock, QStringLiteral("lead"));
    REQUIRE(lead.ok());
    const double demoMs = bench::timeMs([&] { REQUIRE(DemoLoader::load(*lead.value(), hubClients, 17).ok()); });
    std::vector<Laptop> laptops(static_cast<size_t>(laptopCount));
    {
        auto ids = lead.value()->db().prepare(u"SELECT id FROM client ORDER BY rowid");
        REQUIRE(ids.ok());
        QStringList all;
        while (ids->step().value())
            all << ids->text(0);
        for (int k = 0; k < laptopCount; ++k) {
            Coach c;
            c.name = QStringLiteral("Bench coach %1").arg(k);
            const QString coachId = Repository<Coach>(*lead.value()).insert(c).value().meta.id;
            Laptop& l = laptops[static_cast<size_t>(k)];
            l.login = QStringLiteral("bench_coach_%1").arg(k);
            l.path = dir.filePath(l.login + QStringLiteral(".koers"));
            l.clients = all.mid(k * caseload, caseload);
            auto st = lead.value()->db().prepare(u"UPDATE client SET coach_id = ?1 WHERE id = ?2");
            REQUIRE(st.ok());
            REQUIRE(lead.value()->db().begin().ok());
            for (const QString& id : l.clients) {
                st->reset();
                st->bind(1, coachId);
                st->bind(2, id);
                REQUIRE(st->exec().ok());
            }
            REQUIRE(lead.value()->db().commit().ok());
            REQUIRE(su.value()->run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(l.login)).ok());
        }
    }
    const qint64 records = lead.value()
                               ->db()
                               .queryInt(u"SELECT (SELECT count(*) FROM client) + (SELECT count(*) FROM "
                                         u"milestone) + (SELECT count(*) FROM contact) + (SELECT count(*) "
                                         u"FROM intake) + (SELECT count(*) FROM intake_section) + (SELECT "
                                         u"count(*) FROM plan_version) + (SELECT count(*) FROM plan_goal) + "
                                         u"(SELECT count(*) FROM involvement)")
                               .value();
    std::printf("hub bench: %d clients (%lld records), %d laptops x %d clients, demo file made in %.0f s\n", hubClients,
                static_cast<long long>(records), laptopCount, caseload, demoMs / 1000);
    REQUIRE(su.value()->run(QStringLiteral("CREATE ROLE bench_lead LOGIN")).ok());
    HubAdmin hubAdmin(*owner.value());
    REQUIRE(hubAdmin.grantLead(QStringLiteral("bench_lead"), {}).ok());
    Laptop leadLaptop{QStringLiteral("bench_lead"), leadPath, std::move(lead.value()), {}, 0, {}};
    syncTimed(leadLaptop, base + QStringLiteral(" user=bench_lead"));
    REQUIRE(leadLaptop.error.isEmpty());
    std::printf("%-58s %8.1f s\n", "team lead's first push (everything, one transaction)", leadLaptop.lastMs / 1000);
    // PostgreSQL's own COPY of the same rows into tables with the same columns and indexes, as the owner (no
    // row-level security, no triggers or foreign keys), in one transaction: the floor of any load.
    {
        std::vector<std::pair<QString, QByteArray>> dumps;
        sync::forEachTable([&]<class T>(std::type_identity<T>) {
            QByteArray rows;
            REQUIRE(owner.value()
                        ->copyOut(QStringLiteral("COPY koers.%1 TO STDOUT").arg(QLatin1String(T::table)),
                                  [&rows](QByteArrayView row) -> Status {
                                      rows.append(row.data(), row.size());
                                      return {};
                                  })
                        .ok());
            dumps.emplace_back(QString::fromLatin1(T::table), std::move(rows));
        });
        REQUIRE(owner.value()->run(QStringLiteral("CREATE SCHEMA koers_ref")).ok());
        for (const auto& [table, rows] : dumps)
            REQUIRE(owner.value()
                        ->run(QStringLiteral("CREATE TABLE koers_ref.%1 (LIKE koers.%1 INCLUDING INDEXES)").arg(table))
                        .ok());
        const double copyMs = bench::timeMs([&] {
            REQUIRE(owner.value()->run(QStringLiteral("BEGIN")).ok());
            sync::forEachTable([&]<class T>(std::type_identity<T>) {
                for (const auto& [table, rows] : dumps)
                    if (table == QLatin1String(T::table))
                        REQUIRE(owner.value()
                                    ->copyIn(QStringLiteral("COPY koers_ref.%1 FROM STDIN").arg(table), rows)
                                    .ok());
            });
            REQUIRE(owner.value()->run(QStringLiteral("COMMIT")).ok());
        });
        std::printf("%-58s %8.1f s   (push / COPY: %.1fx)\n", "reference: PostgreSQL COPY of the same rows, as owner",
                    copyMs / 1000, leadLaptop.lastMs / copyMs);
        REQUIRE(owner.value()->run(QStringLiteral("DROP SCHEMA koers_ref CASCADE")).ok());
    }
    REQUIRE(owner.value()->run(QStringLiteral("VACUUM ANALYZE")).ok());
    for (Laptop& l : laptops) {
        REQUIRE(hubAdmin.grantCoach(l.login, QStringLiteral("Bench coach %1").arg(l.login.mid(12))).ok());
        auto s = Store::create(l.path, kPass, clock, l.login);
        REQUIRE(s.ok());
        l.store = std::move(s.value());
    }

    // One first sync alone, then the others all at once.
    syncTimed(laptops[0], base + QStringLiteral(" user=") + laptops[0].login);
    REQUIRE(laptops[0].error.isEmpty());
    REQUIRE(laptops[0].store->db().queryInt(u"SELECT count(*) FROM client").value() == caseload);
    report("first sync of one caseload, alone", {laptops[0].lastMs});
    // PostgreSQL's own COPY out of the same caseload's rows, as that login (through row-level security).
    {
        auto coach = PgConnection::connect(base + QStringLiteral(" user=") + laptops[0].login);
        REQUIRE(coach.ok());
        qint64 rows = 0;
        const double readMs = bench::timeMs([&] {
            sync::forEachTable([&]<class T>(std::type_identity<T>) {
                const char* column = hub::clientColumn<T>();
                const QString where = column ? QStringLiteral(" WHERE %1 IN (SELECT client_id FROM koers.login_scope "
                                                              "WHERE login = current_user)")
                                                   .arg(QLatin1String(column))
                                             : QString();
                REQUIRE(coach.value()
                            ->copyOut(QStringLiteral("COPY (SELECT %1 FROM koers.%2%3) TO STDOUT")
                                          .arg(hub::selectList<T>(), QLatin1String(T::table), where),
                                      [&rows](QByteArrayView) -> Status {
                                          ++rows;
                                          return {};
                                      })
                            .ok());
            });
        });
        std::printf("%-58s %8.0f ms   (%lld rows; first sync / COPY: %.1fx)\n",
                    "reference: PostgreSQL COPY out of that caseload", readMs, static_cast<long long>(rows),
                    laptops[0].lastMs / readMs);
        std::fflush(stdout);
    }
    std::vector<Laptop> others;
    for (size_t i = 1; i < laptops.size(); ++i)
        others.push_back(std::move(laptops[i]));
    report("first syncs, the other laptops at once", syncAll(others, base));
    for (size_t i = 1; i < laptops.size(); ++i)
        laptops[i] = std::move(others[i - 1]);

    std::vector<double> idle;
    for (int r = 0; r < rounds; ++r) {
        syncTimed(laptops[0], base + QStringLiteral(" user=") + laptops[0].login);
        idle.push_back(laptops[0].lastMs);
    }
    report("incremental sync with nothing new, alone", idle);
    std::vector<double> busy;
    for (int r = 0; r < rounds; ++r) {
        for (Laptop& l : laptops)
            for (int e = 0; e < 5; ++e) {
                auto c = Repository<Client>(*l.store).get(l.clients[(r * 5 + e) % l.clients.size()]);
                REQUIRE(c.ok());
                c->note = QStringLiteral("round %1 edit %2").arg(r).arg(e);
                REQUIRE(Repository<Client>(*l.store).update(c.value()).ok());
            }
        const auto ms = syncAll(laptops, base);
        busy.insert(busy.end(), ms.begin(), ms.end());
    }
    report("incremental syncs, 5 edits each, all laptops at once", busy);
}
