// ConflictsView: the versions that lost a concurrent edit during sync. A list of conflicts above, and for the
// selected one both versions side by side, field by field, with the differing fields marked; the losing
// version can be restored (it becomes the newest change and wins on every device through sync) or dismissed.
#pragma once

#include "sync/SyncConflicts.h"

#include <QHash>
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
    enum ListColumn { ClientName, What, LosingVersion, WinningVersion, Resolution, ListColumnCount };
    enum CompareColumn { Field, Current, Losing, CompareColumnCount };

    ConflictsView(Store& store, Prompts& prompts, QWidget* parent = nullptr);

    void reload();
    // The whole BSN in the comparison (the window's "Show full BSN"); masked otherwise.
    void setShowFullBsn(bool show);
    // Conflicts listed (resolved ones too when shown), and those still open.
    int conflictCount() const { return static_cast<int>(m_conflicts.size()); }
    int openCount() const;
    QTableWidget* list() const { return m_list; }
    QTableWidget* comparison() const { return m_compare; }
    // The ids of the selected conflict's record, for whoever has to look further.
    QLabel* detailLine() const { return m_detail; }
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
    // "12-03-2026 14:05, Laptop Fatima": when and on which device a version was made.
    QString describe(const Hlc& stamp) const;
    QString clientOf(const SyncConflict& conflict) const;

    Store& m_store;
    Prompts& m_prompts;
    std::vector<SyncConflict> m_conflicts;
    QCheckBox* m_showResolved = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_detail = nullptr;
    bool m_fullBsn = false;
    QHash<QString, QString> m_deviceNames; // id to name
    QHash<QString, QString> m_recordNames; // coach and municipality ids to names
    QHash<QString, QString> m_clientNames; // client ids to names, of the clients in the list
    QTableWidget* m_list = nullptr;
    QTableWidget* m_compare = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace koers
