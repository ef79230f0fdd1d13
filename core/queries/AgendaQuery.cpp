#include "AgendaQuery.h"

#include "MilestoneDigest.h"
#include "storage/Statement.h"
#include "storage/Store.h"

#include <algorithm>
#include <tuple>

namespace koers {

namespace {
// As the caseload shows a name: "last, first".
QString listName(const QString& first, const QString& last) {
    return last.isEmpty() ? first : last + QStringLiteral(", ") + first;
}
} // namespace

Result<std::vector<AgendaItem>> AgendaQuery::dueUntil(QDate until, const QString& coachId) {
    auto digest = MilestoneDigest::load(m_store, true);
    if (!digest.ok())
        return digest.error();
    auto st = m_store.db().prepare(QStringLiteral("SELECT c.id, c.first_names, c.last_name, c.coach_id, ") +
                                   MilestoneDigest::columns() +
                                   QStringLiteral(" FROM client c WHERE c.deleted = 0 AND c.status IN ('active', "
                                                  "'voluntary') AND (?1 = '' OR c.coach_id = ?1)"));
    if (!st.ok())
        return st.error();
    st->bind(1, coachId.isNull() ? QStringLiteral("") : coachId);
    std::vector<AgendaItem> items;
    const Status read = st->each([&](const Statement& row) {
        const QString clientId = row.text(0);
        std::vector<OpenMilestone> open = digest->openDated(row, 4, clientId);
        std::erase_if(open, [until](const OpenMilestone& m) { return m.due > until; });
        if (open.empty())
            return;
        const QString first = row.text(1);
        const QString last = row.text(2);
        const QString name = listName(first, last);
        for (OpenMilestone& m : open) {
            AgendaItem item;
            item.milestoneId = std::move(m.id);
            item.clientId = clientId;
            item.clientName = name;
            item.lastName = last;
            item.firstNames = first;
            item.coachId = row.text(3);
            item.kind = m.kind;
            item.dueDate = m.due;
            items.push_back(std::move(item));
        }
    });
    if (!read.ok())
        return read.error();
    if (Status steps = addNextSteps(items, until, coachId); !steps.ok())
        return steps.error();
    std::sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return std::tie(a.dueDate, a.lastName, a.firstNames, a.clientId, a.source, a.kind, a.contactId) <
               std::tie(b.dueDate, b.lastName, b.firstNames, b.clientId, b.source, b.kind, b.contactId);
    });
    return items;
}

Status AgendaQuery::addNextSteps(std::vector<AgendaItem>& items, QDate until, const QString& coachId) {
    // The newest conversation of each client: the latest date, on the same day the one recorded last. Dates and
    // timestamps are ISO text, so they compare as text.
    auto st = m_store.db().prepare(QStringLiteral(R"SQL(
        SELECT c.id, c.first_names, c.last_name, c.coach_id, k.id, k.next_step, k.next_step_date
        FROM client c JOIN contact k ON k.client_id = c.id AND k.deleted = 0
        WHERE c.deleted = 0 AND c.status IN ('active', 'voluntary') AND (?1 = '' OR c.coach_id = ?1)
          AND COALESCE(k.next_step_date, '') <> '' AND k.next_step_date <= ?2
          AND NOT EXISTS (SELECT 1 FROM contact l WHERE l.client_id = k.client_id AND l.deleted = 0 AND l.id <> k.id
                          AND (COALESCE(l.date, '') > COALESCE(k.date, '')
                               OR (COALESCE(l.date, '') = COALESCE(k.date, '')
                                   AND (l.created_at > k.created_at
                                        OR (l.created_at = k.created_at AND l.id > k.id))))))SQL"));
    if (!st.ok())
        return st.error();
    st->bind(1, coachId.isNull() ? QStringLiteral("") : coachId);
    st->bind(2, until);
    return st->each([&](const Statement& row) {
        const QDate due = QDate::fromString(row.text(6), Qt::ISODate);
        if (!due.isValid())
            return;
        AgendaItem item;
        item.source = AgendaItem::Source::NextStep;
        item.clientId = row.text(0);
        item.firstNames = row.text(1);
        item.lastName = row.text(2);
        item.clientName = listName(item.firstNames, item.lastName);
        item.coachId = row.text(3);
        item.contactId = row.text(4);
        item.nextStep = row.text(5);
        item.dueDate = due;
        items.push_back(std::move(item));
    });
}

} // namespace koers
