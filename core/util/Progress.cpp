#include "Progress.h"

#include <QCoreApplication>

namespace koers {

namespace {

class NoProgress final : public Progress {
public:
    void begin(const QString&, qint64) override {}
    void advance(qint64) override {}
    bool cancelled() const override { return false; }
};

} // namespace

Error Progress::cancelledError() {
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("Progress", "Cancelled: nothing was changed."));
}

Progress& Progress::none() {
    static NoProgress sink;
    return sink;
}

void ProgressState::begin(const QString& phase, qint64 total) {
    QMutexLocker lock(&m_mutex);
    m_phase = phase;
    m_total.store(total, std::memory_order_relaxed);
    m_done.store(0, std::memory_order_relaxed);
    m_final.store(false, std::memory_order_relaxed);
    m_timer.start();
}

void ProgressState::beginFinal(const QString& phase, qint64 total) {
    begin(phase, total);
    m_final.store(true, std::memory_order_relaxed);
}

ProgressSnapshot ProgressState::snapshot() const {
    ProgressSnapshot s;
    QMutexLocker lock(&m_mutex);
    s.phase = m_phase;
    s.done = m_done.load(std::memory_order_relaxed);
    s.total = m_total.load(std::memory_order_relaxed);
    s.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    s.final = m_final.load(std::memory_order_relaxed);
    // A straight line from what is done: honest enough after the first second of a phase.
    if (s.total > 0 && s.done > 0 && s.elapsedMs > 1000 && s.done <= s.total)
        s.remainingMs = s.elapsedMs * (s.total - s.done) / s.done;
    return s;
}

} // namespace koers
