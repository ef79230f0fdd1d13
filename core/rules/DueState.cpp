#include "DueState.h"

#include "domain/Milestone.h"

#include <QCoreApplication>

namespace koers {

DueState dueState(const Milestone& milestone, QDate today, int dueSoonDays) {
    if (milestone.status == MilestoneStatus::Achieved || milestone.status == MilestoneStatus::Waived)
        return DueState::Done;
    return dueState(milestone.dueDate, today, dueSoonDays);
}

DueState dueState(QDate due, QDate today, int dueSoonDays) {
    if (!due.isValid())
        return DueState::NoDate;
    if (due < today)
        return DueState::Late;
    if (due <= today.addDays(dueSoonDays))
        return DueState::DueSoon;
    return DueState::Upcoming;
}

QString dueStateLabel(DueState state) {
    switch (state) {
    case DueState::Late:
        return QCoreApplication::translate("DueState", "Late");
    case DueState::DueSoon:
        return QCoreApplication::translate("DueState", "Due soon");
    case DueState::Upcoming:
        return QCoreApplication::translate("DueState", "Planned");
    case DueState::Done:
        return QCoreApplication::translate("DueState", "Done");
    case DueState::NoDate:
        break;
    }
    return QCoreApplication::translate("DueState", "No date yet");
}

} // namespace koers
