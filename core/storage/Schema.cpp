#include "Schema.h"

#include "Database.h"
#include "SqliteError.h"

#include <QCoreApplication>
#include <QDateTime>

namespace koers {

namespace {

// Columns every synchronised record has (design §3).
#define KOERS_RECORD_COLUMNS                                                                                           \
    "id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "                               \
    "updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "

// Version 1: the data model.
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE municipality ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    name TEXT NOT NULL, cbs_code TEXT);
CREATE TABLE coach ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    name TEXT NOT NULL, email TEXT, team TEXT, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE client ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    first_names TEXT, last_name TEXT, bsn TEXT, v_number TEXT, date_of_birth TEXT, sex TEXT,
    country_of_birth TEXT, nationality TEXT, languages TEXT, phone TEXT, email TEXT, address TEXT,
    municipality_id TEXT REFERENCES municipality(id) DEFERRABLE INITIALLY DEFERRED,
    coach_id TEXT REFERENCES coach(id) DEFERRABLE INITIALLY DEFERRED,
    target_group TEXT NOT NULL, status TEXT NOT NULL, status_date TEXT, route TEXT NOT NULL,
    participation TEXT NOT NULL, residence_permit_date TEXT, koppeling_date TEXT, housing_date TEXT,
    brp_date TEXT, duo_notice_date TEXT, duty_end_date TEXT, household_id TEXT,
    family_reunification_pending INTEGER NOT NULL DEFAULT 0, note TEXT);
CREATE TABLE intake ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    client_id TEXT NOT NULL REFERENCES client(id) DEFERRABLE INITIALLY DEFERRED,
    start_date TEXT, completed_date TEXT, lbt_score INTEGER NOT NULL DEFAULT 0, note TEXT);
CREATE TABLE intake_section ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    intake_id TEXT NOT NULL REFERENCES intake(id) DEFERRABLE INITIALLY DEFERRED,
    client_id TEXT NOT NULL REFERENCES client(id) DEFERRABLE INITIALLY DEFERRED,
    topic TEXT NOT NULL, score INTEGER NOT NULL DEFAULT 0, choice TEXT, note TEXT);
CREATE TABLE plan_version ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    client_id TEXT NOT NULL REFERENCES client(id) DEFERRABLE INITIALLY DEFERRED,
    version INTEGER NOT NULL, decision_date TEXT, route TEXT NOT NULL, target_level TEXT NOT NULL,
    language_provider TEXT, hours_per_week REAL NOT NULL DEFAULT 0, map INTEGER NOT NULL DEFAULT 0,
    pvt INTEGER NOT NULL DEFAULT 0, knm INTEGER NOT NULL DEFAULT 0, ontzorgen_start TEXT, ontzorgen_end TEXT,
    budget_coaching REAL NOT NULL DEFAULT 0, childcare INTEGER NOT NULL DEFAULT 0, note TEXT);
CREATE TABLE plan_goal ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    plan_id TEXT NOT NULL REFERENCES plan_version(id) DEFERRABLE INITIALLY DEFERRED,
    client_id TEXT NOT NULL REFERENCES client(id) DEFERRABLE INITIALLY DEFERRED,
    domain TEXT NOT NULL, goal TEXT, action TEXT, owner TEXT, due_date TEXT, done INTEGER NOT NULL DEFAULT 0);
CREATE TABLE milestone ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    client_id TEXT NOT NULL REFERENCES client(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL, due_date TEXT, due_overridden INTEGER NOT NULL DEFAULT 0, override_reason TEXT,
    done_date TEXT, status TEXT NOT NULL, note TEXT);
CREATE TABLE contact ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    client_id TEXT NOT NULL REFERENCES client(id) DEFERRABLE INITIALLY DEFERRED,
    date TEXT, kind TEXT NOT NULL, with_whom TEXT, summary TEXT, next_step TEXT, next_step_date TEXT);
CREATE TABLE involvement ()SQL" KOERS_RECORD_COLUMNS R"SQL(
    client_id TEXT NOT NULL REFERENCES client(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL, organisation TEXT, name TEXT, phone TEXT, email TEXT, note TEXT);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, device TEXT NOT NULL, actor TEXT NOT NULL,
    action TEXT NOT NULL, table_name TEXT, record_id TEXT, client_id TEXT, detail TEXT);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

