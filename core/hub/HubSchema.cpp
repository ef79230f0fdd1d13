#include "HubSchema.h"

#include "HubColumns.h"
#include "PgConnection.h"
#include "rules/Anonymisation.h"
#include "sync/SyncTables.h"

#include <QCoreApplication>

namespace koers {

namespace {

// The hub's own tables and functions (design §9b):
// - login, login_grant: who may sync what (hub grant); login.epoch changes with every grant or revoke, and
//   a laptop whose epoch is out of date pulls everything again.
// - login_scope: per login, the clients it may see, kept by triggers when clients or grants change. A client
//   that leaves a login's scope stays listed with leaving = true, and visible, until that login's laptop has
//   pushed its pending changes, dropped its copy and deleted the entry (the list of records that left).
// - device: the last push and pull of each laptop; change_log and audit_log: append-only, for every login
//   and the owner alike; conflict: every losing version of a concurrent edit, as on the laptops.
// Row-level security on every table decides what a login reads and writes; the owner (the DBA's role) sees
// everything. Functions that keep login_scope run as the owner (SECURITY DEFINER) with a fixed search_path.
constexpr const char* kVersion1Head = R"SQL(
CREATE SCHEMA koers;
COMMENT ON SCHEMA koers IS 'Koers regional hub (koers-cli hub setup)';
CREATE TABLE koers.schema_migration (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE koers.hub_info (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), hub_id text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now());
INSERT INTO koers.hub_info (hub_id) VALUES (gen_random_uuid()::text);
CREATE TABLE koers.login (
    login name PRIMARY KEY, epoch bigint NOT NULL DEFAULT 1, changed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE koers.login_grant (
    id bigserial PRIMARY KEY, login name NOT NULL REFERENCES koers.login ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('coach', 'lead')), coach_id text,
    municipality_ids text[] NOT NULL DEFAULT '{}', granted_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'coach') = (coach_id IS NOT NULL)));
CREATE INDEX login_grant_login ON koers.login_grant (login);
CREATE TABLE koers.login_scope (
    login name NOT NULL, client_id text NOT NULL, leaving boolean NOT NULL DEFAULT false, left_at timestamptz,
    PRIMARY KEY (login, client_id));
CREATE INDEX login_scope_client ON koers.login_scope (client_id);
CREATE TABLE koers.device (
    device_id text NOT NULL, login name NOT NULL DEFAULT current_user, first_seen timestamptz NOT NULL DEFAULT now(),
    last_push_at timestamptz, last_pull_at timestamptz, last_pushed bigint NOT NULL DEFAULT 0,
    last_pulled bigint NOT NULL DEFAULT 0, PRIMARY KEY (device_id, login));
CREATE TABLE koers.change_log (
    seq bigserial PRIMARY KEY, xid bigint NOT NULL DEFAULT pg_current_xact_id()::text::bigint,
    at timestamptz NOT NULL DEFAULT now(), login name NOT NULL DEFAULT current_user, device text NOT NULL,
    table_name text NOT NULL, record_id text NOT NULL, client_id text, stamp text NOT NULL, outcome text NOT NULL);
CREATE TABLE koers.conflict (
    id text PRIMARY KEY, table_name text NOT NULL, record_id text NOT NULL, client_id text,
    loser_stamp text NOT NULL, winner_stamp text NOT NULL, loser_row text NOT NULL,
    detected_at timestamptz NOT NULL DEFAULT now(), detected_by name NOT NULL DEFAULT current_user,
    resolved boolean NOT NULL DEFAULT false, hub_xid bigint NOT NULL DEFAULT 0);
CREATE INDEX conflict_hub_xid ON koers.conflict (hub_xid);
CREATE TABLE koers.audit_log (
    hub_seq bigserial PRIMARY KEY, device text NOT NULL, seq bigint NOT NULL, at timestamptz NOT NULL,
    actor text NOT NULL, action text NOT NULL, table_name text, record_id text, client_id text, detail text,
    login name NOT NULL DEFAULT current_user, received_at timestamptz NOT NULL DEFAULT now(), UNIQUE (device, seq));

CREATE FUNCTION koers.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'koers.% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON koers.audit_log
    FOR EACH ROW EXECUTE FUNCTION koers.refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON koers.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION koers.refuse_change();
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON koers.change_log
    FOR EACH ROW EXECUTE FUNCTION koers.refuse_change();
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON koers.change_log
    FOR EACH STATEMENT EXECUTE FUNCTION koers.refuse_change();

