// DashboardFilter: the selection every dashboard figure (and the B&W report's figures) follows: a
// period, one or several municipalities, a coach, a route and a target group. Empty means "all".
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace koers {

struct DashboardFilter {
    QDate from;                  // first day of the period; null: since the first record
    QDate to;                    // last day of the period; null: today
    QStringList municipalityIds; // empty: every municipality
    QString coachId;             // empty: every coach
    std::optional<Route> route;  // the client's current route (the latest PIP's)
    std::optional<TargetGroup> targetGroup;

    // The day the figures describe: the period's end, but never later than today, because a
    // milestone cannot be late or achieved on a day that has not come yet.
    QDate referenceDate(QDate today) const { return to.isValid() && to < today ? to : today; }

    friend bool operator==(const DashboardFilter&, const DashboardFilter&) = default;
};

} // namespace koers
