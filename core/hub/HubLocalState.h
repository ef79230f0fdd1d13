// What a file remembers of its sync with one hub (keys in the file's meta table, per hub id): the stamp up
// to which its changes were pushed, the pull cursor (a transaction horizon on the hub), the login's scope
// epoch, an unfinished pull round (so a broken pull resumes), the audit entries already sent, and the
// time of the last completed sync.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace koers {

class Store;

struct HubPullRound {
    qint64 horizon = 0; // the round's first snapshot: every transaction below it had finished
    int table = 0;      // index in sync::forEachTable order
    QString lastId;     // last record applied in that table
    bool active = false;
};

class HubLocalState {
public:
    HubLocalState(Store& store, QString hubId);

    const QString& hubId() const { return m_hubId; }
    Result<QString> pushedMark();
    Status setPushedMark(const QString& stamp);
    Result<qint64> cursor();
    Status setCursor(qint64 cursor);
    Result<qint64> epoch();
    Status setEpoch(qint64 epoch);
    Result<HubPullRound> round();
    Status setRound(const HubPullRound& round);
    Result<qint64> auditSent();
    Status setAuditSent(qint64 seq);
    Status setLastSync(const QDateTime& at);

    // The hub the file synced with last and when (for the window), without connecting.
    static Result<QDateTime> lastSync(Store& store);

private:
    QString key(const char* name) const;
    Result<qint64> number(const char* name);

    Store& m_store;
    QString m_hubId;
};

} // namespace koers
