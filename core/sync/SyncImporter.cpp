#include "SyncImporter.h"

#include "storage/PageCacheScope.h"

#include "SyncKnowledge.h"
#include "SyncPackage.h"
#include "csv/CsvWriter.h"
#include "storage/Store.h"

#include <QCryptographicHash>

namespace koers {

namespace {

QString insertSql(const char* table, const QStringList& cols) {
    QStringList params;
    for (qsizetype i = 1; i <= cols.size(); ++i)
        params << QStringLiteral("?%1").arg(i);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(QLatin1String(table), cols.join(QLatin1String(", ")), params.join(QLatin1String(", ")));
}

QString updateSql(const char* table, const QStringList& cols) {
    QStringList sets;
    for (qsizetype i = 1; i < cols.size(); ++i)
        sets << QStringLiteral("%1 = ?%2").arg(cols[i]).arg(i + 1);
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1").arg(QLatin1String(table), sets.join(QLatin1String(", ")));
}

// The same loss seen on two devices is one conflict: the id depends only on what lost.
QString conflictId(QStringView table, QStringView recordId, const Hlc& loser) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(table.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(recordId.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(loser.toString().toUtf8());
    return QString::fromLatin1(h.result().toHex().left(32));
}

QString csvLine(const QStringList& fields) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w = CsvWriter::rfc4180(buffer);
    (void)w.writeRow(fields);
    (void)w.finish();
    return QString::fromUtf8(bytes).chopped(2); // without the CRLF
}

// The local stamp of this import, for sync_state.received: taken only when a record actually changes, so
// importing a package again does not even move the clock.
class ReceivedStamp {
public:
    explicit ReceivedStamp(Store& store)
        : m_store(store) {}
    const QString& text() {
        if (m_text.isNull())
            m_text = m_store.stamp().toString();
        return m_text;
    }

private:
    Store& m_store;
    QString m_text;
};

// Merges one table; statements are prepared once per table.
template <class T>
class TableMerge {
public:
    TableMerge(Store& store, ReceivedStamp& received)
        : m_store(store)
        , m_received(received)
        , m_table(QString::fromLatin1(T::table)) {}

    Status prepare() {
        auto lookup = m_store.db().prepare(sync::selectWithKnowledge<T>() + QStringLiteral(" WHERE t.id = ?1"));
        auto insert = m_store.db().prepare(insertSql(T::table, codec::allColumns<T>()));
        auto update = m_store.db().prepare(updateSql(T::table, codec::allColumns<T>()));
        auto state = m_store.db().prepare(
            u"INSERT OR REPLACE INTO sync_state (table_name, record_id, knowledge, received) VALUES (?1, ?2, ?3, ?4)");
        auto conflict = m_store.db().prepare(
            u"INSERT OR IGNORE INTO sync_conflict (id, table_name, record_id, loser_stamp, winner_stamp, loser_row, "
            u"detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        for (auto* r : {&lookup, &insert, &update, &state, &conflict})
            if (!r->ok())
                return r->error();
        m_lookup = std::move(lookup.value());
        m_insert = std::move(insert.value());
        m_update = std::move(update.value());
        m_state = std::move(state.value());
        m_conflict = std::move(conflict.value());
        return {};
    }

    Status merge(const T& incoming, const SyncKnowledge& incomingKnowledge) {
        SyncKnowledge theirs = incomingKnowledge;
        theirs.add(incoming.meta.updatedAt);

        m_lookup.reset();
        m_lookup.bind(1, incoming.meta.id);
        auto found = m_lookup.step();
        if (!found.ok())
            return found.error();
        if (!found.value()) {
            KOERS_TRY(write(m_insert, incoming));
            KOERS_TRY(saveState(incoming.meta.id, theirs));
            ++m_counts.added;
            return {};
        }
        T local;
        codec::readRecord(m_lookup, local);
        const int knowledgeColumn = static_cast<int>(codec::allColumns<T>().size());
        SyncKnowledge ours =
            SyncKnowledge::parse(m_lookup.isNull(knowledgeColumn) ? QString() : m_lookup.text(knowledgeColumn))
                .value_or(SyncKnowledge());
        m_lookup.reset();
        ours.add(local.meta.updatedAt);

        const Hlc& in = incoming.meta.updatedAt;
        const Hlc& mine = local.meta.updatedAt;
        // Concurrent: neither version was made knowing the other. Only then is the loser a conflict; an
        // older version that the newer one was made from is simply superseded.
        const bool concurrent = in != mine && !ours.knows(in) && !theirs.knows(mine);
        if (mine < in) {
            KOERS_TRY(write(m_update, incoming));
            ++m_counts.updated;
            if (concurrent)
                KOERS_TRY(recordLoss(local, in));
        } else if (in < mine && concurrent) {
            KOERS_TRY(recordLoss(incoming, mine));
        } else {
            ++m_counts.unchanged;
        }
        if (ours.merge(theirs))
            KOERS_TRY(saveState(incoming.meta.id, ours));
        return {};
    }

    const SyncImportCounts& counts() const { return m_counts; }

private:
    Status write(Statement& st, const T& record) {
        st.reset();
        codec::bindRecord(st, record);
        return st.exec();
    }

    Status saveState(const QString& id, const SyncKnowledge& knowledge) {
        m_state.reset();
        m_state.bind(1, m_table);
        m_state.bind(2, id);
        m_state.bind(3, knowledge.toString());
        m_state.bind(4, m_received.text());
        return m_state.exec();
    }

    Status recordLoss(const T& loser, const Hlc& winner) {
        m_conflict.reset();
        m_conflict.bind(1, conflictId(m_table, loser.meta.id, loser.meta.updatedAt));
        m_conflict.bind(2, m_table);
        m_conflict.bind(3, loser.meta.id);
        m_conflict.bind(4, loser.meta.updatedAt.toString());
        m_conflict.bind(5, winner.toString());
        m_conflict.bind(6, csvLine(sync::rowTexts(loser)));
        m_conflict.bind(7, m_store.clock().nowUtc().toString(Qt::ISODateWithMs));
        KOERS_TRY(m_conflict.exec());
        ++m_counts.conflicts;
        return {};
    }

    Store& m_store;
    ReceivedStamp& m_received;
    QString m_table;
    Statement m_lookup;
    Statement m_insert;
    Statement m_update;
    Statement m_state;
    Statement m_conflict;
    SyncImportCounts m_counts;
};

void addCounts(SyncImportCounts& total, const SyncImportCounts& part) {
    total.added += part.added;
    total.updated += part.updated;
    total.unchanged += part.unchanged;
    total.conflicts += part.conflicts;
}

} // namespace

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
    ReceivedStamp received(m_store);
    {
        BulkScope bulk(m_store);
        Status merged;
        sync::forEachTable([&]<class T>(std::type_identity<T>) {
            if (!merged.ok())
                return;
            TableMerge<T> table(m_store, received);
            merged = table.prepare();
            if (!merged.ok())
                return;
            merged = package->forEachRecord<T>([&](const T& record, const SyncKnowledge& knowledge) {
                if (merged.ok())
                    merged = table.merge(record, knowledge);
            });
            summary.perTable.insert(QString::fromLatin1(T::table), table.counts());
            addCounts(summary.total, table.counts());
        });
        if (!merged.ok())
            return merged.error();
    }

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
