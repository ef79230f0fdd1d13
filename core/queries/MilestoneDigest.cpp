#include "MilestoneDigest.h"

#include "storage/RuleSettingsStore.h"
#include "storage/Statement.h"
#include "storage/Store.h"
#include "util/TimeText.h"

#include <limits>

namespace koers {

MilestoneDigest::MilestoneDigest(RuleSettings rules, bool withIds)
    : m_planner(std::move(rules))
    , m_withIds(withIds) {
}

MilestoneDigest::Stored& MilestoneDigest::entryFor(const Statement& row) {
    const QByteArrayView clientId = row.utf8(0);
    if (!m_current || clientId != QByteArrayView(m_lastClient)) {
        m_lastClient = clientId.toByteArray();
        m_current = &m_stored[QString::fromUtf8(m_lastClient)];
    }
    return *m_current;
}

void MilestoneDigest::addMilestone(const Statement& row) {
    Stored& stored = entryFor(row);
    const auto kind = fromCodeBytes<MilestoneKind>(row.utf8(1));
    const auto status = fromCodeBytes<MilestoneStatus>(row.utf8(2));
    if (!kind || !status)
        return;
    stored.kinds |= kindBit(*kind);
    if (*status != MilestoneStatus::Planned && *status != MilestoneStatus::InProgress)
        return;
    const QDate due = TimeText::parseIsoDate(row.utf8(3));
    if (due.isValid())
        stored.open.push_back({m_withIds ? row.text(4) : QString(), *kind, due});
}

void MilestoneDigest::addPlan(const Statement& row) {
    entryFor(row).firstPip.add(TimeText::parseIsoDate(row.utf8(1)));
}

Result<MilestoneDigest> MilestoneDigest::load(Store& store, bool withIds) {
    auto loader = Loader::start(store, withIds);
    if (!loader.ok())
        return loader.error();
    auto done = loader->step(store, std::numeric_limits<int>::max());
    if (!done.ok())
        return done.error();
    return loader->take();
}

Result<MilestoneDigest::Loader> MilestoneDigest::Loader::start(Store& store, bool withIds) {
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    return Loader(MilestoneDigest(rules.value(), withIds));
}

Result<bool> MilestoneDigest::Loader::step(Store& store, int rows) {
    // Each table in file order ("+deleted" keeps SQLite on the table itself instead of a partial index),
    // from the row after the last one read. The row id is the last column.
    static constexpr const char16_t* sql[] = {
        u"SELECT client_id, kind, status, due_date, id, rowid FROM milestone WHERE +deleted = 0 AND rowid > ?1 "
        u"ORDER BY rowid LIMIT ?2",
        u"SELECT client_id, decision_date, rowid FROM plan_version WHERE +deleted = 0 AND decision_date IS NOT NULL "
        u"AND rowid > ?1 ORDER BY rowid LIMIT ?2"};
    while (m_table < 2 && rows > 0) {
        auto st = store.db().prepare(QStringView(sql[m_table]));
        if (!st.ok())
            return st.error();
        st->bind(1, m_lastRowid);
        st->bind(2, qint64(rows));
        const int rowidColumn = m_table == 0 ? 5 : 2;
        int read = 0;
        KOERS_TRY(st->each([&](const Statement& row) {
            if (m_table == 0)
                m_digest.addMilestone(row);
            else
                m_digest.addPlan(row);
            m_lastRowid = row.int64(rowidColumn);
            ++read;
        }));
        rows -= read;
        if (rows > 0) { // the table ended before the slice did
            ++m_table;
            m_lastRowid = 0;
            m_digest.m_current = nullptr;
        }
    }
    return m_table == 2;
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
    return openDated(readBasis(row, first), clientId);
}

std::vector<OpenMilestone> MilestoneDigest::openDated(DueBasis basis, const QString& clientId) const {
    static const Stored none;
    const auto it = m_stored.constFind(clientId);
    const Stored& stored = it == m_stored.constEnd() ? none : it.value();
    std::vector<OpenMilestone> out = stored.open;

    basis.firstPip = stored.firstPip.date();
    m_planner.forEachDerived(basis, stored.kinds, [&](MilestoneKind kind, QDate due) {
        if (due.isValid())
            out.push_back({m_withIds ? MilestonePlanner::derivedId(clientId, kind) : QString(), kind, due});
    });
    return out;
}

std::optional<OpenMilestone> MilestoneDigest::next(const DueBasis& basis, const QString& clientId) const {
    std::optional<OpenMilestone> best;
    for (OpenMilestone& m : openDated(basis, clientId))
        if (!best || m.due < best->due || (m.due == best->due && m.kind < best->kind))
            best = std::move(m);
    return best;
}

} // namespace koers
