// The undoable step of assigning clients to another coach from the caseload. It lives in the caseload's own
// history (DossierUndo::openCaseload), not in a dossier's: it changes many clients at once. Undo gives each client
// its former coach back unless its coach was changed again meanwhile (CaseloadService::undo); a failed undo or redo
// is shown and the command dropped, as a DossierCommand's.
#pragma once

#include "services/CaseloadService.h"

#include <QUndoCommand>

#include <functional>

namespace koers {

class Prompts;
class Store;

class AssignCommand final : public QUndoCommand {
public:
    // `step` was carried out already (CaseloadService::assign); the first redo() after the push does nothing.
    AssignCommand(Store& store, Prompts& prompts, Reassignment step, const QString& coachName,
                  std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    void run(bool forward);

    Store& m_store;
    Prompts& m_prompts;
    Reassignment m_step;
    std::function<void()> m_changed;
    bool m_skipRedo = true;
};

} // namespace koers
