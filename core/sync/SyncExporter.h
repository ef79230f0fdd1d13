// Writes a sync package, streaming each table's rows straight into its encrypted entry (bounded memory): every
// record, or for a named peer only what changed or arrived here since the last package made for that peer. Remembers
// per peer what it got, and logs the export with counts.
#pragma once

#include "util/Progress.h"
#include "util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace koers {

class Store;

struct SyncExportOptions {
    QString peer;      // empty: no peer is remembered and the package is full
    bool full = false; // for a peer: everything, not only the changes since its last package
    // A scoped package (data minimisation): only the clients of these coaches and municipalities (by name;
    // given both, clients that match both), with their records and the parents they need.
    QStringList coaches = {};
    QStringList municipalities = {};
    // A handover: exactly these clients (by id; with coaches or municipalities, those of them that also match).
    QStringList clientIds = {};
    // Records written so far (of an estimate for a full package); Cancel leaves no package behind.
    Progress* progress = nullptr;
};

struct SyncExportSummary {
    QString packageId;
    bool full = true;
    qint64 rows = 0;
    QMap<QString, qint64> rowsPerTable;
};

// A peer as remembered by the export side.
struct SyncPeer {
    QString name;
    QDateTime lastExportAt; // UTC
    qint64 lastRows = 0;
    qint64 packages = 0;
};

class SyncExporter {
public:
    explicit SyncExporter(Store& store)
        : m_store(store) {}

    Result<SyncExportSummary> exportTo(const QString& path, QByteArrayView passphrase,
                                       const SyncExportOptions& options);
    // Peers this file has exported to, by name.
    Result<std::vector<SyncPeer>> peers();

private:
    Status fillScope(const SyncExportOptions& options);

    Store& m_store;
};

} // namespace koers