-- The pull cursor: every write stamps the row with its transaction (design §9b, the sequence-cursor gap).
CREATE FUNCTION koers.stamp_hub_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.hub_xid := pg_current_xact_id()::text::bigint;
    RETURN NEW;
END $$;
CREATE TRIGGER conflict_hub_xid BEFORE INSERT OR UPDATE ON koers.conflict
    FOR EACH ROW EXECUTE FUNCTION koers.stamp_hub_xid();

CREATE FUNCTION koers.grant_covers(kind text, grant_coach text, grant_municipalities text[], coach_id text,
                                   municipality_id text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(CASE WHEN kind = 'coach' THEN grant_coach = coach_id
                         ELSE cardinality(grant_municipalities) = 0 OR municipality_id = ANY (grant_municipalities)
                    END, false)
$$;
-- Whether the current login may add a client with this coach and municipality.
CREATE FUNCTION koers.covers(coach_id text, municipality_id text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM koers.login_grant g WHERE g.login = current_user
                   AND koers.grant_covers(g.kind, g.coach_id, g.municipality_ids, $1, $2))
$$;
CREATE FUNCTION koers.has_grant() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM koers.login_grant g WHERE g.login = current_user)
$$;

-- Recomputes one login's scope after a grant or revoke (the owner runs it).
CREATE FUNCTION koers.refresh_scope(p_login name) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO koers.login_scope (login, client_id, leaving)
        SELECT DISTINCT g.login, c.id, false FROM koers.client c
        JOIN koers.login_grant g ON g.login = p_login
             AND koers.grant_covers(g.kind, g.coach_id, g.municipality_ids, c.coach_id, c.municipality_id)
        ON CONFLICT (login, client_id) DO UPDATE SET leaving = false, left_at = NULL
        WHERE koers.login_scope.leaving;
    UPDATE koers.login_scope s SET leaving = true, left_at = now() FROM koers.client c
        WHERE s.login = p_login AND c.id = s.client_id AND NOT s.leaving
          AND NOT EXISTS (SELECT 1 FROM koers.login_grant g WHERE g.login = p_login
                          AND koers.grant_covers(g.kind, g.coach_id, g.municipality_ids, c.coach_id, c.municipality_id));
    UPDATE koers.login SET epoch = epoch + 1, changed_at = now() WHERE login = p_login;
END $$;
REVOKE EXECUTE ON FUNCTION koers.refresh_scope(name) FROM PUBLIC;
)SQL";

// After the record tables: the triggers that keep login_scope as clients arrive or move.
constexpr const char* kVersion1ScopeTriggers = R"SQL(
CREATE FUNCTION koers.client_scope_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO koers.login_scope (login, client_id, leaving)
        SELECT DISTINCT g.login, n.id, false FROM new_rows n
        JOIN koers.login_grant g ON koers.grant_covers(g.kind, g.coach_id, g.municipality_ids, n.coach_id,
                                                       n.municipality_id)
        ON CONFLICT (login, client_id) DO UPDATE SET leaving = false, left_at = NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER client_scope_insert AFTER INSERT ON koers.client REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION koers.client_scope_insert();

-- A client that moves to another coach or municipality: logins that gain it get it listed, logins that lose
-- it get it marked as leaving, and its records are stamped anew so that every login that now sees them
-- pulls them (entering a scope is a change as well).
CREATE FUNCTION koers.client_scope_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    moved text[];
BEGIN
    SELECT array_agg(n.id) INTO moved FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE o.coach_id IS DISTINCT FROM n.coach_id OR o.municipality_id IS DISTINCT FROM n.municipality_id;
    IF moved IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO koers.login_scope (login, client_id, leaving)
        SELECT DISTINCT g.login, c.id, false FROM koers.client c
        JOIN koers.login_grant g ON koers.grant_covers(g.kind, g.coach_id, g.municipality_ids, c.coach_id,
                                                       c.municipality_id)
        WHERE c.id = ANY (moved)
        ON CONFLICT (login, client_id) DO UPDATE SET leaving = false, left_at = NULL;
    UPDATE koers.login_scope s SET leaving = true, left_at = now() FROM koers.client c
        WHERE c.id = s.client_id AND s.client_id = ANY (moved) AND NOT s.leaving
          AND NOT EXISTS (SELECT 1 FROM koers.login_grant g WHERE g.login = s.login
                          AND koers.grant_covers(g.kind, g.coach_id, g.municipality_ids, c.coach_id, c.municipality_id));
