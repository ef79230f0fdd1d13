// Pulls into the file what changed on the hub since its cursor and the login may see, in batches: every
// batch enters the file through one place (mergeBatch: checked, then merged by SyncMerger, one local
// transaction that also remembers how far the pull got), so a broken pull resumes where it stopped. The
// cursor is a transaction horizon (pg_snapshot_xmin), not a sequence, so no commit that lands late is
// skipped. Clients that left the login's scope are dropped from the file, after its changes were pushed.
#pragma once

#include "HubLocalState.h"
#include "sync/SyncMerger.h"
#include "util/Result.h"

#include <QSet>

#include <vector>

namespace koers {

class HubProgress;
class PgConnection;
class Store;

struct HubPullCounts {
    qint64 received = 0;     // records read from the hub
    SyncImportCounts merged; // what they did to the file
    qint64 conflicts = 0;    // losing versions the hub kept that were new to this file
    qint64 dropped = 0;      // clients that left this login's scope, removed from the file
    qint64 keptPending = 0;  // clients that left, kept because they have changes not yet pushed
    bool fullPull = false;   // the cursor started from zero (first sync, or the login's grant changed)
    qint64 rescrubbed = 0;   // batches that brought an anonymisation: this file scrubbed its records anew
};

class HubPuller {
public:
    HubPuller(Store& store, PgConnection& hub, HubLocalState& state, int batch);
    // `pushedMark`: the file's changes up to this stamp are on the hub (a client with later changes is not
    // dropped). Leaves the acknowledgement of dropped clients to acknowledge(), after the local commit.
    Result<HubPullCounts> pull(const QString& pushedMark, HubProgress* progress);
    Status acknowledge();

private:
    template <class T>
    Status pullTable(int index, const HubPullRound& round, qint64 cursor, HubProgress* progress);
    template <class T>
    Status mergeBatch(std::vector<std::pair<T, SyncKnowledge>>& batch, int index);
    Status pullConflicts(qint64 cursor);
    Status dropLeft(const QString& pushedMark);

    Store& m_store;
    PgConnection& m_hub;
    HubLocalState& m_state;
    int m_batch;
    HubPullCounts m_counts;
    HubPullRound m_round;
    QSet<QString> m_leaving;
    QStringList m_dropped;
};

} // namespace koers
