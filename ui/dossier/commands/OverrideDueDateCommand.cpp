#include "OverrideDueDateCommand.h"

#include "services/DossierService.h"

namespace koers {

OverrideDueDateCommand::OverrideDueDateCommand(Environment environment, const QString& text, Milestone before,
                                               QDate due, QString reason)
    : DossierCommand(std::move(environment), text)
    , m_before(std::move(before))
    , m_due(due)
    , m_reason(std::move(reason)) {
}

Status OverrideDueDateCommand::forward() {
    return service().overrideDueDate(m_before, m_due, m_reason);
}

Status OverrideDueDateCommand::backward() {
    return service().restoreMilestone(m_before);
}

} // namespace koers
