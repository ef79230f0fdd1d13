#include "SyncImporter.h"

#include "SyncPackage.h"
#include "storage/PageCacheScope.h"
#include "storage/Store.h"

namespace koers {

Result<SyncImportSummary> SyncImporter::importFrom(const QString& path, QByteArrayView passphrase) {
    auto package = SyncPackage::open(path, passphrase);
    if (!package.ok())
        return package.error();
    const SyncManifest& manifest = package->manifest();
    if (manifest.sourceDevice == m_store.deviceId())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Sync", "This sync package was made on this device. Import it "
                                                             "on another device."));

    SyncImportSummary summary;
    summary.packageId = manifest.packageId;
    summary.sourceDevice = manifest.sourceDevice;
    summary.created = manifest.created;
    summary.full = manifest.full;

    // The package is valid so far; an encrypted copy of the file before the merge, for a restore.
    KOERS_TRY(m_store.db().backup(u"sync-import"));
    // A merge writes all over the file's indexes; with the default small page cache, every record costs page
    // decryptions and re-encryptions. A larger cache for the length of the import; restored on every path.
    PageCacheScope cache(m_store.db());
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    // Local edits from now on sort after everything in the package. A package seen before teaches the clock
    // nothing, and then the clock is left alone.
    Hlc latest = package->maxStamp();
    if (m_store.lastStamp() < manifest.stamp)
        latest = std::max(latest, manifest.stamp);
    if (m_store.lastStamp() < latest)
        m_store.observe(latest);
    // Records that arrive now are forwarded by the next delta export to any peer (see SyncExporter).
    SyncMerger merger(m_store);
    {
        BulkScope bulk(m_store);
        Status merged;
        sync::forEachTable([&]<class T>(std::type_identity<T>) {
            if (!merged.ok())
                return;
            merged = package->forEachRecord<T>([&](const T& record, const SyncKnowledge& knowledge) {
                if (merged.ok())
                    merged = merger.merge(record, knowledge);
            });
        });
        if (!merged.ok())
            return merged.error();
    }
    summary.perTable = merger.perTable();
    summary.total = merger.total();

    auto source = m_store.db().prepare(
        u"INSERT OR REPLACE INTO sync_source (device, last_package_id, last_created, last_import_at, packages) VALUES "
        u"(?1, ?2, ?3, ?4, COALESCE((SELECT packages FROM sync_source WHERE device = ?1), 0) + 1)");
    if (!source.ok())
        return source.error();
    source->bind(1, manifest.sourceDevice);
    source->bind(2, manifest.packageId);
    source->bind(3, manifest.created.toString(Qt::ISODateWithMs));
    source->bind(4, m_store.clock().nowUtc().toString(Qt::ISODateWithMs));
    KOERS_TRY(source->exec());
    KOERS_TRY(m_store.audit(u"sync_import", {}, manifest.packageId, {},
                            QStringLiteral("source=%1 rows=%2 added=%3 updated=%4 unchanged=%5 conflicts=%6")
                                .arg(manifest.sourceDevice)
                                .arg(package->totalRows())
                                .arg(summary.total.added)
                                .arg(summary.total.updated)
                                .arg(summary.total.unchanged)
                                .arg(summary.total.conflicts)));
    KOERS_TRY(m_store.saveClock());
    const Status committed = tx.commit();
    if (!committed.ok()) {
        // Deferred foreign keys are checked here: a delta package whose parents this file never received.
        if (committed.message().contains(QLatin1String("FOREIGN KEY")))
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("Sync", "The package refers to records this file does not "
                                                                 "have. Import the earlier packages from that device "
                                                                 "first, or ask for a full package."));
        return committed.error();
    }
    return summary;
}

} // namespace koers
