// Pushes a file's changes since its last push into the hub, in one hub transaction: per record the hub's
// version is locked (SELECT ... FOR UPDATE) and compared with the file's by sync::decide, the same rule as
// every merge; the loser of a concurrent edit is kept in koers.conflict. Records the login may not write
// (outside its scope) are not sent and counted. The audit entries since the last push travel too.
#pragma once

#include "util/Result.h"

#include <QString>

namespace koers {

class HubLocalState;
class HubProgress;
class PgConnection;
class Store;

struct HubPushCounts {
    qint64 sent = 0;      // records of the file that changed since the last push
    qint64 added = 0;     // new on the hub
    qint64 updated = 0;   // the file's version won
    qint64 unchanged = 0; // the hub had this version or a later one made from it
    qint64 conflicts = 0; // concurrent versions: the loser was kept on the hub
    qint64 refused = 0;   // outside this login's scope on the hub
    qint64 audit = 0;     // audit entries sent
};

class HubPusher {
public:
    HubPusher(Store& store, PgConnection& hub, HubLocalState& state, int chunk);
    // Leaves the hub transaction open on success: the caller commits it and then moves the local mark.
    Result<HubPushCounts> push(const QString& since, HubProgress* progress);
    // The last audit entry sent by push(), to remember once the hub committed; -1 if none.
    qint64 auditLast() const { return m_auditLast; }

private:
    template <class T>
    Status pushTable(const QString& since, HubProgress* progress);
    template <class T>
    Status flush(std::vector<std::pair<T, QString>>& chunk);
    Status pushAudit();
    Status pushResolutions();

    Store& m_store;
    PgConnection& m_hub;
    HubLocalState& m_state;
    int m_chunk;
    HubPushCounts m_counts;
    qint64 m_auditLast = -1;
};

} // namespace koers
