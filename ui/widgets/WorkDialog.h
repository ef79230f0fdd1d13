// WorkDialog: a long core operation (a sync package, an import, a report) runs on a worker thread behind a modal
// dialog with its phase, counts, time left and Cancel, so the window keeps repainting. The store's connection
// belongs to the worker while it runs (Store::WorkerScope): the change feed holds its announcements until the
// worker lets go. A lock closes the dialog from outside: it cancels the work, waits until it has rolled back, and
// run() returns nullopt, after which the caller must not touch the store (it is gone).
#pragma once

#include "util/Progress.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <type_traits>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace koers {

class Store;

class WorkDialog final : public QDialog {
    Q_OBJECT
public:
    // Runs `work` on a worker and returns its result, or nullopt when a lock closed the dialog meanwhile.
    template <class Work>
    static auto run(QWidget* parent, const QString& title, Store& store, Work&& work)
        -> std::optional<std::invoke_result_t<Work, Progress&>> {
        return runOn(parent, title, &store, std::forward<Work>(work));
    }
    // The same for work on no open store (a restore, while the file is closed).
    template <class Work>
    static auto runWithoutStore(QWidget* parent, const QString& title, Work&& work)
        -> std::optional<std::invoke_result_t<Work, Progress&>> {
        return runOn(parent, title, nullptr, std::forward<Work>(work));
    }

    // From the worker: asks `question` on the dialog's thread (with the dialog as the parent of whatever it
    // shows) and waits for the answer. False, without asking further, when the work is cancelled meanwhile.
    static bool ask(Progress& progress, const std::function<bool(QWidget* parent)>& question);

    // The dialog showing now, if any (tests, and the window's lock).
    static WorkDialog* current();

    // Cancels and waits until the worker has stopped (a lock, the window closing). Work in a final phase
    // (inFinalPhase) is not stopped but waited for: it finishes.
    void reject() override;
    bool inFinalPhase() const;
    // Cancels as the Cancel button does; the dialog closes when the worker has rolled back.
    void requestCancel();

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    WorkDialog(QWidget* parent, const QString& title);
    ~WorkDialog() override;
    template <class Work>
    static auto runOn(QWidget* parent, const QString& title, Store* store, Work&& work)
        -> std::optional<std::invoke_result_t<Work, Progress&>> {
        std::optional<std::invoke_result_t<Work, Progress&>> result;
        const bool finished =
            runWork(parent, title, store, [&result, &work](Progress& progress) { result.emplace(work(progress)); });
        if (!finished)
            return std::nullopt;
        return result;
    }
    static bool runWork(QWidget* parent, const QString& title, Store* store,
                        const std::function<void(Progress&)>& work);
    void poll();
    void workFinished();

    ProgressState m_state;
    QThread* m_thread = nullptr;
    QTimer* m_timer = nullptr;
    QLabel* m_phase = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_counts = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_interrupted = false;
};

} // namespace koers
