// Helpers for the hub tests: a database of its own on the test cluster (see CMakeLists.txt), logins with
// unique names, psql as any of them, and laptops (stores) to sync.
#pragma once

#include "core/storage/TestSupport.h"
#include "hub/PgConnection.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace koers::test {

// The cluster's conninfo (the state file's last line) and its settings.
struct PgCluster {
    QString stateFile;
    QString conninfo;
    QString bindir;
    QString port;
    QString tlsDir; // a cluster started with --tls: its CA (ca.crt) and one that signed nothing (other-ca.crt)

    static PgCluster fromState(const QString& stateFile) {
        QFile f(stateFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
        PgCluster c;
        c.stateFile = stateFile;
        c.conninfo = lines.last();
        for (const QString& line : lines)
            if (line.startsWith(QLatin1String("KOERS_PG_BINDIR=")))
                c.bindir = line.mid(16);
            else if (line.startsWith(QLatin1String("KOERS_PG_PORT=")))
                c.port = line.mid(14);
            else if (line.startsWith(QLatin1String("KOERS_PG_TLS_DIR=")))
                c.tlsDir = line.mid(17);
        return c;
    }
    static const PgCluster& shared() {
        static const PgCluster c = fromState(QStringLiteral(KOERS_HUB_CLUSTER_STATE));
        return c;
    }
    // The same server, another login and database; libpq lets later keywords win.
    QString as(const QString& role, const QString& db) const {
        return conninfo + QStringLiteral(" user=%1 dbname=%2").arg(role, db);
    }
};

// A cluster for one test alone (the kill tests crash it; the TLS test needs one listening on TCP),
// stopped and removed at the end.
class OwnCluster {
public:
    explicit OwnCluster(bool tls = false)
        : m_state(m_dir.filePath(QStringLiteral("cluster.state"))) {
        QStringList args{QStringLiteral("start")};
        if (tls)
            args << QStringLiteral("--tls");
        REQUIRE(run(args) == 0);
        m_cluster = PgCluster::fromState(m_state);
    }
    ~OwnCluster() { run({QStringLiteral("stop")}); }
    Q_DISABLE_COPY_MOVE(OwnCluster)
    const PgCluster& pg() const { return m_cluster; }
    void crash() const { REQUIRE(run({QStringLiteral("kill")}) == 0); }
    void restart() const { REQUIRE(run({QStringLiteral("restart")}) == 0); }

private:
    int run(QStringList args) const {
        args.insert(1, m_state);
        return QProcess::execute(QStringLiteral("bash"), QStringList{QStringLiteral(KOERS_PG_CLUSTER_SCRIPT)} + args);
    }
    QTemporaryDir m_dir;
    QString m_state;
    PgCluster m_cluster;
};

inline QString uniqueName(const char* prefix) {
    return QStringLiteral("%1_%2").arg(QLatin1String(prefix)).arg(QRandomGenerator::system()->generate64(), 0, 36);
}

inline std::unique_ptr<PgConnection> connectOrFail(const QString& conninfo) {
    auto c = PgConnection::connect(conninfo);
    const std::string why = c.ok() ? std::string() : c.message().toStdString();
    INFO(why);
    REQUIRE(c.ok());
    return std::move(c.value());
}

// A database of its own, dropped with its roles at the end. The admin connects as the cluster's superuser;
// the hub's owner is a role of its own, as at a municipality.
class TestHub {
public:
    explicit TestHub(const PgCluster& cluster = PgCluster::shared())
        : m_cluster(cluster)
        , m_db(uniqueName("koers_t"))
        , m_prefix(m_db.mid(8)) {
        auto admin = connectOrFail(m_cluster.conninfo);
        m_owner = role(QStringLiteral("owner"));
        REQUIRE(admin->run(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_db, m_owner)).ok());
    }
    ~TestHub() {
        auto admin = PgConnection::connect(m_cluster.conninfo);
        if (!admin.ok())
            return;
        (void)admin.value()->run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db));
        for (const QString& r : m_roles)
            (void)admin.value()->run(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
    }
    Q_DISABLE_COPY_MOVE(TestHub)

    // A login role named after the test (unique in the cluster).
    QString role(const QString& name, bool withPassword = false) {
        const QString r = QStringLiteral("%1_%2").arg(name, m_prefix);
        auto admin = connectOrFail(m_cluster.conninfo);
        REQUIRE(admin
                    ->run(QStringLiteral("CREATE ROLE %1 LOGIN%2")
                              .arg(r, withPassword ? QStringLiteral(" PASSWORD 'secret-%1' IN ROLE "
                                                                    "koers_password_users")
                                                         .arg(name)
                                                   : QString()))
                    .ok());
        m_roles << r;
        return r;
    }
    QString conninfo(const QString& role) const { return m_cluster.as(role, m_db); }
    QString ownerConninfo() const { return conninfo(m_owner); }
    const QString& owner() const { return m_owner; }
    const QString& database() const { return m_db; }
    std::unique_ptr<PgConnection> connect(const QString& role) const { return connectOrFail(conninfo(role)); }

    // psql -At as `role`: the output, or "ERROR: ..." on failure.
    QString psql(const QString& role, const QString& sql) const {
        QProcess p;
        p.setProgram(m_cluster.bindir + QStringLiteral("/psql"));
        p.setArguments({QStringLiteral("-X"), QStringLiteral("-qAt"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(role), QStringLiteral("-c"),
                        sql});
        p.start();
        REQUIRE(p.waitForFinished(60000));
        if (p.exitCode() != 0)
            return QStringLiteral("ERROR: ") + QString::fromUtf8(p.readAllStandardError()).trimmed();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private:
    const PgCluster& m_cluster;
    QString m_db;
    QString m_prefix;
    QString m_owner;
    QStringList m_roles;
};

} // namespace koers::test
