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
    // A merge that writes at least this many records does so with a rollback journal instead of the WAL
    // (RollbackJournalScope): the pages beyond the page cache would otherwise go into the WAL and again into
    // the file (at 100,000 clients a quarter of the import). The switch rewrites the file's first page, so a
    // merge cancelled after it leaves the same content but not the same bytes; below this size nothing of
    // the file changes.
    qint64 rollbackJournalFromRecords = 200000;
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
