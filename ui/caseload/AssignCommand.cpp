#include "AssignCommand.h"

#include "prompts/Prompts.h"

#include <QCoreApplication>

namespace koers {

namespace {

QString undoText(int clients, const QString& coachName) {
    return QCoreApplication::translate("AssignCommand", "assign %n client(s) to %1", nullptr, clients).arg(coachName);
}

} // namespace

AssignCommand::AssignCommand(Store& store, Prompts& prompts, Reassignment step, const QString& coachName,
                             std::function<void()> changed)
    : QUndoCommand(undoText(static_cast<int>(step.moves.size()), coachName))
    , m_store(store)
    , m_prompts(prompts)
    , m_step(std::move(step))
    , m_changed(std::move(changed)) {
}

void AssignCommand::redo() {
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    run(true);
}

void AssignCommand::undo() {
    run(false);
}

void AssignCommand::run(bool forward) {
    CaseloadService service(m_store);
    const Result<int> done = forward ? service.redo(m_step) : service.undo(m_step);
    if (!done.ok()) {
        setObsolete(true);
        m_prompts.error(nullptr, QCoreApplication::translate("AssignCommand", "Could not undo or redo"),
                        done.message());
    } else if (done.value() < static_cast<int>(m_step.moves.size())) {
        const int kept = static_cast<int>(m_step.moves.size()) - done.value();
        m_prompts.information(nullptr, QCoreApplication::translate("AssignCommand", "Assign to coach"),
                              QCoreApplication::translate("AssignCommand",
                                                          "%n client(s) kept the coach given to them after this step.",
                                                          nullptr, kept));
    }
    if (m_changed)
        m_changed();
}

} // namespace koers
