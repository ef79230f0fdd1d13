#include "MilestoneStatusCommand.h"

#include "services/DossierService.h"

namespace koers {

MilestoneStatusCommand::MilestoneStatusCommand(Environment environment, const QString& text, Milestone before,
                                               Intent intent, QDate date, QString reason)
    : DossierCommand(std::move(environment), text)
    , m_before(std::move(before))
    , m_intent(intent)
    , m_date(date)
    , m_reason(std::move(reason)) {
}

Status MilestoneStatusCommand::forward() {
    switch (m_intent) {
    case Intent::Achieve:
        return service().achieveMilestone(m_before, m_date);
    case Intent::Waive:
        return service().waiveMilestone(m_before, m_reason);
    case Intent::Reopen:
        break;
    }
    return service().reopenMilestone(m_before);
}

Status MilestoneStatusCommand::backward() {
    return service().restoreMilestone(m_before);
}

} // namespace koers