// Version 2: indexes for the caseload, the agenda and the dossier; rule settings per file.
constexpr const char* kVersion2 = R"SQL(
CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE INDEX client_coach ON client(coach_id) WHERE deleted = 0;
CREATE INDEX client_municipality ON client(municipality_id) WHERE deleted = 0;
CREATE INDEX client_bsn ON client(bsn);
CREATE INDEX intake_client ON intake(client_id);
CREATE INDEX intake_section_client ON intake_section(client_id);
CREATE INDEX plan_version_client ON plan_version(client_id, version);
CREATE INDEX plan_goal_client ON plan_goal(client_id);
CREATE INDEX milestone_client ON milestone(client_id, due_date);
CREATE INDEX milestone_open_due ON milestone(due_date) WHERE deleted = 0 AND status IN ('planned', 'in_progress');
CREATE INDEX contact_client ON contact(client_id, date);
CREATE INDEX involvement_client ON involvement(client_id);
CREATE INDEX audit_log_client ON audit_log(client_id);
)SQL";

// Version 3: sync between devices (design §6). sync_peer remembers what each named peer last got;
// sync_source what was imported from each device; sync_state what this file knows of each record's history
// (its version vector) and when the record last arrived from a peer, so a delta export forwards it;
// sync_conflict keeps every losing version of a concurrent edit, for review and restore.
constexpr const char* kVersion3 = R"SQL(
CREATE TABLE sync_peer (
    name TEXT PRIMARY KEY NOT NULL, last_stamp TEXT NOT NULL, last_export_at TEXT NOT NULL,
    last_rows INTEGER NOT NULL DEFAULT 0, packages INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sync_source (
    device TEXT PRIMARY KEY NOT NULL, last_package_id TEXT NOT NULL, last_created TEXT NOT NULL,
    last_import_at TEXT NOT NULL, packages INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sync_state (
    table_name TEXT NOT NULL, record_id TEXT NOT NULL, knowledge TEXT NOT NULL, received TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)) WITHOUT ROWID;
CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY NOT NULL, table_name TEXT NOT NULL, record_id TEXT NOT NULL,
    loser_stamp TEXT NOT NULL, winner_stamp TEXT NOT NULL, loser_row TEXT NOT NULL, detected_at TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0);
CREATE INDEX sync_conflict_record ON sync_conflict(table_name, record_id);
)SQL";

// Version 4: no index on a client's coach or municipality. No query looks clients up by either (the
// caseload and the dashboard read all clients and filter in memory, the agenda starts from milestones),
// and coaches and municipalities are never deleted, only tombstoned, so no foreign-key check needs them.
// Yet every client written paid for both: about a sixth of a 100,000-row import (design §9).
constexpr const char* kVersion4 = R"SQL(
DROP INDEX client_coach;
DROP INDEX client_municipality;
)SQL";

// Version 5: names for devices (design §6), so the conflicts view and the audit log say "laptop Fatima"
// instead of an id. This device's row also holds the name of the person who works on it, the audit log's
// actor. Names of other devices arrive in their packages; no personal data of clients is in here.
constexpr const char* kVersion5 = R"SQL(
CREATE TABLE device_name (
    device TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, user_name TEXT NOT NULL DEFAULT '',
    named_at TEXT NOT NULL);
)SQL";

// Version 6: a municipality's letterhead (address lines and logo) for its letters, set in the directory.
constexpr const char* kVersion6 = R"SQL(
ALTER TABLE municipality ADD COLUMN letterhead_address TEXT;
ALTER TABLE municipality ADD COLUMN logo TEXT;
)SQL";

#undef KOERS_RECORD_COLUMNS

constexpr const char* kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6};

} // namespace

int Schema::latestVersion() {
    return static_cast<int>(std::size(kMigrations));
}

Status Schema::migrate(Database& db, int target, bool backupFirst) {
    int current = db.userVersion();
    if (current < 0)
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Storage", "Cannot read the schema version."));
    if (current > latestVersion())
        return makeError(ErrorCode::SchemaTooNew, storageMessage(ErrorCode::SchemaTooNew));
    if (backupFirst && current < target && current > 0) {
        auto saved = db.backup(QStringLiteral("before-v%1").arg(target));
        if (!saved.ok())
            return saved.error();
    }
    // A new file is made at the latest version in one go: only an upgrade of an existing file is logged.
    const bool upgrade = current > 0;
    while (current < target) {
        const int next = current + 1;
        Transaction tx(db);
        KOERS_TRY(tx.started());
        KOERS_TRY(db.exec(QString::fromUtf8(kMigrations[current])));
        KOERS_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)));
        if (upgrade) {
            auto log = db.prepare(
                u"INSERT INTO audit_log (at, device, actor, action, detail) "
                u"VALUES (?1, COALESCE((SELECT value FROM meta WHERE key = 'device_id'), ''), 'koers', 'migrate', ?2)");
            if (!log.ok())
                return log.error();
            log->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            log->bind(2, QStringLiteral("schema %1 -> %2").arg(current).arg(next));
            KOERS_TRY(log->exec());
        }
        KOERS_TRY(tx.commit());
        current = next;
    }
    return {};
}

} // namespace koers
