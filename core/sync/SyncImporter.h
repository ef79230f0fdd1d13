// Imports a sync package in two streaming passes over it, in bounded memory: the first checks the package
// (passphrase, format, columns, checksums) and every record, and assesses the whole package (SyncIntake)
// without writing; the second merges it in one transaction, after an encrypted backup of the file. A package
// that would change nothing writes no backup. Importing a package again, or packages in any order, gives
// the same data.
#pragma once

#include "SyncIntake.h"
#include "util/Progress.h"
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
    // Phases "checking" and "merging", counted in records; Cancel rolls everything back.
    Progress* progress = nullptr;
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
