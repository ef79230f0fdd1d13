#include "DossierCommand.h"

#include "DossierContext.h"
#include "prompts/Prompts.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace koers {

DossierCommand::DossierCommand(const QString& text, std::function<Status()> redo, std::function<Status()> undo,
                               std::function<void()> refresh, Prompts& prompts)
    : QUndoCommand(text)
    , m_prompts(prompts)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_refresh(std::move(refresh)) {
}

void DossierCommand::redo() {
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    run(m_redo);
}

void DossierCommand::undo() {
    run(m_undo);
}

void DossierCommand::run(const std::function<Status()>& step) {
    const Status status = step();
    if (!status.ok()) {
        setObsolete(true);
        m_prompts.error(nullptr, QCoreApplication::translate("DossierCommand", "Could not undo or redo"),
                        status.message());
    }
    if (m_refresh)
        m_refresh();
}

bool DossierContext::push(QWidget* parent, const QString& text, std::function<Status()> redo,
                          std::function<Status()> undoFn) {
    const Status status = redo();
    if (!status.ok()) {
        prompts->error(parent, QCoreApplication::translate("DossierCommand", "Not saved"), status.message());
        return false;
    }
    if (refresh)
        refresh();
    undo->push(new DossierCommand(text, std::move(redo), std::move(undoFn), refresh, *prompts));
    return true;
}

} // namespace koers
