// The merge rule of sync, in one place for every way records arrive (packages, the hub): per record the
// version with the higher hybrid-logical-clock stamp wins; when the two versions were made concurrently
// (neither knew the other), the losing one is kept in sync_conflict. Merging a version twice, or versions in
// any order, gives the same data. The caller owns the transaction and the clock.
#pragma once

#include "SyncKnowledge.h"
#include "util/Result.h"

#include <QMap>
#include <QString>

#include <memory>

namespace koers {

class Store;

struct SyncImportCounts {
    qint64 added = 0;     // records new to this file
    qint64 updated = 0;   // the incoming version won
    qint64 unchanged = 0; // the same version, or one this file's version was made from
    qint64 conflicts = 0; // concurrent versions: the loser (from either side) was kept for review

    void add(const SyncImportCounts& other) {
        added += other.added;
        updated += other.updated;
        unchanged += other.unchanged;
        conflicts += other.conflicts;
    }
};

class SyncMerger {
public:
    explicit SyncMerger(Store& store);
    ~SyncMerger();
    Q_DISABLE_COPY_MOVE(SyncMerger)

    // Merges one incoming version of a record of a synchronised table (see sync::forEachTable), with what
    // its sender knew of the record's history. Statements are prepared on a table's first record.
    template <class T>
    Status merge(const T& incoming, const SyncKnowledge& knowledge);

    SyncImportCounts total() const;
    // By table name; only tables that received a record.
    QMap<QString, SyncImportCounts> perTable() const;

private:
    struct Tables;
    Store& m_store;
    std::unique_ptr<Tables> m_tables;
};

} // namespace koers
