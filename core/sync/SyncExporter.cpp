#include "SyncExporter.h"

#include "SyncArchive.h"
#include "SyncKnowledge.h"
#include "SyncManifest.h"
#include "SyncTables.h"
#include "csv/CsvWriter.h"
#include "storage/Store.h"
#include "util/SecureBytes.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace koers {

namespace {

// A reference from a column of one table to the id of another, as the schema declares it.
struct Reference {
    qsizetype column; // index in allColumns<T>()
    QString parent;
};

template <class T>
Result<std::vector<Reference>> referencesOf(Store& store) {
    auto st = store.db().prepare(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(QLatin1String(T::table)));
    if (!st.ok())
        return st.error();
    std::vector<Reference> out;
    const Status read = st->each([&](Statement& row) {
        out.push_back({codec::allColumns<T>().indexOf(row.text(3)), row.text(2)});
    });
    if (!read.ok())
        return read.error();
    return out;
}

// Writes one table's CSV. A delta holds what changed here (its stamp) or arrived here from a peer
// (k.received) after the peer's last package: a record relayed from a third device keeps its older stamp.
// It also holds the parents (`needed`) of every record in it, changed or not, so each package is complete in
// itself and packages can be imported in any order. A scoped package holds only the clients in
// temp.sync_scope with their records, and of the other tables only the parents they need.
template <class T>
Result<qint64> writeTable(Store& store, const QString& since, bool scoped, QHash<QString, QSet<QString>>& needed,
                          QByteArray& out) {
    const QString table = QString::fromLatin1(T::table);
    auto references = referencesOf<T>(store);
    if (!references.ok())
        return references.error();
    QString sql = sync::selectWithKnowledge<T>();
    QStringList where;
    if (!since.isNull())
        where << QStringLiteral("(t.updated_at > ?1 OR k.received > ?1)");
    if (scoped) {
        if constexpr (requires(T r) { r.clientId; })
            where << QStringLiteral("t.client_id IN (SELECT id FROM temp.sync_scope)");
        else if (table == QLatin1String("client"))
            where << QStringLiteral("t.id IN (SELECT id FROM temp.sync_scope)");
        else
            where << QStringLiteral("0"); // coaches, municipalities: only as parents
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    // File order: each page is read (and decrypted) once. By id, every row would be a random page read.
    sql += QStringLiteral(" ORDER BY t.rowid");
    auto changed = store.db().prepare(sql);
    if (!changed.ok())
        return changed.error();
    if (!since.isNull())
        changed->bind(1, since);

    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer = CsvWriter::rfc4180(buffer);
    KOERS_TRY(writer.writeRow(sync::csvHeader<T>()));
    const int knowledgeColumn = static_cast<int>(codec::allColumns<T>().size());
    QSet<QString> written;
    auto writeRows = [&](Statement& st) -> Status {
        for (;;) {
            auto row = st.step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                return {};
            T record;
            codec::readRecord(st, record);
            SyncKnowledge knowledge =
                SyncKnowledge::parse(st.isNull(knowledgeColumn) ? QString() : st.text(knowledgeColumn))
                    .value_or(SyncKnowledge());
            knowledge.add(record.meta.updatedAt);
            QStringList fields = sync::rowTexts(record);
            for (const Reference& r : references.value())
                if (r.column >= 0 && !fields[r.column].isEmpty())
                    needed[r.parent].insert(fields[r.column]);
            fields << knowledge.toString();
            KOERS_TRY(writer.writeRow(fields));
            if (!since.isNull() || scoped)
                written.insert(record.meta.id);
        }
    };
    KOERS_TRY(writeRows(*changed));
    if (!since.isNull() || scoped) {
        QStringList parents(needed.value(table).cbegin(), needed.value(table).cend());
        parents.sort();
        auto byId = store.db().prepare(sync::selectWithKnowledge<T>() + QStringLiteral(" WHERE t.id = ?1"));
        if (!byId.ok())
            return byId.error();
        for (const QString& id : parents) {
            if (written.contains(id))
                continue;
            byId->reset();
            byId->bind(1, id);
            KOERS_TRY(writeRows(*byId));
        }
    }
    KOERS_TRY(writer.finish());
    return writer.rowsWritten() - 1;
}

} // namespace

Result<SyncExportSummary> SyncExporter::exportTo(const QString& path, QByteArrayView passphrase,
                                                 const SyncExportOptions& options) {
    if (passphrase.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("Sync", "The package passphrase is empty."));
    const QString peer = options.peer.trimmed();
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());

    QString since;
    if (!peer.isEmpty() && !options.full) {
        auto st = m_store.db().prepare(u"SELECT last_stamp FROM sync_peer WHERE name = ?1");
        if (!st.ok())
            return st.error();
        st->bind(1, peer);
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (row.value())
            since = st->text(0);
    }

    const bool scoped = !options.coaches.isEmpty() || !options.municipalities.isEmpty();
    if (scoped)
        KOERS_TRY(fillScope(options));

    // Everything stamped or received from now on is after this package's stamp.
    const Hlc stamp = m_store.stamp();
    SyncManifest manifest;
    manifest.packageId = m_store.newId();
    manifest.sourceDevice = m_store.deviceId();
    manifest.created = m_store.clock().nowUtc();
    manifest.stamp = stamp;
    manifest.full = since.isNull();

