// The hub over the network with TLS, as the guide sets it up: a server that accepts only TLS connections,
// with a certificate for its name from the municipality's CA. libpq's sslmode is honoured as given in the
// laptop's CONNINFO: verify-full connects and syncs only to the server whose certificate the given CA signed
// for that host name, and a connection that fails says why (libpq's own words) and changes nothing.
#include "core/CatchQtPrinters.h"

#include "HubSyncSupport.h"
#include "hub/HubAdmin.h"
#include "hub/HubSchema.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

using namespace koers;
using namespace koers::test;

namespace {

// A TCP CONNINFO for `login` on the TLS cluster; `host` is the name the certificate is checked against.
QString overTcp(const PgCluster& pg, const TestHub& hub, const QString& login, const QString& host,
                const QString& tls) {
    return QStringLiteral("host=%1 hostaddr=127.0.0.1 port=%2 user=%3 dbname=%4 %5")
        .arg(host, pg.port, login, hub.database(), tls);
}

} // namespace

TEST_CASE("a hub over TLS: sslmode verify-full is honoured", "[hub][tls]") {
    OwnCluster own(true);
    REQUIRE_FALSE(own.pg().tlsDir.isEmpty());
    const QString ca = own.pg().tlsDir + QStringLiteral("/ca.crt");
    const QString otherCa = own.pg().tlsDir + QStringLiteral("/other-ca.crt");
    TestHub hub(own.pg());
    auto owner = hub.connect(hub.owner());
    REQUIRE(HubSchema::setup(*owner).ok());
    const QString lead = hub.role(QStringLiteral("lead"));
    REQUIRE(HubAdmin(*owner).grantLead(lead, {}).ok());

    QTemporaryDir dir;
    Replica laptop(dir, QStringLiteral("L"), 0);
    Municipality m;
    m.name = QStringLiteral("Soest");
    auto soest = Repository<Municipality>(*laptop.store).insert(m);
    REQUIRE(soest.ok());
    Client c;
    c.firstNames = QStringLiteral("Testa");
    c.lastName = QStringLiteral("Versleuteld");
    c.municipalityId = soest->meta.id;
    REQUIRE(Repository<Client>(*laptop.store).insert(c).ok());

    const QString verified = QStringLiteral("sslmode=verify-full sslrootcert=%1").arg(ca);

    SECTION("verify-full with the municipality's CA: the connection is encrypted and the sync completes") {
        auto conn = connectOrFail(overTcp(own.pg(), hub, lead, QStringLiteral("localhost"), verified));
        auto ssl = conn->exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        REQUIRE(ssl.ok());
        CHECK(ssl->boolean(0, 0));
        const HubSyncSummary s =
            syncOrFail(laptop, overTcp(own.pg(), hub, lead, QStringLiteral("localhost"), verified));
        CHECK(s.push.added == 2);
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT last_name FROM koers.client")) ==
              QStringLiteral("Versleuteld"));
    }

    const QString before = localRecords(*laptop.store);
    auto refused = [&](const QString& conninfo, const QString& why) {
        auto s = syncWith(laptop, conninfo);
        REQUIRE_FALSE(s.ok());
        INFO(s.message().toStdString());
        CHECK(s.message().contains(why));
        CHECK(localRecords(*laptop.store) == before);
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT count(*) FROM koers.client")) == QStringLiteral("0"));
    };
    SECTION("a certificate from another CA is refused") {
        refused(overTcp(own.pg(), hub, lead, QStringLiteral("localhost"),
                        QStringLiteral("sslmode=verify-full sslrootcert=%1").arg(otherCa)),
                QStringLiteral("certificate verify failed"));
    }
    SECTION("a certificate for another name is refused under verify-full, not under verify-ca") {
        refused(overTcp(own.pg(), hub, lead, QStringLiteral("127.0.0.1"), verified),
                QStringLiteral("does not match host name"));
        syncOrFail(laptop, overTcp(own.pg(), hub, lead, QStringLiteral("127.0.0.1"),
                                   QStringLiteral("sslmode=verify-ca sslrootcert=%1").arg(ca)));
    }
    SECTION("a hub that demands TLS refuses a laptop that turned it off") {
        refused(overTcp(own.pg(), hub, lead, QStringLiteral("localhost"), QStringLiteral("sslmode=disable")),
                QStringLiteral("no encryption"));
    }
}
