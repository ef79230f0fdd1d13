// MilestoneDigest: a client's open milestones, read along with the client's row, for lists over the whole
// caseload (agenda, werkvoorraad). Two correlated subqueries give the first PIP date and the stored
// milestones in brief; the rules add the derived ones (milestones nobody touched are not stored, see
// MilestonePlanner). One query for all clients, no query per client.
#pragma once

#include "rules/MilestonePlanner.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <vector>

namespace koers {

class Statement;

struct OpenMilestone {
    QString id; // filled only when asked for
    MilestoneKind kind = MilestoneKind::IntakeDone;
    QDate due;
};

class MilestoneDigest {
public:
    // Select-list fragment for a client table aliased `c`; it adds columnCount columns.
    static QString columns();
    static constexpr int columnCount = 8;

    explicit MilestoneDigest(RuleSettings rules);

    // The client's open milestones that have a due date, from the columns of `row` from `first` on, in no
    // particular order.
    std::vector<OpenMilestone> openDated(const Statement& row, int first, const QString& clientId, bool withIds) const;

private:
    MilestonePlanner m_planner;
};

} // namespace koers
