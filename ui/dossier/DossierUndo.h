// One undo history per dossier, as an editor keeps one per document: Ctrl+Z in a dossier undoes only that
// dossier's steps, so an undo can never change a client the coach is not looking at. The histories of the most
// recently opened dossiers are kept while the file is open; lock and close drop them all (their commands hold
// personal data). Steps on many clients at once (assigning them to a coach) go into the caseload's own history,
// active after such a step and whenever the caseload is shown with no dossier open.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUndoGroup>
#include <QUndoStack>

#include <memory>

namespace koers {

class DossierUndo {
public:
    // Histories kept besides the open dossier's; the oldest goes first.
    static constexpr int kKept = 20;

    DossierUndo();
    Q_DISABLE_COPY_MOVE(DossierUndo)

    // The history of a client's dossier, made active (the undo and redo actions follow it).
    QUndoStack* open(const QString& clientId);
    // The caseload's own history (steps on many clients at once, such as assigning them to a coach), made active.
    QUndoStack* openCaseload();
    bool caseloadActive() { return m_group.activeStack() == &m_caseload; }
    bool noneActive() { return m_group.activeStack() == &m_none; }
    // The active history; an empty one while no dossier is open.
    QUndoStack* active() { return m_group.activeStack(); }
    // The client whose history is active (empty when none).
    QString activeClient() const;
    QUndoGroup* group() { return &m_group; }
    // Drops every history.
    void clear();

private:
    QUndoGroup m_group;
    QUndoStack m_none; // active while no dossier is open: nothing to undo
    QUndoStack m_caseload;
    QHash<QString, std::shared_ptr<QUndoStack>> m_stacks;
    QStringList m_recent; // client ids, most recent last
};

} // namespace koers
