#include "DossierContext.h"

#include "prompts/Prompts.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace koers {

bool DossierContext::push(QWidget* parent, std::unique_ptr<DossierCommand> command) {
    const Status status = command->perform();
    if (!status.ok()) {
        prompts->error(parent, QCoreApplication::translate("DossierCommand", "Not saved"), status.message());
        return false;
    }
    undo->push(command.release());
    return true;
}

} // namespace koers
