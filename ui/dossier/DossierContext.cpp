#include "DossierContext.h"

#include "prompts/Prompts.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace koers {

QString DossierContext::undoText(const QString& intent) const {
    return QCoreApplication::translate("DossierCommand", "%1 for %2", "undo text: an intent, a client's name")
        .arg(intent, clientName);
}

Status DossierContext::run(std::unique_ptr<DossierCommand> command) {
    KOERS_TRY(command->perform());
    undo->push(command.release());
    return {};
}

bool DossierContext::push(QWidget* parent, std::unique_ptr<DossierCommand> command) {
    const Status status = run(std::move(command));
    if (!status.ok())
        prompts->error(parent, QCoreApplication::translate("DossierCommand", "Not saved"), status.message());
    return status.ok();
}

} // namespace koers
