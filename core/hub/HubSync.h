// One synchronisation of a file with the hub (koers-cli sync --hub, File > Synchronise with server): push
// this file's changes since its last push (one hub transaction), then pull everything since its cursor that
// the login may see, then drop the clients that left its scope. Any break leaves file and hub consistent,
// and the next sync completes; a sync with nothing new changes no record, conflict or knowledge.
#pragma once

#include "HubPuller.h"
#include "HubPusher.h"
#include "util/Result.h"

#include <QDateTime>

namespace koers {

class HubProgress;
class PgConnection;
class Store;

struct HubSyncOptions {
    int pushChunk = 1000; // records per round trip of a push
    int pullBatch = 2000; // records per local transaction of a pull
};

struct HubSyncSummary {
    QString hubId;
    HubPushCounts push;
    HubPullCounts pull;
    QDateTime at; // UTC
};

class HubSync {
public:
    HubSync(Store& store, PgConnection& hub, HubSyncOptions options = {});
    Result<HubSyncSummary> run(HubProgress* progress = nullptr);

private:
    Result<HubPushCounts> pushOnce(HubLocalState& state, const QString& since, HubProgress* progress);

    Store& m_store;
    PgConnection& m_hub;
    HubSyncOptions m_options;
};

} // namespace koers
