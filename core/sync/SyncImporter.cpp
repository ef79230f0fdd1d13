#include "SyncImporter.h"

#include "SyncPackage.h"
#include "SyncSettings.h"
#include "services/BackupStore.h"
#include "services/RetentionService.h"
#include "storage/DeviceNames.h"
#include "storage/PageCacheScope.h"
#include "storage/RollbackJournalScope.h"
#include "storage/SettingsStore.h"
#include "storage/Store.h"

#include <optional>

namespace koers {

namespace {

Status recordSource(Store& store, const SyncManifest& manifest) {
    auto source = store.db().prepare(
        u"INSERT OR REPLACE INTO sync_source (device, last_package_id, last_created, last_import_at, packages) VALUES "
        u"(?1, ?2, ?3, ?4, COALESCE((SELECT packages FROM sync_source WHERE device = ?1), 0) + 1)");
    if (!source.ok())
        return source.error();
    source->bind(1, manifest.sourceDevice);
    source->bind(2, manifest.packageId);
    source->bind(3, manifest.created.toString(Qt::ISODateWithMs));
    source->bind(4, store.clock().nowUtc().toString(Qt::ISODateWithMs));
    KOERS_TRY(source->exec());
    DeviceNames names(store);
    KOERS_TRY(names.learn(manifest.sourceDevice, manifest.sourceDeviceName, true));
    for (auto it = manifest.deviceNames.cbegin(); it != manifest.deviceNames.cend(); ++it)
        KOERS_TRY(names.learn(it.key(), it.value(), it.key() == manifest.sourceDevice));
    return {};
}

} // namespace

Result<SyncImportSummary> SyncImporter::importFrom(const QString& path, QByteArrayView passphrase,
                                                   const SyncImportOptions& options) {
    Progress& progress = options.progress ? *options.progress : Progress::none();
    auto package = SyncPackage::stream(path, passphrase);
    if (!package.ok())
        return package.error();
    const SyncManifest& manifest = package->manifest();
    if (manifest.sourceDevice == m_store.deviceId())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Sync", "This sync package was made on this device. Import it "
                                                             "on another device."));
    // Nothing is merged into a damaged file (the backup would hold the damage too).
    KOERS_TRY(m_store.db().quickCheck());
    auto settings = settings::load<SyncSettings>(m_store, u"sync");
    if (!settings.ok())
        return settings.error();

    SyncImportSummary summary;
    summary.packageId = manifest.packageId;
    summary.sourceDevice = manifest.sourceDevice;
    summary.created = manifest.created;
    summary.full = manifest.full;

    // Pass 1: every record checked and the whole package assessed, nothing written.
    SyncIntake intake(m_store, settings.value());
    KOERS_TRY(intake.checkStamp(manifest.stamp, SyncWhere::whole(QString::fromLatin1(SyncManifest::kFileName))));
    progress.begin(QCoreApplication::translate("Sync", "Checking the package"), package->totalRows());
    ProgressCounter checkedRows(progress);
    Status checked;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        if (!checked.ok())
            return;
        const QString file = sync::fileName(QString::fromLatin1(T::table));
        // A record's own error comes before a fault of the file found after it.
        checked =
            package->forEachRecordAhead<T>([&](const T& record, const SyncKnowledge& knowledge, qint64 line) -> Status {
                KOERS_TRY(intake.check(record, knowledge, SyncWhere::fileLine(file, line)));
                return checkedRows.tick();
            });
        if (checked.ok())
            checked = intake.finishTable(file);
    });
    KOERS_TRY(checked);
    KOERS_TRY(intake.finishChecks(options.allowedDeletions, options.confirm));
    summary.effects = intake.effects();

    const QString audit = QStringLiteral("source=%1 rows=%2 added=%3 updated=%4 unchanged=%5 conflicts=%6");
    if (!intake.assessed().writesAnything()) {
        // A package seen before: it is recorded, but nothing changes and no backup pushes an older one out.
        summary.total = intake.assessed();
        Transaction tx(m_store.db());
        KOERS_TRY(tx.started());
        KOERS_TRY(recordSource(m_store, manifest));
        KOERS_TRY(m_store.audit(u"sync_import", {}, manifest.packageId, {},
                                audit.arg(manifest.sourceDevice)
                                    .arg(package->totalRows())
                                    .arg(0)
                                    .arg(0)
                                    .arg(summary.total.unchanged)
                                    .arg(0)));
        KOERS_TRY(tx.commit());
        return summary;
    }

    // Pass 2: an encrypted copy of the file first, for a restore, then the merge in one transaction. The copy
    // is named a backup only when the merge commits (a cancelled one leaves the file as it was).
    KOERS_TRY(progress.check());
    progress.begin(QCoreApplication::translate("Sync", "Making a backup"), 0);
    auto backup = PendingBackup::take(m_store.db(), u"sync-import");
    if (!backup.ok())
        return backup.error();
    progress.begin(QCoreApplication::translate("Sync", "Merging"), package->totalRows());
    ProgressCounter mergedRows(progress);
    // A merge writes all over the file's indexes; with the default small page cache, every record costs page
    // decryptions and re-encryptions. A larger cache for the length of the import; restored on every path.
    PageCacheScope cache(m_store.db());
    // The pages a large merge adds go into the file once: in WAL mode those beyond the page cache went into
    // the WAL during the transaction (a 100,000-client package: the whole file) and were copied into the file
    // again by the checkpoint. Outlives the transaction; see RollbackJournalScope.
    std::optional<RollbackJournalScope> journal;
    const SyncImportCounts& assessed = intake.assessed();
    if (assessed.added + assessed.updated >= options.rollbackJournalFromRecords)
        journal.emplace(m_store.db());
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    // Local edits from now on sort after everything in the package (its stamps were bounded in pass 1). A
    // package seen before teaches the clock nothing, and then the clock is left alone.
    Hlc latest = intake.latestStamp();
    if (m_store.lastStamp() < manifest.stamp)
        latest = std::max(latest, manifest.stamp);
    if (m_store.lastStamp() < latest)
        m_store.observe(latest);
    bool anonymisedArrived = false;
    {
        BulkScope bulk(m_store);
        Status merged;
        sync::forEachTable([&]<class T>(std::type_identity<T>) {
            if (!merged.ok())
                return;
            merged =
                package->forEachRecordAhead<T>([&](const T& record, const SyncKnowledge& knowledge, qint64) -> Status {
                    KOERS_TRY(intake.merge(record, knowledge));
                    return mergedRows.tick();
                });
        });
        KOERS_TRY(merged);
        mergedRows.finish();
        auto scrubbed = intake.finishMerge();
        if (!scrubbed.ok())
            return scrubbed.error();
        anonymisedArrived = scrubbed.value();
    }
    summary.perTable = intake.perTable();
    summary.total = intake.total();

    KOERS_TRY(recordSource(m_store, manifest));
    KOERS_TRY(m_store.audit(u"sync_import", {}, manifest.packageId, {},
                            audit.arg(manifest.sourceDevice)
                                .arg(package->totalRows())
                                .arg(summary.total.added)
                                .arg(summary.total.updated)
                                .arg(summary.total.unchanged)
                                .arg(summary.total.conflicts)));
    KOERS_TRY(m_store.saveClock());
    KOERS_TRY(progress.check());
    auto kept = backup->keep(); // named before the commit: a kill in between leaves one backup too many
    if (!kept.ok())
        return kept.error();
    summary.backupPath = kept.value();
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
    journal.reset(); // back to WAL before the scrub, which works on the WAL too
    // An anonymisation that arrived leaves no old value in any page of the file or its WAL.
    if (anonymisedArrived)
        KOERS_TRY(RetentionService(m_store).scrubFile());
    return summary;
}

} // namespace koers
