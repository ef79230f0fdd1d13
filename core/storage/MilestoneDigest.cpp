#include "MilestoneDigest.h"

#include "Statement.h"

namespace koers {

namespace {

QDate isoDate(QByteArrayView text) {
    return text.isEmpty() ? QDate() : QDate::fromString(QLatin1StringView(text), Qt::ISODate);
}

} // namespace

QString MilestoneDigest::columns() {
    // Each stored milestone as "kind|status|due|id", joined with ';' (codes, dates and ids hold neither).
    return QStringLiteral(
        "c.route, c.target_group, c.koppeling_date, c.brp_date, c.duo_notice_date, c.housing_date, "
        "(SELECT min(p.decision_date) FROM plan_version p "
        "  WHERE p.client_id = c.id AND p.deleted = 0 AND p.decision_date IS NOT NULL), "
        "(SELECT group_concat(ms.kind || '|' || ms.status || '|' || ifnull(ms.due_date, '') || '|' || ms.id, ';') "
        "   FROM milestone ms WHERE ms.client_id = c.id AND ms.deleted = 0)");
}

MilestoneDigest::MilestoneDigest(RuleSettings rules)
    : m_planner(std::move(rules)) {
}

std::vector<OpenMilestone> MilestoneDigest::openDated(const Statement& row, int first, const QString& clientId,
                                                      bool withIds) const {
    std::vector<OpenMilestone> out;
    MilestoneKinds stored = 0;
    const QByteArrayView digest = row.utf8(first + 7);
    for (qsizetype at = 0; at < digest.size();) {
        qsizetype end = digest.indexOf(';', at);
        if (end < 0)
            end = digest.size();
        const QByteArrayView entry = digest.sliced(at, end - at);
        at = end + 1;
        const qsizetype bar1 = entry.indexOf('|');
        const qsizetype bar2 = bar1 < 0 ? -1 : entry.indexOf('|', bar1 + 1);
        const qsizetype bar3 = bar2 < 0 ? -1 : entry.indexOf('|', bar2 + 1);
        if (bar3 < 0)
            continue;
        const auto kind = fromCodeBytes<MilestoneKind>(entry.first(bar1));
        const auto status = fromCodeBytes<MilestoneStatus>(entry.sliced(bar1 + 1, bar2 - bar1 - 1));
        if (!kind || !status)
            continue;
        stored |= kindBit(*kind);
        if (*status != MilestoneStatus::Planned && *status != MilestoneStatus::InProgress)
            continue;
        const QDate due = isoDate(entry.sliced(bar2 + 1, bar3 - bar2 - 1));
        if (!due.isValid())
            continue;
        out.push_back({withIds ? QString::fromLatin1(entry.sliced(bar3 + 1)) : QString(), *kind, due});
    }

    Client client;
    client.meta.id = clientId;
    client.route = fromCodeBytes<Route>(row.utf8(first)).value_or(Route::None);
    client.targetGroup = fromCodeBytes<TargetGroup>(row.utf8(first + 1)).value_or(TargetGroup::Other);
    client.koppelingDate = isoDate(row.utf8(first + 2));
    client.brpDate = isoDate(row.utf8(first + 3));
    client.duoNoticeDate = isoDate(row.utf8(first + 4));
    client.housingDate = isoDate(row.utf8(first + 5));
    const QDate firstPip = isoDate(row.utf8(first + 6));
    m_planner.forEachDerived(client, firstPip, stored, [&](MilestoneKind kind, QDate due) {
        if (due.isValid())
            out.push_back({withIds ? MilestonePlanner::derivedId(clientId, kind) : QString(), kind, due});
    });
    return out;
}

} // namespace koers