    SyncExportSummary summary;
    summary.packageId = manifest.packageId;
    summary.full = manifest.full;
    QHash<QString, QByteArray> files;
    QHash<QString, QSet<QString>> needed;
    Status written;
    sync::forEachTableChildrenFirst([&]<class T>(std::type_identity<T>) {
        if (!written.ok())
            return;
        const QString table = QString::fromLatin1(T::table);
        QByteArray bytes;
        auto rows = writeTable<T>(m_store, since, scoped, needed, bytes);
        if (!rows.ok()) {
            written = rows.error();
            return;
        }
        summary.rowsPerTable.insert(table, rows.value());
        summary.rows += rows.value();
        files.insert(table, std::move(bytes));
    });
    if (!written.ok())
        return written.error();
    std::vector<SyncArchiveEntry> entries;
    entries.push_back({QString::fromLatin1(SyncManifest::kFileName), QByteArray()});
    for (const QString& table : sync::tableNames()) {
        QByteArray bytes = files.take(table);
        manifest.files.push_back({sync::fileName(table), summary.rowsPerTable.value(table),
                                  QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()});
        entries.push_back({sync::fileName(table), std::move(bytes)});
    }
    entries.front().data = manifest.toCsv();

    const Status archived = SyncArchive::write(path, passphrase, entries);
    for (auto& e : entries) // personal data: do not leave it in freed memory
        secureWipe(e.data);
    KOERS_TRY(archived);

    if (!peer.isEmpty()) {
        auto st = m_store.db().prepare(
            u"INSERT OR REPLACE INTO sync_peer (name, last_stamp, last_export_at, last_rows, packages) VALUES (?1, "
            u"?2, ?3, ?4, COALESCE((SELECT packages FROM sync_peer WHERE name = ?1), 0) + 1)");
        if (!st.ok())
            return st.error();
        st->bind(1, peer);
        st->bind(2, stamp.toString());
        st->bind(3, manifest.created.toString(Qt::ISODateWithMs));
        st->bind(4, summary.rows);
        KOERS_TRY(st->exec());
    }
    QStringList counts;
    for (auto it = summary.rowsPerTable.cbegin(); it != summary.rowsPerTable.cend(); ++it)
        counts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    KOERS_TRY(m_store.audit(u"sync_export", {}, manifest.packageId, {},
                            QStringLiteral("%1 rows=%2 %3")
                                .arg(manifest.full ? QStringLiteral("full") : QStringLiteral("changes"))
                                .arg(summary.rows)
                                .arg(counts.join(QLatin1Char(' ')))));
    KOERS_TRY(m_store.saveClock());
    KOERS_TRY(tx.commit());
    return summary;
}

// The clients of a scoped package: those of the named coaches and municipalities (given both: clients that
// match both), in a temporary table (in memory only: temp_store = MEMORY).
Status SyncExporter::fillScope(const SyncExportOptions& options) {
    KOERS_TRY(m_store.db().exec(u"CREATE TEMP TABLE IF NOT EXISTS sync_scope (id TEXT PRIMARY KEY); DELETE FROM "
                                u"temp.sync_scope"));
    QStringList conditions;
    auto idsOf = [&](const char* table, const QStringList& names, const char* column) -> Status {
        if (names.isEmpty())
            return {};
        QStringList ids;
        for (const QString& name : names) {
            auto st = m_store.db().prepare(
                QStringLiteral("SELECT id FROM %1 WHERE name = ?1 AND deleted = 0").arg(QLatin1String(table)));
            if (!st.ok())
                return st.error();
            st->bind(1, name);
            const qsizetype before = ids.size();
            KOERS_TRY(st->each([&](Statement& row) {
                ids << QLatin1Char('\'') + row.text(0).replace(QLatin1Char('\''), QLatin1String("''")) +
                           QLatin1Char('\'');
            }));
            if (ids.size() == before)
                return makeError(
                    ErrorCode::NotFound,
                    qstrcmp(table, "coach") == 0
                        ? QCoreApplication::translate("Sync", "There is no coach named %1 in this file.").arg(name)
                        : QCoreApplication::translate("Sync", "There is no municipality named %1 in this file.")
                              .arg(name));
        }
        conditions << QStringLiteral("%1 IN (%2)").arg(QLatin1String(column), ids.join(QLatin1String(", ")));
        return {};
    };
    KOERS_TRY(idsOf("coach", options.coaches, "coach_id"));
    KOERS_TRY(idsOf("municipality", options.municipalities, "municipality_id"));
    return m_store.db().exec(QStringLiteral("INSERT INTO temp.sync_scope SELECT id FROM client WHERE %1")
                                 .arg(conditions.join(QLatin1String(" AND "))));
}

Result<std::vector<SyncPeer>> SyncExporter::peers() {
    auto st = m_store.db().prepare(u"SELECT name, last_export_at, last_rows, packages FROM sync_peer ORDER BY name");
    if (!st.ok())
        return st.error();
    std::vector<SyncPeer> out;
    const Status read = st->each([&](Statement& row) {
        out.push_back({row.text(0), QDateTime::fromString(row.text(1), Qt::ISODateWithMs), row.int64(2), row.int64(3)});
    });
    if (!read.ok())
        return read.error();
    return out;
}

} // namespace koers
