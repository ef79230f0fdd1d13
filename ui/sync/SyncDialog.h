// SyncDialog: exchanging sync packages with other devices. Export makes a package for a peer (remembered,
// with what it last got), import merges a package and shows what it did, and the conflicts tab lists the
// losing versions of concurrent edits for review and restore.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace koers {

class ConflictsView;
class Store;
class Prompts;
struct SyncImportSummary;

class SyncDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab { ExportTab, ImportTab, ConflictsTab };
    enum PeerColumn { PeerName, PeerLastPackage, PeerRecords, PeerPackages, PeerColumnCount };
    enum SummaryColumn {
        SummaryTable,
        SummaryNew,
        SummaryUpdated,
        SummaryUnchanged,
        SummaryConflicts,
        SummaryColumnCount
    };

    SyncDialog(Store& store, Prompts& prompts, QWidget* parent = nullptr);
    // The whole BSN in the conflicts' comparison (the window's "Show full BSN").
    void setShowFullBsn(bool show);

    // For tests and the main window.
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* peerBox() const { return m_peer; }
    QCheckBox* fullBox() const { return m_full; }
    QLineEdit* exportPassphrase() const { return m_exportPass; }
    QLineEdit* exportRepeat() const { return m_exportRepeat; }
    QProgressBar* exportStrengthBar() const { return m_exportStrengthBar; }
    QPushButton* exportButton() const { return m_exportButton; }
    QLabel* exportStatus() const { return m_exportStatus; }
    QTableWidget* peerTable() const { return m_peers; }
    QLineEdit* importPassphrase() const { return m_importPass; }
    QPushButton* importButton() const { return m_importButton; }
    QLabel* importStatus() const { return m_importStatus; }
    QTableWidget* summaryTable() const { return m_summary; }
    ConflictsView* conflicts() const { return m_conflicts; }

Q_SIGNALS:
    // An import or a restore changed records: views of the data should refresh.
    void recordsChanged();

private:
    QWidget* makeExportTab();
    QWidget* makeImportTab();
    void loadPeers();
    void updateButtons();
    void exportPackage();
    void importPackage();
    void showSummary(const SyncImportSummary& summary);
    void updateConflictsTab();

    Store& m_store;
    Prompts& m_prompts;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_peer = nullptr;
    QCheckBox* m_full = nullptr;
    QLineEdit* m_exportPass = nullptr;
    QLineEdit* m_exportRepeat = nullptr;
    QProgressBar* m_exportStrengthBar = nullptr;
    QLabel* m_exportStrength = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_exportStatus = nullptr;
    QTableWidget* m_peers = nullptr;
    QLineEdit* m_importPass = nullptr;
    QPushButton* m_importButton = nullptr;
    QLabel* m_importStatus = nullptr;
    QTableWidget* m_summary = nullptr;
    ConflictsView* m_conflicts = nullptr;
};

} // namespace koers
