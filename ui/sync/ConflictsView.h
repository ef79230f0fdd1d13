// ConflictsView: the versions that lost a concurrent edit during sync. A list of conflicts above, and for the
// selected one both versions side by side, field by field, with the differing fields marked; the losing
// version can be restored (it becomes the newest change and wins on every device through sync) or dismissed.
#pragma once

#include "sync/SyncConflicts.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace koers {

class Store;
class Prompts;

class ConflictsView : public QWidget {
    Q_OBJECT
public:
    enum ListColumn { Table, Record, LosingVersion, WinningVersion, Resolution, ListColumnCount };
    enum CompareColumn { Field, Current, Losing, CompareColumnCount };

    ConflictsView(Store& store, Prompts& prompts, QWidget* parent = nullptr);

    // A table's name for people ("client" -> "Clients").
    static QString tableLabel(const QString& table);

    void reload();
    // Conflicts listed (resolved ones too when shown), and those still open.
    int conflictCount() const { return static_cast<int>(m_conflicts.size()); }
    int openCount() const;
    QTableWidget* list() const { return m_list; }
    QTableWidget* comparison() const { return m_compare; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    // Records changed (a loser was restored): views of the data should refresh.
    void recordsChanged();
    // The list was read again (after an import, restore or dismiss).
    void reloaded();

private:
    void showSelected();
    void restoreSelected();
    void dismissSelected();
    const SyncConflict* selected() const;

    Store& m_store;
    Prompts& m_prompts;
    std::vector<SyncConflict> m_conflicts;
    QCheckBox* m_showResolved = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_list = nullptr;
    QTableWidget* m_compare = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace koers