%TOUCH%    RETURN NULL;
END $$;
CREATE TRIGGER client_scope_update AFTER UPDATE ON koers.client
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION koers.client_scope_update();

-- Which of these ids exist on the hub, seen or not: a push must not insert a record that exists outside
-- the login's scope (INSERT ... ON CONFLICT would need to read it). Tells existence only, of ids the laptop has.
CREATE FUNCTION koers.existing_ids(p_table text, p_ids text[]) RETURNS SETOF text LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT p_table = ANY (ARRAY[%TABLES%]) THEN
        RAISE EXCEPTION 'not a record table';
    END IF;
    RETURN QUERY EXECUTE format('SELECT id FROM koers.%I WHERE id = ANY ($1)', p_table) USING p_ids;
END $$;
REVOKE EXECUTE ON FUNCTION koers.existing_ids(text, text[]) FROM PUBLIC;

ALTER TABLE koers.schema_migration ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON koers.schema_migration FOR SELECT USING (true);
ALTER TABLE koers.hub_info ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON koers.hub_info FOR SELECT USING (true);
ALTER TABLE koers.login ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON koers.login FOR SELECT USING (login = current_user);
ALTER TABLE koers.login_grant ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON koers.login_grant FOR SELECT USING (login = current_user);
ALTER TABLE koers.login_scope ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON koers.login_scope FOR SELECT USING (login = current_user);
CREATE POLICY acknowledge_leaving ON koers.login_scope FOR DELETE USING (login = current_user AND leaving);
ALTER TABLE koers.device ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON koers.device FOR ALL USING (login = current_user) WITH CHECK (login = current_user);
ALTER TABLE koers.change_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY append_own ON koers.change_log FOR INSERT WITH CHECK (login = current_user);
ALTER TABLE koers.audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY append_own ON koers.audit_log FOR INSERT WITH CHECK (login = current_user);
-- INSERT ... ON CONFLICT (a retried push) checks the new row against a SELECT policy too.
CREATE POLICY read_own ON koers.audit_log FOR SELECT USING (login = current_user);
ALTER TABLE koers.conflict ENABLE ROW LEVEL SECURITY;
CREATE POLICY scope_read ON koers.conflict FOR SELECT USING (%CONFLICT_SCOPE%);
CREATE POLICY scope_insert ON koers.conflict FOR INSERT WITH CHECK (%CONFLICT_SCOPE%);
CREATE POLICY scope_update ON koers.conflict FOR UPDATE USING (%CONFLICT_SCOPE%) WITH CHECK (%CONFLICT_SCOPE%);
)SQL";

// Whether the current login may see the client named in `table`.`column`: one lookup in login_scope's
// primary key per row (a correlated EXISTS, which the planner may also turn into a join), never a scan of the
// login's whole scope per statement (a lead's scope holds every client).
QString scopeOf(const QString& table, const QString& column) {
    return QStringLiteral("EXISTS (SELECT 1 FROM koers.login_scope s WHERE s.login = current_user AND s.client_id = "
                          "%1.%2)")
        .arg(table, column);
}

