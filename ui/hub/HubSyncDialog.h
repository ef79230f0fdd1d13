// File > Synchronise with server: syncs the open file with the regional hub (design §9b). The hub's
// connection string is remembered (never a password); the password, when the server asks for one, is typed
// here and handed to libpq as its password parameter. The sync runs off the UI thread with progress and
// Cancel; closing the dialog (also by the idle lock) cancels it and waits until file and hub are consistent.
#pragma once

#include "hub/HubSync.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace koers {

class AppSettings;
class Store;

class HubSyncDialog : public QDialog {
    Q_OBJECT
public:
    HubSyncDialog(Store& store, AppSettings& settings, QWidget* parent = nullptr);
    ~HubSyncDialog() override;

    QLineEdit* serverField() const { return m_server; }
    QLineEdit* passwordField() const { return m_password; }
    QPushButton* syncButton() const { return m_sync; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progress() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* lastSyncLabel() const { return m_lastSync; }
    bool isRunning() const { return m_thread != nullptr; }
    // Tests wait for the worker with this.
    bool waitForSync(int ms);

    // Stops a running sync and waits until it has rolled back (a lock); false when none was running.
    bool stopSync();
    void reject() override;

Q_SIGNALS:
    // The sync changed records of the file: views should reload.
    void recordsChanged();
    void finished();

private:
    class Progress;
    void start();
    void done();
    void poll();
    void showLastSync();
    void updateButtons();

    Store& m_store;
    AppSettings& m_settings;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_sync = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lastSync = nullptr;
    QTimer* m_poll = nullptr;
    QThread* m_thread = nullptr;
    std::unique_ptr<Progress> m_progressState;
    std::optional<Result<HubSyncSummary>> m_result;
};

} // namespace koers
