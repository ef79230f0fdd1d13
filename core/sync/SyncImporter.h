// Imports a verified sync package into the store in one transaction, through SyncMerger's rule. Importing
// a package again, or packages in any order, gives the same data.
#pragma once

#include "SyncMerger.h"
#include "util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace koers {

class Store;

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