template <class T>
QString recordTableSql() {
    const QString t = QString::fromLatin1(T::table);
    QString sql = QStringLiteral("CREATE TABLE koers.%1 (\n    %2);\n")
                      .arg(t, hub::columnDefinitions<T>().join(QLatin1String(",\n    ")));
    sql += QStringLiteral("CREATE INDEX %1_hub_xid ON koers.%1 (hub_xid);\n"
                          "CREATE TRIGGER %1_hub_xid BEFORE INSERT OR UPDATE ON koers.%1 FOR EACH ROW EXECUTE "
                          "FUNCTION koers.stamp_hub_xid();\n"
                          "ALTER TABLE koers.%1 ENABLE ROW LEVEL SECURITY;\n")
               .arg(t);
    const QString granted = QStringLiteral("(SELECT koers.has_grant())");
    QString read, insert, update;
    if constexpr (hub::hasClientColumn<T>()) {
        sql += QStringLiteral("CREATE INDEX %1_client ON koers.%1 (client_id);\n").arg(t);
        read = insert = update = scopeOf(t, QStringLiteral("client_id"));
    } else if (t == QLatin1String("client")) {
        sql += QStringLiteral("CREATE INDEX client_coach ON koers.client (coach_id);\n"
                              "CREATE INDEX client_municipality ON koers.client (municipality_id);\n");
        read = scopeOf(t, QStringLiteral("id"));
        insert = QStringLiteral("koers.covers(coach_id, municipality_id)");
        update = granted; // a coach may hand a client over; the trigger then lists it as leaving
    } else {
        read = insert = update = granted; // municipalities and coaches: every login with a grant
    }
    sql += QStringLiteral("CREATE POLICY scope_read ON koers.%1 FOR SELECT USING (%2);\n"
                          "CREATE POLICY scope_insert ON koers.%1 FOR INSERT WITH CHECK (%3);\n"
                          "CREATE POLICY scope_update ON koers.%1 FOR UPDATE USING (%2) WITH CHECK (%4);\n")
               .arg(t, read, insert, update);
    return sql;
}

QString version1() {
    QString sql = QString::fromUtf8(kVersion1Head);
    QString touch;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        sql += recordTableSql<T>();
        if constexpr (hub::hasClientColumn<T>())
            touch += QStringLiteral("    UPDATE koers.%1 SET hub_xid = 0 WHERE client_id = ANY (moved);\n")
                         .arg(QLatin1String(T::table));
    });
    for (const HubReference& r : HubSchema::references())
        sql += QStringLiteral("ALTER TABLE koers.%1 ADD FOREIGN KEY (%2) REFERENCES koers.%3 (id) DEFERRABLE "
                              "INITIALLY DEFERRED;\n")
                   .arg(r.table, r.column, r.parent);
    QString scope = QString::fromUtf8(kVersion1ScopeTriggers);
    scope.replace(QLatin1String("%TOUCH%"), touch);
    scope.replace(QLatin1String("%TABLES%"),
                  QLatin1Char('\'') + sync::tableNames().join(QLatin1String("', '")) + QLatin1Char('\''));
    scope.replace(QLatin1String("%CONFLICT_SCOPE%"),
                  QStringLiteral("(client_id IS NULL AND (SELECT koers.has_grant())) OR ") +
                      scopeOf(QStringLiteral("conflict"), QStringLiteral("client_id")));
    return sql + scope;
}

// Version 2: a conflict keeps a whole losing row, personal data included, so none may stay once its client is
// anonymised. A login may delete the conflicts of an anonymised client it sees (the push that brings the
// anonymisation does so in its transaction) and no other; those of clients anonymised before go now.
QString version2() {
    return QStringLiteral(
               "CREATE POLICY anonymised_purge ON koers.conflict FOR DELETE USING (%1 AND EXISTS (SELECT 1 FROM "
               "koers.client c WHERE c.id = conflict.client_id AND c.note = '%2'));\n"
               "DELETE FROM koers.conflict f USING koers.client c WHERE c.id = f.client_id AND c.note = '%2';\n"
               "DO $$ DECLARE r record; BEGIN\n"
               "    FOR r IN SELECT l.login FROM koers.login l JOIN pg_roles p ON p.rolname = l.login LOOP\n"
               "        EXECUTE format('GRANT DELETE ON koers.conflict TO %I', r.login);\n"
               "    END LOOP;\n"
               "END $$;\n")
        .arg(scopeOf(QStringLiteral("conflict"), QStringLiteral("client_id")), QLatin1String(anonymisation::marker));
}

// Version 3: a municipality's letterhead (address lines and logo) travels like its other fields. A hub made at
// version 1 by this Koers has the columns already.
QString version3() {
    QString sql;
    for (const auto& [name, type] : hub::fieldTypes<Municipality>())
        if (name == QLatin1String("letterhead_address") || name == QLatin1String("logo"))
            sql += QStringLiteral("ALTER TABLE koers.municipality ADD COLUMN IF NOT EXISTS %1 %2;\n").arg(name, type);
    return sql;
}

using Migration = QString (*)();
constexpr Migration kMigrations[] = {version1, version2, version3};

QString setupText(const char* text) {
    return QCoreApplication::translate("Hub", text);
}

