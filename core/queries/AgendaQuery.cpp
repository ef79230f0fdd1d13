#include "AgendaQuery.h"

#include "MilestoneDigest.h"
#include "storage/Statement.h"
#include "storage/Store.h"

#include <algorithm>
#include <tuple>

namespace koers {

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
        const QString name = last.isEmpty() ? first : last + QStringLiteral(", ") + first;
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
    std::sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return std::tie(a.dueDate, a.lastName, a.firstNames, a.clientId, a.kind) <
               std::tie(b.dueDate, b.lastName, b.firstNames, b.clientId, b.kind);
    });
    return items;
}

} // namespace koers
