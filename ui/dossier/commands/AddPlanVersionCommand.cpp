#include "AddPlanVersionCommand.h"

#include "services/DossierService.h"

namespace koers {

AddPlanVersionCommand::AddPlanVersionCommand(Environment environment, const QString& text, PlanVersion plan,
                                             Route routeBefore)
    : DossierCommand(std::move(environment), text)
    , m_plan(std::move(plan))
    , m_routeBefore(routeBefore) {
}

Status AddPlanVersionCommand::forward() {
    if (!m_plan.meta.id.isEmpty())
        return service().restorePlanVersion(m_plan.meta.id);
    auto added = service().addPlanVersion(m_plan);
    if (!added.ok())
        return added.error();
    m_plan = std::move(added.value());
    return {};
}

Status AddPlanVersionCommand::backward() {
    return service().removePlanVersion(m_plan.meta.id, m_routeBefore);
}

} // namespace koers
