#include "CaseloadQuery.h"

#include "MilestoneDigest.h"
#include "storage/Statement.h"
#include "storage/Store.h"

namespace koers {

Result<std::vector<CaseloadRow>> CaseloadQuery::all() {
    auto rows = clients(true);
    if (!rows.ok())
        return rows.error();
    // The next milestone is the open one with the earliest due date, stored or derived (MilestoneDigest).
    auto digest = MilestoneDigest::load(m_store, false);
    if (!digest.ok())
        return digest.error();
    fillNextDue(rows.value(), digest.value());
    return rows;
}

Result<std::vector<CaseloadRow>> CaseloadQuery::clients(bool ordered) {
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT c.id, c.first_names, c.last_name, c.bsn, c.v_number, c.municipality_id, m.name, "
                       "c.coach_id, co.name, c.status, ") +
        MilestoneDigest::columns() + QStringLiteral(R"SQL(
          FROM client c
          LEFT JOIN municipality m ON m.id = c.municipality_id
          LEFT JOIN coach co ON co.id = c.coach_id
         WHERE c.deleted = 0)SQL") +
        (ordered ? QStringLiteral(" ORDER BY c.last_name COLLATE NOCASE, c.first_names COLLATE NOCASE, c.id")
                 : QString()));
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
        r.status = fromCodeBytes<ClientStatus>(row.utf8(9)).value_or(ClientStatus::Active);
        r.route = fromCodeBytes<Route>(row.utf8(10)).value_or(Route::None);
        r.targetGroup = fromCodeBytes<TargetGroup>(row.utf8(11)).value_or(TargetGroup::Other);
        r.dueBasis = MilestoneDigest::readBasis(row, 10);
        rows.push_back(std::move(r));
    });
    if (!read.ok())
        return read.error();
    return rows;
}

void CaseloadQuery::fillNextDue(std::vector<CaseloadRow>& rows, const MilestoneDigest& digest) {
    for (CaseloadRow& r : rows)
        fillNextDue(r, digest);
}

void CaseloadQuery::fillNextDue(CaseloadRow& row, const MilestoneDigest& digest) {
    const std::optional<OpenMilestone> next = digest.next(row.dueBasis, row.clientId);
    row.nextDue = next ? next->due : QDate();
    row.nextMilestone = next ? std::optional<MilestoneKind>(next->kind) : std::nullopt;
}

} // namespace koers
