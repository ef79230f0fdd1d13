// The coach's main window: caseload, agenda and the open dossier, with undo/redo, the standard
// shortcuts and the idle lock that drops all decrypted data from memory.
#pragma once

#include "storage/Store.h"

#include "dossier/DossierUndo.h"
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace koers {

class AgendaView;
class AppSettings;
class CaseloadView;
class DashboardView;
class DossierView;
class GuideDialog;
class IdleLock;
class Prompts;
class StartDialog;
class ChangeFeed;
struct StoreChange;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Every question, message and file dialog of the window and its screens goes through `prompts`.
    MainWindow(AppSettings& settings, const Clock& clock, Prompts& prompts, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setStore(std::unique_ptr<Store> store, const QString& path);
    Store* store() const { return m_store.get(); }
    bool isLocked() const { return m_locked; }

    // False when the dossier stays on another client (the coach cancelled over unsaved edits) or there is no file.
    bool openClient(const QString& clientId);
    void newClient();
    // Drops the decrypted data and shows the unlock dialog (non-modal, so tests can drive it).
    void lock(bool idle);
    StartDialog* unlockDialog() const { return m_unlock; }
    void showCaseloadFor(const QStringList& clientIds, const QString& description);
    // On the caseload's selected clients: give them another coach (undoable in the caseload's history), or hand
    // them over to another municipality (HandoverDialog).
    void assignClients();
    void handOverClients();
    void importClients();
    void exportClients();
    void synchronise();
    void synchroniseWithServer();
    void showReport();
    // File > Back-ups... and File > Change passphrase... (dialogs); the two operations behind them.
    void showBackups();
    void changePassphrase();
    void showAuditLog();
    // Edit > Coaches and municipalities...
    void showDirectory();
    void showRetention();
    void showSettings();
    // Help > User guide (F1; one window, kept beside the main window) and Help > About Koers.
    void showGuide();
    void showAbout();
    GuideDialog* guide() const { return m_guide; }
    Status restoreBackup(const QString& backupPath, QByteArrayView passphrase);
    // An encrypted copy now, beside the file (empty `folder`) or in `folder`, behind the progress dialog.
    // Cancelled (also by a lock meanwhile): ErrorCode::Cancelled, nothing written.
    Result<QString> backupNow(const QString& folder);
    Status applyPassphraseChange(QByteArrayView oldPassphrase, QByteArrayView newPassphrase);
    // Created when its tab is first shown; dropped on lock and after changes, so figures are never stale.
    void ensureDashboard();
    DashboardView* dashboard() const { return m_dashboard; }

    CaseloadView* caseload() const { return m_caseload; }
    AgendaView* agenda() const { return m_agenda; }
    DossierView* dossier() const { return m_dossier; }
    QTabWidget* tabs() const { return m_tabs; }
    // The open dossier's history (an empty one while none is open).
    QUndoStack* undoStack() { return m_undo.active(); }
    IdleLock* idleLock() const { return m_idle; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    // The caseload's selected clients for a step on many of them, once the open dossier's edits are saved or
    // discarded; empty when there is nothing to do.
    QStringList clientsForTeamStep();
    void dropDashboard();
    void reloadViews();
    void reloadAgenda();
    // What the views show follows what the file says changed.
    void storeChanged(const StoreChange& change);
    // Drops the decrypted data held by the window: views, undo history, the feed and the store.
    void dropStore();
    void unlocked();
    // Asks save, discard or cancel when the open dossier has unsaved edits; false when the coach stays.
    bool resolveUnsavedEdits();
    void saveEdits();
    void updateTitle();

    AppSettings& m_settings;
    const Clock& m_clock;
    Prompts& m_prompts;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ChangeFeed> m_feed; // listens to m_store: goes first
    QString m_path;
    DossierUndo m_undo;
    QStackedWidget* m_stack;
    QTabWidget* m_tabs;
    QLabel* m_lockedPage;
    CaseloadView* m_caseload;
    AgendaView* m_agenda;
    DossierView* m_dossier;
    QWidget* m_dashboardHolder = nullptr;
    DashboardView* m_dashboard = nullptr;
    GuideDialog* m_guide = nullptr; // child of the window, made when first asked for
    IdleLock* m_idle;
    StartDialog* m_unlock = nullptr;
    QString m_reopenClient;
    QString m_lostEditsNote;
    bool m_locked = false;
    bool m_agendaStale = false; // the agenda is read again when its tab is shown
};

} // namespace koers
