// How a hub sync tells where it is and learns that it should stop. Called between batches, on the thread
// that runs the sync; a stop is safe at any call (a push is one transaction, a pull resumes later).
#pragma once

#include <QtGlobal>

namespace koers {

class HubProgress {
public:
    enum class Phase { Pushing, Pulling, Finishing };
    virtual ~HubProgress() = default;
    // `done` records of the phase so far; `total` when known, else 0.
    virtual void step(Phase phase, qint64 done, qint64 total) = 0;
    virtual bool cancelled() const { return false; }
};

} // namespace koers
