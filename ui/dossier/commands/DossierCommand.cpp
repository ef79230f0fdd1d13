#include "DossierCommand.h"

#include "prompts/Prompts.h"

#include <QCoreApplication>

namespace koers {

DossierCommand::DossierCommand(Environment environment, const QString& text)
    : QUndoCommand(text)
    , m_environment(std::move(environment)) {
}

Status DossierCommand::perform() {
    const Status status = forward();
    m_performed = status.ok();
    if (m_performed && m_environment.changed)
        m_environment.changed();
    return status;
}

void DossierCommand::redo() {
    if (m_performed) { // done by perform() before the push
        m_performed = false;
        return;
    }
    run(&DossierCommand::forward);
}

void DossierCommand::undo() {
    run(&DossierCommand::backward);
}

void DossierCommand::run(Status (DossierCommand::*step)()) {
    const Status status = (this->*step)();
    if (!status.ok()) {
        setObsolete(true);
        m_environment.prompts->error(nullptr, QCoreApplication::translate("DossierCommand", "Could not undo or redo"),
                                     status.message());
    }
    if (m_environment.changed)
        m_environment.changed();
}

} // namespace koers
