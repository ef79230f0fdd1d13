// The hub's schema and its boundary: migrations, the references the file declares, and row-level security
// seen through psql as each login (not through Koers, whose own filter is only a convenience).
#include "core/CatchQtPrinters.h"

#include "HubTestSupport.h"
#include "core/sync/SyncTestSupport.h"
#include "hub/HubAdmin.h"
#include "hub/HubSchema.h"
#include "sync/SyncTables.h"

using namespace koers;
using namespace koers::test;

namespace {

// Two coaches, two municipalities, three clients with a milestone each, written by the owner.
void seed(PgConnection& owner) {
    REQUIRE(owner
                .run(QStringLiteral(R"SQL(
INSERT INTO koers.municipality (id, created_at, updated_at, updated_by, name) VALUES
    ('m-baarn', now(), 's', 'd', 'Baarn'), ('m-soest', now(), 's', 'd', 'Soest');
INSERT INTO koers.coach (id, created_at, updated_at, updated_by, name) VALUES
    ('c-anna', now(), 's', 'd', 'Anna'), ('c-bram', now(), 's', 'd', 'Bram');
INSERT INTO koers.client (id, created_at, updated_at, updated_by, last_name, coach_id, municipality_id, sex, target_group,
                          status, route, participation) VALUES
    ('k1', now(), 's', 'd', 'Een', 'c-anna', 'm-baarn', 'unknown', 'asylum', 'active', 'b1', 'none'),
    ('k2', now(), 's', 'd', 'Twee', 'c-anna', 'm-soest', 'unknown', 'asylum', 'active', 'b1', 'none'),
    ('k3', now(), 's', 'd', 'Drie', 'c-bram', 'm-soest', 'unknown', 'asylum', 'active', 'b1', 'none');
INSERT INTO koers.milestone (id, created_at, updated_at, updated_by, client_id, kind, status) VALUES
    ('x1', now(), 's', 'd', 'k1', 'intake_done', 'planned'), ('x2', now(), 's', 'd', 'k2', 'intake_done', 'planned'),
    ('x3', now(), 's', 'd', 'k3', 'intake_done', 'planned');
)SQL"))
                .ok());
}

} // namespace

TEST_CASE("hub setup creates the schema once and upgrades in place", "[hub][schema]") {
    TestHub hub;
    auto owner = hub.connect(hub.owner());
    auto before = HubSchema::setup(*owner);
    REQUIRE(before.ok());
    CHECK(before.value() == 0);
    CHECK(HubSchema::version(*owner).value() == HubSchema::latestVersion());
    auto again = HubSchema::setup(*owner);
    REQUIRE(again.ok());
    CHECK(again.value() == HubSchema::latestVersion());

    // The record tables carry exactly the file's columns, then known_versions and hub_xid.
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        const QString columns =
            hub.psql(hub.owner(), QStringLiteral("SELECT string_agg(column_name, ',' ORDER BY "
                                                 "ordinal_position) FROM information_schema.columns "
                                                 "WHERE table_schema = 'koers' AND table_name = '%1'")
                                      .arg(QLatin1String(T::table)));
        CHECK(columns ==
              (codec::allColumns<T>() + QStringList{QStringLiteral("known_versions"), QStringLiteral("hub_xid")})
                  .join(QLatin1Char(',')));
    });
    // Every table of the schema has row-level security switched on.
    CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                               "c.relnamespace WHERE n.nspname = 'koers' AND c.relkind = 'r' AND NOT "
                                               "c.relrowsecurity")) == QStringLiteral("0"));

    // A hub made by the Koers before the letterhead (version 2) gets its columns from hub setup; until then a
    // laptop refuses to sync with it, naming the versions.
    hub.psql(hub.owner(),
             QStringLiteral("ALTER TABLE koers.municipality DROP COLUMN letterhead_address, DROP COLUMN logo; "
                            "DELETE FROM koers.schema_migration WHERE version = 3"));
    CHECK(HubSchema::version(*owner).value() == 2);
    auto upgraded = HubSchema::setup(*owner);
    REQUIRE(upgraded.ok());
    CHECK(upgraded.value() == 2);
    CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                               "'koers' AND table_name = 'municipality' AND column_name IN "
                                               "('letterhead_address', 'logo')")) == QStringLiteral("2"));

    const QString stranger = hub.role(QStringLiteral("stranger"));
    auto other = hub.connect(stranger);
    auto refused = HubSchema::setup(*other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("owner")));
}

