// An undoable intent on a dossier (as Tiled's changemapobject.h): carried out through the DossierService and
// named in the undo history. The intent is carried out once before the command is pushed (perform()), so a
// refused change never reaches the stack and the stack's first redo() is skipped. A failed undo or redo is shown
// and the command dropped.
#pragma once

#include "util/Result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace koers {

class DossierService;
class Prompts;

class DossierCommand : public QUndoCommand {
public:
    // What every command needs: the service, where to show a failed undo, and what to do after each step.
    struct Environment {
        std::shared_ptr<DossierService> service;
        Prompts* prompts = nullptr;
        std::function<void()> changed;
    };

    // Carries out the intent the first time.
    Status perform();
    void redo() override;
    void undo() override;

protected:
    DossierCommand(Environment environment, const QString& text);
    DossierService& service() { return *m_environment.service; }
    // The intent and its inverse. forward() runs again on every redo.
    virtual Status forward() = 0;
    virtual Status backward() = 0;

private:
    void run(Status (DossierCommand::*step)());

    Environment m_environment;
    bool m_performed = false;
};

} // namespace koers
