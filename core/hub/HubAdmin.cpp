#include "HubAdmin.h"

#include "HubSchema.h"
#include "PgConnection.h"
#include "sync/SyncTables.h"

#include <QCoreApplication>

namespace koers {

namespace {

QString recordTableList() {
    QStringList tables;
    for (const QString& t : sync::tableNames())
        tables << QStringLiteral("koers.") + t;
    return tables.join(QLatin1String(", "));
}

// Runs `work` in one transaction on the hub.
template <class F>
Status inTransaction(PgConnection& db, F&& work) {
    KOERS_TRY(db.run(QStringLiteral("BEGIN")));
    Status done = work();
    if (!done.ok()) {
        (void)db.run(QStringLiteral("ROLLBACK"));
        return done;
    }
    return db.run(QStringLiteral("COMMIT"));
}

} // namespace

Status HubAdmin::checkLogin(const QString& login) {
    auto hub = HubSchema::version(m_db);
    if (!hub.ok())
        return hub.error();
    if (hub.value() == 0)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "Hub", "This database is not a Koers hub yet: run hub setup first."));
    auto role = m_db.exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = $1"), {login.toUtf8()});
    if (!role.ok())
        return role.error();
    if (role->rows() == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Hub", "There is no PostgreSQL role %1. Create it first (CREATE "
                                                            "ROLE ... LOGIN).")
                             .arg(login));
    return {};
}

Status HubAdmin::grantPrivileges(const QString& login) {
    const QString who = m_db.identifier(login);
    return m_db.run(
        QStringLiteral("GRANT USAGE ON SCHEMA koers TO %1;"
                       "GRANT SELECT ON koers.schema_migration, koers.hub_info, koers.login, "
                       "koers.login_grant TO %1;"
                       "GRANT SELECT, DELETE ON koers.login_scope TO %1;"
                       "GRANT SELECT, INSERT, UPDATE ON koers.device TO %1;"
                       "GRANT INSERT ON koers.change_log, koers.audit_log TO %1;"
                       // ON CONFLICT (device, seq) needs these; no policy lets a login read a row
                       "GRANT SELECT (device, seq) ON koers.audit_log TO %1;"
                       "GRANT USAGE ON SEQUENCE koers.change_log_seq_seq, koers.audit_log_hub_seq_seq TO %1;"
                       // DELETE only of an anonymised client's conflicts (policy anonymised_purge)
                       "GRANT SELECT, INSERT, DELETE ON koers.conflict TO %1;"
                       "GRANT UPDATE (resolved) ON koers.conflict TO %1;"
                       "GRANT SELECT, INSERT, UPDATE ON %2 TO %1;"
                       "GRANT EXECUTE ON FUNCTION koers.existing_ids(text, text[]) TO %1;")
            .arg(who, recordTableList()));
}

Status HubAdmin::addGrant(const QString& login, const QString& kind, const QString& coachId,
                          const QStringList& municipalityIds) {
    KOERS_TRY(m_db.run(QStringLiteral("INSERT INTO koers.login (login) VALUES ($1) ON CONFLICT DO NOTHING"),
                       {login.toUtf8()}));
    QStringList sorted = municipalityIds;
    sorted.sort();
    KOERS_TRY(m_db.run(QStringLiteral("INSERT INTO koers.login_grant (login, kind, coach_id, municipality_ids) "
                                      "SELECT $1, $2, $3, $4::text[] WHERE NOT EXISTS (SELECT 1 FROM koers.login_grant "
                                      "WHERE login = $1 AND kind = $2 AND coach_id IS NOT DISTINCT FROM $3 AND "
                                      "municipality_ids = $4::text[])"),
                       {login.toUtf8(), kind.toUtf8(), coachId.isEmpty() ? QByteArray() : coachId.toUtf8(),
                        PgConnection::textArray(sorted)}));
    KOERS_TRY(grantPrivileges(login));
    return m_db.run(QStringLiteral("SELECT koers.refresh_scope($1)"), {login.toUtf8()});
}

Status HubAdmin::grantCoach(const QString& login, const QString& coachName) {
    KOERS_TRY(checkLogin(login));
    return inTransaction(m_db, [&]() -> Status {
        auto coach = m_db.exec(QStringLiteral("SELECT id FROM koers.coach WHERE name = $1 AND NOT deleted"),
                               {coachName.toUtf8()});
        if (!coach.ok())
            return coach.error();
        if (coach->rows() == 0)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("Hub", "The hub has no coach named %1. Synchronise the team "
                                                                "lead's file with the hub first.")
                                 .arg(coachName));
        if (coach->rows() > 1)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("Hub", "The hub has %1 coaches named %2; give them distinct "
                                                                "names first.")
                                 .arg(coach->rows())
                                 .arg(coachName));
        return addGrant(login, QStringLiteral("coach"), coach->text(0, 0), {});
    });
}

