// An undoable dossier edit: one function through the core to do it and one to take it back. The
// change is made before the command is pushed (so a refused change never reaches the stack); the
// stack's first redo() is then skipped. A failed undo or redo is shown and the command dropped.
#pragma once

#include "util/Result.h"

#include <QUndoCommand>

#include <functional>

namespace koers {

class Prompts;

class DossierCommand : public QUndoCommand {
public:
    DossierCommand(const QString& text, std::function<Status()> redo, std::function<Status()> undo,
                   std::function<void()> refresh, Prompts& prompts);

    void redo() override;
    void undo() override;

private:
    void run(const std::function<Status()>& step);

    Prompts& m_prompts;
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    std::function<void()> m_refresh;
    bool m_alreadyDone = true;
};

} // namespace koers
