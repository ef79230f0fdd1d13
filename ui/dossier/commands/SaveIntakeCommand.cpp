#include "SaveIntakeCommand.h"

namespace koers {

SaveIntakeCommand::SaveIntakeCommand(Environment environment, const QString& text, IntakeRecord before,
                                     IntakeRecord after)
    : DossierCommand(std::move(environment), text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

Status SaveIntakeCommand::forward() {
    auto saved = service().saveIntake(m_after);
    if (!saved.ok())
        return saved.error();
    m_after = std::move(saved.value());
    return {};
}

Status SaveIntakeCommand::backward() {
    return service().restoreIntake(m_before, m_after);
}

} // namespace koers
