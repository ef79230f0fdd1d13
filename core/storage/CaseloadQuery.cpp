#include "CaseloadQuery.h"

#include "Store.h"

namespace koers {

Result<std::vector<CaseloadRow>> CaseloadQuery::all() {
    // The next milestone is the open one with the earliest due date; the (client_id, due_date) index
    // serves the correlated lookups.
    auto st = m_store.db().prepare(uR"SQL(
        SELECT c.id, c.first_names, c.last_name, c.bsn, c.v_number, c.municipality_id, m.name, c.coach_id, co.name,
               c.route, c.status, c.target_group,
               (SELECT ms.kind || '|' || ms.due_date FROM milestone ms
                 WHERE ms.client_id = c.id AND ms.deleted = 0 AND ms.due_date IS NOT NULL
                   AND ms.status IN ('planned', 'in_progress')
                 ORDER BY ms.due_date LIMIT 1)
          FROM client c
          LEFT JOIN municipality m ON m.id = c.municipality_id
          LEFT JOIN coach co ON co.id = c.coach_id
         WHERE c.deleted = 0
         ORDER BY c.last_name COLLATE NOCASE, c.first_names COLLATE NOCASE, c.id)SQL");
    if (!st.ok())
        return st.error();
    std::vector<CaseloadRow> rows;
    const Status read = st->each([&rows](const Statement& row) {
        CaseloadRow r;
        r.clientId = row.text(0);
        r.firstNames = row.text(1);
        r.lastName = row.text(2);
        r.bsn = row.text(3);
        r.vNumber = row.text(4);
        r.municipalityId = row.text(5);
        r.municipality = row.text(6);
        r.coachId = row.text(7);
        r.coach = row.text(8);
        r.route = fromCode<Route>(row.text(9)).value_or(Route::None);
        r.status = fromCode<ClientStatus>(row.text(10)).value_or(ClientStatus::Active);
        r.targetGroup = fromCode<TargetGroup>(row.text(11)).value_or(TargetGroup::Other);
        const QString next = row.text(12);
        if (const qsizetype bar = next.indexOf(QLatin1Char('|')); bar > 0) {
            r.nextMilestone = fromCode<MilestoneKind>(QStringView(next).first(bar));
            r.nextDue = QDate::fromString(next.mid(bar + 1), Qt::ISODate);
        }
        rows.push_back(std::move(r));
    });
    if (!read.ok())
        return read.error();
    return rows;
}

} // namespace koers
