#include "AgendaQuery.h"

#include "Store.h"

namespace koers {

Result<std::vector<AgendaItem>> AgendaQuery::dueUntil(QDate until, const QString& coachId) {
    // Served by the partial index on open milestones' due dates.
    auto st = m_store.db().prepare(uR"SQL(
        SELECT m.id, c.id, c.first_names, c.last_name, c.coach_id, m.kind, m.due_date
          FROM milestone m JOIN client c ON c.id = m.client_id
         WHERE m.deleted = 0 AND m.status IN ('planned', 'in_progress') AND m.due_date IS NOT NULL
           AND m.due_date <= ?1 AND c.deleted = 0 AND c.status IN ('active', 'voluntary')
           AND (?2 = '' OR c.coach_id = ?2)
         ORDER BY m.due_date, c.last_name, c.first_names)SQL");
    if (!st.ok())
        return st.error();
    st->bind(1, until);
    st->bind(2, coachId.isNull() ? QStringLiteral("") : coachId);
    std::vector<AgendaItem> items;
    const Status read = st->each([&items](const Statement& row) {
        AgendaItem item;
        item.milestoneId = row.text(0);
        item.clientId = row.text(1);
        const QString first = row.text(2);
        const QString last = row.text(3);
        item.clientName = last.isEmpty() ? first : last + QStringLiteral(", ") + first;
        item.coachId = row.text(4);
        item.kind = fromCode<MilestoneKind>(row.text(5)).value_or(MilestoneKind::IntakeDone);
        item.dueDate = row.date(6);
        items.push_back(std::move(item));
    });
    if (!read.ok())
        return read.error();
    return items;
}

} // namespace koers
