#include "AuditQuery.h"

#include "storage/Store.h"

#include <limits>

namespace koers {

namespace {
QString nameSql(const char* alias) {
    return QStringLiteral("TRIM(COALESCE(%1.first_names, '') || ' ' || COALESCE(%1.last_name, ''))")
        .arg(QLatin1String(alias));
}
} // namespace

Result<std::vector<AuditRow>> AuditQuery::rows(const AuditFilter& filter, int limit) const {
    // Every condition is always present and switched off by a NULL parameter, so one statement serves all.
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT a.seq, a.at, a.device, a.actor, a.action, a.table_name, a.record_id, a.client_id, %1, "
                       "a.detail FROM audit_log a LEFT JOIN client c ON c.id = a.client_id "
                       "WHERE (?1 IS NULL OR a.actor = ?1) AND (?2 IS NULL OR a.device = ?2) "
                       "AND (?3 IS NULL OR a.client_id = ?3) AND (?4 IS NULL OR a.action = ?4) "
                       "AND (?5 IS NULL OR a.at >= ?5) AND (?6 IS NULL OR a.at < ?6) "
                       "ORDER BY a.seq DESC LIMIT ?7")
            .arg(nameSql("c")));
    if (!st.ok())
        return st.error();
    auto text = [](const QString& s) {
        return s.isEmpty() ? QString() : s;
    };
    st->bind(1, text(filter.actor));
    st->bind(2, text(filter.device));
    st->bind(3, text(filter.clientId));
    st->bind(4, text(filter.action));
    // Stored times are ISO 8601 in UTC, so a text comparison with a day's start orders them correctly.
    st->bind(5, filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString());
    st->bind(6, filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QString());
    st->bind(7, limit);
    std::vector<AuditRow> out;
    KOERS_TRY(st->each([&out](const Statement& row) {
        AuditRow r;
        r.seq = row.int64(0);
        r.at = QDateTime::fromString(row.text(1), Qt::ISODateWithMs);
        r.device = row.text(2);
        r.actor = row.text(3);
        r.action = row.text(4);
        r.table = row.text(5);
        r.recordId = row.text(6);
        r.clientId = row.text(7);
        r.clientName = row.text(8);
        r.detail = row.text(9);
        out.push_back(std::move(r));
    }));
    return out;
}

Result<QStringList> AuditQuery::distinct(const char* column) const {
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM audit_log WHERE %1 IS NOT NULL AND %1 != '' ORDER BY %1")
            .arg(QLatin1String(column)));
    if (!st.ok())
        return st.error();
    QStringList out;
    KOERS_TRY(st->each([&out](const Statement& row) { out << row.text(0); }));
    return out;
}

Result<QStringList> AuditQuery::actors() const {
    return distinct("actor");
}

Result<QStringList> AuditQuery::devices() const {
    return distinct("device");
}

Result<QStringList> AuditQuery::actions() const {
    return distinct("action");
}

Result<std::vector<std::pair<QString, QString>>> AuditQuery::clients() const {
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT c.id, %1 FROM client c WHERE c.id IN (SELECT DISTINCT client_id FROM audit_log) "
                       "AND %1 != '' ORDER BY c.last_name, c.first_names, c.id")
            .arg(nameSql("c")));
    if (!st.ok())
        return st.error();
    std::vector<std::pair<QString, QString>> out;
    KOERS_TRY(st->each([&out](const Statement& row) { out.emplace_back(row.text(0), row.text(1)); }));
    return out;
}

Result<std::vector<AuditEntry>> AuditQuery::ofClient(const QString& clientId) const {
    AuditFilter filter;
    filter.clientId = clientId;
    auto newestFirst = rows(filter, std::numeric_limits<int>::max());
    if (!newestFirst.ok())
        return newestFirst.error();
    return std::vector<AuditEntry>(newestFirst->rbegin(), newestFirst->rend());
}

} // namespace koers
