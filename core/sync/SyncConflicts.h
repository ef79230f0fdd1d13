// The versions that lost a concurrent edit during sync, for review: each beside the record as it is now,
// and restorable. Restoring writes the losing values back as a new local change, which then wins on every
// device through the next packages. The list is this file's own and does not travel.
#pragma once

#include "storage/Statement.h"
#include "util/Hlc.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace koers {

class Store;

struct SyncConflict {
    QString id;
    QString table;
    QString recordId;
    Hlc loserStamp;
    Hlc winnerStamp;
    QDateTime detectedAt; // UTC
    bool resolved = false;
    QStringList columns;       // the table's columns
    QStringList loserValues;   // the losing version, by column
    QStringList currentValues; // the record as stored now, by column
};

class SyncConflicts {
public:
    explicit SyncConflicts(Store& store)
        : m_store(store) {}

    // Newest first.
    Result<std::vector<SyncConflict>> list(bool includeResolved = false);
    Result<SyncConflict> get(const QString& id);
    // Writes the loser's values back as a new change of this device, and marks the conflict resolved.
    Status restore(const QString& id);
    // Keeps the current version and marks the conflict resolved.
    Status dismiss(const QString& id);

private:
    Result<SyncConflict> read(Statement& st);
    Status setResolved(const QString& id);

    Store& m_store;
};

} // namespace koers
