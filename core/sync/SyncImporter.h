// Merges a verified sync package into the store in one transaction. Per record the version with the higher
// hybrid-logical-clock stamp wins; when the two versions were made concurrently (neither knew the other), the
// losing one is kept in sync_conflict. Importing a package again, or in any order, gives the same data.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace koers {

class Store;

struct SyncImportCounts {
    qint64 added = 0;     // records new to this file
    qint64 updated = 0;   // the package's version won
    qint64 unchanged = 0; // the same version, or one this file's version was made from
    qint64 conflicts = 0; // concurrent versions: the loser (from either side) was kept for review
};

struct SyncImportSummary {
    QString packageId;
    QString sourceDevice;
    QDateTime created; // UTC, when the package was made
    bool full = true;
    SyncImportCounts total;
    QMap<QString, SyncImportCounts> perTable;
};

class SyncImporter {
public:
    explicit SyncImporter(Store& store)
        : m_store(store) {}

    // Verifies the whole package (passphrase, checksums, format version, columns, values, not made on this
    // device) before it changes anything; on any error the database is left as it was.
    Result<SyncImportSummary> importFrom(const QString& path, QByteArrayView passphrase);

private:
    Store& m_store;
};

} // namespace koers
