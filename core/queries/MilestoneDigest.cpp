#include "MilestoneDigest.h"

#include "storage/RuleSettingsStore.h"
#include "storage/Statement.h"
#include "storage/Store.h"
#include "util/TimeText.h"

namespace koers {

MilestoneDigest::MilestoneDigest(RuleSettings rules, bool withIds)
    : m_planner(std::move(rules))
    , m_withIds(withIds) {
}

template <class F>
Status MilestoneDigest::scan(Store& store, QStringView sql, F&& perRow) {
    auto st = store.db().prepare(sql);
    if (!st.ok())
        return st.error();
    // Rows of one client mostly follow each other: its entry is looked up again only when the client changes.
    QByteArray lastClient;
    Stored* current = nullptr;
    return st->each([&](const Statement& row) {
        const QByteArrayView clientId = row.utf8(0);
        if (!current || clientId != QByteArrayView(lastClient)) {
            lastClient = clientId.toByteArray();
            current = &m_stored[QString::fromUtf8(lastClient)];
        }
        perRow(*current, row);
    });
}

Result<MilestoneDigest> MilestoneDigest::load(Store& store, bool withIds) {
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    MilestoneDigest digest(rules.value(), withIds);
    // "+deleted" keeps SQLite on the table itself, in file order, instead of a partial index.
    KOERS_TRY(digest.scan(store, u"SELECT client_id, kind, status, due_date, id FROM milestone WHERE +deleted = 0",
                          [withIds](Stored& stored, const Statement& row) {
                              const auto kind = fromCodeBytes<MilestoneKind>(row.utf8(1));
                              const auto status = fromCodeBytes<MilestoneStatus>(row.utf8(2));
                              if (!kind || !status)
                                  return;
                              stored.kinds |= kindBit(*kind);
                              if (*status != MilestoneStatus::Planned && *status != MilestoneStatus::InProgress)
                                  return;
                              const QDate due = TimeText::parseIsoDate(row.utf8(3));
                              if (due.isValid())
                                  stored.open.push_back({withIds ? row.text(4) : QString(), *kind, due});
                          }));
    KOERS_TRY(digest.scan(
        store, u"SELECT client_id, decision_date FROM plan_version WHERE +deleted = 0 AND decision_date IS NOT NULL",
        [](Stored& stored, const Statement& row) { stored.firstPip.add(TimeText::parseIsoDate(row.utf8(1))); }));
    return digest;
}

QString MilestoneDigest::columns() {
    return QStringLiteral("c.route, c.target_group, c.koppeling_date, c.brp_date, c.duo_notice_date, c.housing_date");
}

DueBasis MilestoneDigest::readBasis(const Statement& row, int first) {
    DueBasis basis;
    basis.route = fromCodeBytes<Route>(row.utf8(first)).value_or(Route::None);
    basis.targetGroup = fromCodeBytes<TargetGroup>(row.utf8(first + 1)).value_or(TargetGroup::Other);
    basis.koppeling = TimeText::parseIsoDate(row.utf8(first + 2));
    basis.brp = TimeText::parseIsoDate(row.utf8(first + 3));
    basis.duoNotice = TimeText::parseIsoDate(row.utf8(first + 4));
    basis.housing = TimeText::parseIsoDate(row.utf8(first + 5));
    return basis;
}

std::vector<OpenMilestone> MilestoneDigest::openDated(const Statement& row, int first, const QString& clientId) const {
    static const Stored none;
    const auto it = m_stored.constFind(clientId);
    const Stored& stored = it == m_stored.constEnd() ? none : it.value();
    std::vector<OpenMilestone> out = stored.open;

    DueBasis basis = readBasis(row, first);
    basis.firstPip = stored.firstPip.date();
    m_planner.forEachDerived(basis, stored.kinds, [&](MilestoneKind kind, QDate due) {
        if (due.isValid())
            out.push_back({m_withIds ? MilestonePlanner::derivedId(clientId, kind) : QString(), kind, due});
    });
    return out;
}

} // namespace koers
