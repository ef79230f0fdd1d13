#include "DueState.h"

#include "domain/Milestone.h"

namespace koers {

DueState dueState(const Milestone& milestone, QDate today, int dueSoonDays) {
    if (milestone.status == MilestoneStatus::Achieved || milestone.status == MilestoneStatus::Waived)
        return DueState::Done;
    if (!milestone.dueDate.isValid())
        return DueState::NoDate;
    if (milestone.dueDate < today)
        return DueState::Late;
    if (milestone.dueDate <= today.addDays(dueSoonDays))
        return DueState::DueSoon;
    return DueState::Upcoming;
}

} // namespace koers
