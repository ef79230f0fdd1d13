// Imports a sync package: the package is verified (passphrase, checksums, format, columns), every record
// checked and the whole package assessed (SyncIntake), and only then merged in one transaction after an
// encrypted backup of the file. A package that would change nothing writes no backup. Importing a package
// again, or packages in any order, gives the same data.
#pragma once

#include "SyncIntake.h"
#include "util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>

namespace koers {

class Store;

struct SyncImportOptions {
    // How many clients the user agreed the package may delete or empty (koers-cli --allow-deletions N).
    qint64 allowedDeletions = 0;
    // Asked instead when the package deletes or empties more clients than the settings allow (the window).
    std::function<bool(const SyncClientEffects&)> confirm;
};

struct SyncImportSummary {
    QString packageId;
    QString sourceDevice;
    QDateTime created; // UTC, when the package was made
    bool full = true;
    SyncImportCounts total;
    QMap<QString, SyncImportCounts> perTable;
    SyncClientEffects effects;
    QString backupPath; // the copy made before the merge; empty when the package changed nothing
};

class SyncImporter {
public:
    explicit SyncImporter(Store& store)
        : m_store(store) {}

    // On any error the database is left as it was.
    Result<SyncImportSummary> importFrom(const QString& path, QByteArrayView passphrase,
                                         const SyncImportOptions& options = {});

private:
    Store& m_store;
};

} // namespace koers