Status HubAdmin::grantLead(const QString& login, const QStringList& municipalityNames) {
    KOERS_TRY(checkLogin(login));
    return inTransaction(m_db, [&]() -> Status {
        QStringList ids;
        for (const QString& name : municipalityNames) {
            auto m = m_db.exec(QStringLiteral("SELECT id FROM koers.municipality WHERE name = $1 AND NOT deleted"),
                               {name.toUtf8()});
            if (!m.ok())
                return m.error();
            if (m->rows() == 0)
                return makeError(ErrorCode::NotFound,
                                 QCoreApplication::translate("Hub", "The hub has no municipality named %1.").arg(name));
            for (int r = 0; r < m->rows(); ++r)
                ids << m->text(r, 0);
        }
        return addGrant(login, QStringLiteral("lead"), QString(), ids);
    });
}

Status HubAdmin::revoke(const QString& login) {
    KOERS_TRY(checkLogin(login));
    const QString who = m_db.identifier(login);
    return inTransaction(m_db, [&]() -> Status {
        KOERS_TRY(m_db.run(QStringLiteral("DELETE FROM koers.login_grant WHERE login = $1"), {login.toUtf8()}));
        KOERS_TRY(m_db.run(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA koers FROM %1;"
                                          "REVOKE ALL ON ALL SEQUENCES IN SCHEMA koers FROM %1;"
                                          "REVOKE USAGE ON SCHEMA koers FROM %1;")
                               .arg(who)));
        return m_db.run(QStringLiteral("SELECT koers.refresh_scope($1)"), {login.toUtf8()});
    });
}

Result<HubStatus> HubAdmin::status() {
    HubStatus s;
    auto version = HubSchema::version(m_db);
    if (!version.ok())
        return version.error();
    s.schemaVersion = version.value();
    if (s.schemaVersion == 0)
        return s;
    auto info = m_db.exec(QStringLiteral("SELECT hub_id FROM koers.hub_info"));
    if (!info.ok())
        return info.error();
    s.hubId = info->rows() ? info->text(0, 0) : QString();
    auto logins = m_db.exec(QStringLiteral(
        "SELECT l.login, (SELECT string_agg(CASE WHEN g.kind = 'coach' THEN 'coach ' || COALESCE((SELECT c.name FROM "
        "koers.coach c WHERE c.id = g.coach_id), g.coach_id) WHEN cardinality(g.municipality_ids) = 0 THEN 'lead' "
        "ELSE 'lead ' || (SELECT string_agg(COALESCE(m.name, x), ', ' ORDER BY COALESCE(m.name, x)) FROM "
        "unnest(g.municipality_ids) x LEFT JOIN koers.municipality m ON m.id = x) END, '; ' ORDER BY g.id) FROM "
        "koers.login_grant g WHERE g.login = l.login), (SELECT count(*) FROM koers.login_scope s WHERE s.login = "
        "l.login AND NOT s.leaving), (SELECT count(*) FROM koers.login_scope s WHERE s.login = l.login AND "
        "s.leaving) FROM koers.login l ORDER BY l.login"));
    if (!logins.ok())
        return logins.error();
    for (int r = 0; r < logins->rows(); ++r) {
        HubLoginStatus l;
        l.login = logins->text(r, 0);
        if (!logins->isNull(r, 1))
            l.grants = logins->text(r, 1).split(QStringLiteral("; "));
        l.clients = logins->int64(r, 2);
        l.leaving = logins->int64(r, 3);
        s.logins.push_back(l);
    }
    auto devices = m_db.exec(QStringLiteral(
        "SELECT device_id, login, to_char(last_push_at, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), to_char(last_pull_at, "
        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), last_pushed, last_pulled FROM koers.device ORDER BY login, device_id"));
    if (!devices.ok())
        return devices.error();
    for (int r = 0; r < devices->rows(); ++r) {
        HubDeviceStatus d;
        d.device = devices->text(r, 0);
        d.login = devices->text(r, 1);
        d.lastPush = QDateTime::fromString(devices->text(r, 2), Qt::ISODate);
        d.lastPull = QDateTime::fromString(devices->text(r, 3), Qt::ISODate);
        d.lastPushed = devices->int64(r, 4);
        d.lastPulled = devices->int64(r, 5);
        s.devices.push_back(d);
    }
    QStringList counts;
    for (const QString& t : sync::tableNames())
        counts << QStringLiteral("(SELECT count(*) FROM koers.%1 WHERE NOT deleted)").arg(t);
    auto totals = m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM koers.conflict WHERE NOT resolved), "
                                           "(SELECT count(*) FROM koers.change_log), (SELECT count(*) FROM "
                                           "koers.audit_log), %1")
                                .arg(counts.join(QLatin1String(", "))));
    if (!totals.ok())
        return totals.error();
    s.openConflicts = totals->int64(0, 0);
    s.changes = totals->int64(0, 1);
    s.auditEntries = totals->int64(0, 2);
    int column = 3;
    for (const QString& t : sync::tableNames())
        s.records.insert(t, totals->int64(0, column++));
    return s;
}

} // namespace koers
