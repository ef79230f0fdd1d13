#include "EditClientCommand.h"

#include "services/DossierService.h"

namespace koers {

EditClientCommand::EditClientCommand(Environment environment, const QString& text, Client before, Client after)
    : DossierCommand(std::move(environment), text)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

Status EditClientCommand::forward() {
    return service().editClient(m_after);
}

Status EditClientCommand::backward() {
    return service().editClient(m_before);
}

} // namespace koers