// Columns for fields that a newer Koers added after the hub was made.
template <class T>
Status addMissingColumns(PgConnection& db) {
    auto existing = db.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                           "'koers' AND table_name = $1"),
                            {QByteArray(T::table)});
    if (!existing.ok())
        return existing.error();
    QStringList have;
    for (int r = 0; r < existing->rows(); ++r)
        have << existing->text(r, 0);
    for (const auto& [name, type] : hub::fieldTypes<T>())
        if (!have.contains(name))
            KOERS_TRY(db.run(
                QStringLiteral("ALTER TABLE koers.%1 ADD COLUMN %2 %3").arg(QLatin1String(T::table), name, type)));
    return {};
}

} // namespace

int HubSchema::latestVersion() {
    return static_cast<int>(std::size(kMigrations));
}

const QList<HubReference>& HubSchema::references() {
    static const QList<HubReference> refs{
        {QStringLiteral("client"), QStringLiteral("municipality_id"), QStringLiteral("municipality")},
        {QStringLiteral("client"), QStringLiteral("coach_id"), QStringLiteral("coach")},
        {QStringLiteral("intake"), QStringLiteral("client_id"), QStringLiteral("client")},
        {QStringLiteral("intake_section"), QStringLiteral("intake_id"), QStringLiteral("intake")},
        {QStringLiteral("intake_section"), QStringLiteral("client_id"), QStringLiteral("client")},
        {QStringLiteral("plan_version"), QStringLiteral("client_id"), QStringLiteral("client")},
        {QStringLiteral("plan_goal"), QStringLiteral("plan_id"), QStringLiteral("plan_version")},
        {QStringLiteral("plan_goal"), QStringLiteral("client_id"), QStringLiteral("client")},
        {QStringLiteral("milestone"), QStringLiteral("client_id"), QStringLiteral("client")},
        {QStringLiteral("contact"), QStringLiteral("client_id"), QStringLiteral("client")},
        {QStringLiteral("involvement"), QStringLiteral("client_id"), QStringLiteral("client")},
    };
    return refs;
}

Result<int> HubSchema::version(PgConnection& db) {
    auto exists = db.exec(QStringLiteral("SELECT to_regclass('koers.schema_migration') IS NOT NULL"));
    if (!exists.ok())
        return exists.error();
    if (!exists->boolean(0, 0))
        return 0;
    auto v = db.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM koers.schema_migration"));
    if (!v.ok())
        return v.error();
    return static_cast<int>(v->int64(0, 0));
}

Result<int> HubSchema::setup(PgConnection& db) {
    auto owner = db.exec(QStringLiteral("SELECT pg_get_userbyid(datdba) = current_user OR (SELECT rolsuper FROM "
                                        "pg_roles WHERE rolname = current_user) FROM pg_database WHERE datname = "
                                        "current_database()"));
    if (!owner.ok())
        return owner.error();
    if (!owner->boolean(0, 0))
        return makeError(ErrorCode::Invalid, setupText("Run hub setup as the owner of the database."));
    int before = -1;
    for (;;) {
        KOERS_TRY(db.run(QStringLiteral("BEGIN")));
        // Two setups at once: the second waits and then finds the work done.
        auto locked = db.run(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('koers hub setup'))"));
        auto current = locked.ok() ? version(db) : Result<int>(locked.error());
        if (!current.ok()) {
            (void)db.run(QStringLiteral("ROLLBACK"));
            return current.error();
        }
        if (before < 0)
            before = current.value();
        if (current.value() > latestVersion()) {
            (void)db.run(QStringLiteral("ROLLBACK"));
            return makeError(ErrorCode::SchemaTooNew,
                             setupText("The hub was set up by a newer Koers. Update Koers on this computer."));
        }
        Status step;
        if (current.value() < latestVersion()) {
            step = db.run(kMigrations[current.value()]());
            if (step.ok())
                step = db.run(QStringLiteral("INSERT INTO koers.schema_migration (version) VALUES (%1)")
                                  .arg(current.value() + 1));
        } else {
            sync::forEachTable([&]<class T>(std::type_identity<T>) {
                if (step.ok())
                    step = addMissingColumns<T>(db);
            });
        }
        if (!step.ok()) {
            (void)db.run(QStringLiteral("ROLLBACK"));
            return step.error();
        }
        KOERS_TRY(db.run(QStringLiteral("COMMIT")));
        if (current.value() == latestVersion())
            return before;
    }
}

} // namespace koers