TEST_CASE("hub references are the file's foreign keys", "[hub][schema]") {
    QTemporaryDir dir;
    Replica file(dir, QStringLiteral("A"), 0);
    QStringList fromFile;
    for (const QString& table : sync::tableNames()) {
        auto st = file.store->db().prepare(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
        REQUIRE(st.ok());
        while (st->step().value())
            fromFile << QStringLiteral("%1.%2>%3").arg(table, st->text(3), st->text(2));
    }
    QStringList fromHub;
    for (const HubReference& r : HubSchema::references())
        fromHub << QStringLiteral("%1.%2>%3").arg(r.table, r.column, r.parent);
    fromFile.sort();
    fromHub.sort();
    CHECK(fromHub == fromFile);
}

TEST_CASE("row-level security: psql as each login sees exactly its scope", "[hub][rls]") {
    TestHub hub;
    auto owner = hub.connect(hub.owner());
    REQUIRE(HubSchema::setup(*owner).ok());
    seed(*owner);
    const QString anna = hub.role(QStringLiteral("anna"));
    const QString bram = hub.role(QStringLiteral("bram"));
    const QString lead = hub.role(QStringLiteral("lead"));
    const QString soest = hub.role(QStringLiteral("soest"));
    const QString nobody = hub.role(QStringLiteral("nobody"));
    HubAdmin admin(*owner);
    REQUIRE(admin.grantCoach(anna, QStringLiteral("Anna")).ok());
    REQUIRE(admin.grantCoach(bram, QStringLiteral("Bram")).ok());
    REQUIRE(admin.grantLead(lead, {}).ok());
    REQUIRE(admin.grantLead(soest, {QStringLiteral("Soest")}).ok());
    CHECK(admin.grantCoach(nobody, QStringLiteral("Nobody")).code() == ErrorCode::NotFound);
    CHECK(admin.grantCoach(QStringLiteral("no_such_role"), QStringLiteral("Anna")).code() == ErrorCode::NotFound);

    const QString clients = QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM koers.client");
    const QString milestones = QStringLiteral("SELECT string_agg(client_id, ',' ORDER BY id) FROM koers.milestone");
    CHECK(hub.psql(anna, clients) == QStringLiteral("k1,k2"));
    CHECK(hub.psql(anna, milestones) == QStringLiteral("k1,k2"));
    CHECK(hub.psql(bram, clients) == QStringLiteral("k3"));
    CHECK(hub.psql(bram, milestones) == QStringLiteral("k3"));
    CHECK(hub.psql(lead, clients) == QStringLiteral("k1,k2,k3"));
    CHECK(hub.psql(soest, clients) == QStringLiteral("k2,k3"));
    CHECK(hub.psql(soest, milestones) == QStringLiteral("k2,k3"));
    CHECK(hub.psql(nobody, clients).startsWith(QStringLiteral("ERROR:")));
    // Reference data is shared; nobody reads another login's grants.
    CHECK(hub.psql(bram, QStringLiteral("SELECT count(*) FROM koers.coach")) == QStringLiteral("2"));
    CHECK(hub.psql(bram, QStringLiteral("SELECT count(*) FROM koers.login_grant")) == QStringLiteral("1"));

    // Writing outside the scope is refused by PostgreSQL itself.
    CHECK(hub.psql(bram, QStringLiteral("UPDATE koers.client SET note = 'x' WHERE id = 'k1'")) == QString());
    CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT note IS NULL FROM koers.client WHERE id = 'k1'")) ==
          QStringLiteral("t"));
    CHECK(hub.psql(bram,
                   QStringLiteral("INSERT INTO koers.client (id, created_at, updated_at, updated_by, coach_id, sex, "
                                  "target_group, status, route, participation) VALUES ('k9', now(), 's', 'd', "
                                  "'c-anna', 'unknown', 'asylum', 'active', 'b1', 'none')"))
              .contains(QStringLiteral("row-level security")));
    CHECK(hub.psql(bram, QStringLiteral("INSERT INTO koers.milestone (id, created_at, updated_at, updated_by, "
                                        "client_id, kind, status) VALUES ('x9', now(), 's', 'd', 'k1', 'intake_done', "
                                        "'planned')"))
              .contains(QStringLiteral("row-level security")));
    CHECK(hub.psql(bram, QStringLiteral("DELETE FROM koers.client")).startsWith(QStringLiteral("ERROR:")));

    SECTION("a client moved to another coach leaves the first coach's scope through the leaving list") {
        REQUIRE(owner->run(QStringLiteral("UPDATE koers.client SET coach_id = 'c-bram' WHERE id = 'k2'")).ok());
        CHECK(hub.psql(bram, clients) == QStringLiteral("k2,k3"));
        CHECK(hub.psql(bram, milestones) == QStringLiteral("k2,k3"));
        // Still readable by Anna until her laptop has pushed its changes and acknowledged the move.
        CHECK(hub.psql(anna, QStringLiteral("SELECT string_agg(client_id, ',') FROM koers.login_scope WHERE "
                                            "leaving")) == QStringLiteral("k2"));
        CHECK(hub.psql(anna, clients) == QStringLiteral("k1,k2"));
        CHECK(hub.psql(anna, QStringLiteral("DELETE FROM koers.login_scope WHERE client_id = 'k1'")) == QString());
        CHECK(hub.psql(anna, QStringLiteral("DELETE FROM koers.login_scope WHERE leaving")) == QString());
        CHECK(hub.psql(anna, clients) == QStringLiteral("k1"));
        CHECK(hub.psql(anna, milestones) == QStringLiteral("k1"));
        // Moving the milestones' client stamped them anew, so Bram's next pull takes them.
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT hub_xid > (SELECT hub_xid FROM koers.milestone WHERE id = "
                                                   "'x1') FROM koers.milestone WHERE id = 'x2'")) ==
              QStringLiteral("t"));
    }
    SECTION("revoking takes every right away") {
        REQUIRE(admin.revoke(anna).ok());
        CHECK(hub.psql(anna, clients).startsWith(QStringLiteral("ERROR:")));
        CHECK(hub.psql(anna, QStringLiteral("SELECT count(*) FROM koers.login_scope"))
                  .startsWith(QStringLiteral("ERROR:")));
        REQUIRE(admin.grantCoach(anna, QStringLiteral("Bram")).ok());
        CHECK(hub.psql(anna, clients) == QStringLiteral("k1,k2,k3")); // k1, k2 still listed as leaving
        CHECK(hub.psql(anna, QStringLiteral("SELECT string_agg(client_id, ',' ORDER BY client_id) FROM "
                                            "koers.login_scope WHERE leaving")) == QStringLiteral("k1,k2"));
    }
    SECTION("the audit log and change log are append-only, for the owner too") {
        REQUIRE(owner
                    ->run(QStringLiteral("INSERT INTO koers.audit_log (device, seq, at, actor, action) VALUES ('d', "
                                         "1, now(), 'a', 'create')"))
                    .ok());
        CHECK(hub.psql(hub.owner(), QStringLiteral("UPDATE koers.audit_log SET action = 'x'"))
                  .contains(QStringLiteral("append-only")));
        CHECK(hub.psql(hub.owner(), QStringLiteral("DELETE FROM koers.audit_log"))
                  .contains(QStringLiteral("append-only")));
        CHECK(
            hub.psql(hub.owner(), QStringLiteral("TRUNCATE koers.audit_log")).contains(QStringLiteral("append-only")));
        // A login reads only its own entries (the owner's are not), and never a value but device and number.
        CHECK(hub.psql(anna, QStringLiteral("SELECT count(*) FROM koers.audit_log")) == QStringLiteral("0"));
        CHECK(
            hub.psql(anna, QStringLiteral("SELECT detail FROM koers.audit_log")).startsWith(QStringLiteral("ERROR:")));
        CHECK(
            hub.psql(anna, QStringLiteral("INSERT INTO koers.audit_log (device, seq, at, actor, action, login) VALUES "
                                          "('d', 2, now(), 'a', 'create', '%1')")
                               .arg(bram))
                .contains(QStringLiteral("row-level security")));
    }

    auto status = admin.status();
    REQUIRE(status.ok());
    CHECK(status->logins.size() == 4); // the failed grant for "nobody" left nothing behind
    CHECK(status->records.value(QStringLiteral("client")) == 3);
}
