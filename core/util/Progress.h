// One progress and cancel channel for every long operation of the core (spreadsheet import, sync export and
// import, reports, dossier export, dashboard facts, backups, restore, passphrase change, retention, demo data),
// as KMyMoney's storage takes a progress callback. The operation names its phase with the amount of work,
// reports how far it is, and asks at safe points whether to stop; a cancelled operation rolls back completely
// and returns ErrorCode::Cancelled. ProgressState is the thread-safe implementation a window or a terminal
// polls while the operation runs on another thread.
#pragma once

#include "Result.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QString>

#include <atomic>

namespace koers {

class Progress {
public:
    virtual ~Progress() = default;
    // A new phase of the work (translated, short: "Checking the package"); `total` 0 when unknown.
    virtual void begin(const QString& phase, qint64 total) = 0;
    // How much of the phase is done.
    virtual void advance(qint64 done) = 0;
    virtual bool cancelled() const = 0;
    // A phase that cannot stop once it has begun (re-encrypting the file, the vacuum after a commit): a
    // display offers no Cancel while it runs. The operation checked for a cancel just before.
    virtual void beginFinal(const QString& phase, qint64 total) { begin(phase, total); }

    // The error an operation returns when it stopped at the user's request.
    static Error cancelledError();
    // Checks cancelled(): call at safe points, where returning rolls everything back.
    Status check() const {
        if (cancelled())
            return cancelledError();
        return {};
    }
    // A progress that reports nowhere and never cancels, for callers without a display.
    static Progress& none();
};

// Counts for a phase, advanced every `step` items so a tight loop pays one atomic store per step.
class ProgressCounter {
public:
    ProgressCounter(Progress& progress, qint64 step = 1024)
        : m_progress(progress)
        , m_step(step) {}
    // Returns the cancellation status every step items.
    Status tick() {
        if (++m_done % m_step != 0)
            return {};
        m_progress.advance(m_done);
        return m_progress.check();
    }
    void finish() { m_progress.advance(m_done); }
    qint64 done() const { return m_done; }

private:
    Progress& m_progress;
    qint64 m_step;
    qint64 m_done = 0;
};

struct ProgressSnapshot {
    QString phase;
    qint64 done = 0;
    qint64 total = 0;
    qint64 elapsedMs = 0;    // in this phase
    qint64 remainingMs = -1; // estimated, -1 unknown
    bool final = false;      // begun with beginFinal: it runs to its end
};

class ProgressState final : public Progress {
public:
    void begin(const QString& phase, qint64 total) override;
    void beginFinal(const QString& phase, qint64 total) override;
    void advance(qint64 done) override { m_done.store(done, std::memory_order_relaxed); }
    bool cancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }

    // From the waiting side (the window's thread, a signal handler's flag).
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    ProgressSnapshot snapshot() const;

private:
    mutable QMutex m_mutex; // guards the phase text and the timer
    QString m_phase;
    QElapsedTimer m_timer;
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_final{false};
};

} // namespace koers
