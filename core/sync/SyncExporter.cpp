#include "SyncExporter.h"

#include "SyncArchive.h"
#include "SyncKnowledge.h"
#include "SyncManifest.h"
#include "SyncTables.h"
#include "csv/CsvWriter.h"
#include "storage/DeviceNames.h"
#include "storage/Store.h"
#include "util/Progress.h"
#include "util/Sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

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

// Writes one table's CSV into the archive, chunk by chunk, as libzip asks for it. A delta holds what changed
// here (its stamp) or arrived here from a peer (k.received) after the peer's last package: a record relayed
// from a third device keeps its older stamp. It also holds the parents (`needed`) of every record in it,
// changed or not, so each package is complete in itself and packages can be imported in any order. A scoped
// package holds only the clients in temp.sync_scope with their records, and of the other tables only the
// parents they need. Tables are written children first, so a table's `needed` is complete when it starts.
template <class T>
class TableProducer {
public:
    TableProducer(Store& store, QString since, bool scoped, QHash<QString, QSet<QString>>& needed, Progress& progress,
                  ProgressCounter& counter)
        : m_store(store)
        , m_since(std::move(since))
        , m_scoped(scoped)
        , m_needed(needed)
        , m_progress(progress)
        , m_counter(counter)
        , m_buffer(&m_chunk)
        , m_writer(CsvWriter::rfc4180(m_buffer)) {
        m_buffer.open(QIODevice::WriteOnly);
    }
    Q_DISABLE_COPY_MOVE(TableProducer)

    Result<QByteArray> next() {
        if (m_stage == Stage::Start)
            KOERS_TRY(start());
        while (m_stage != Stage::Done && m_chunk.size() < kChunkBytes) {
            KOERS_TRY(m_progress.check());
            if (m_stage == Stage::Changed) {
                auto more = writeRow(*m_changed);
                if (!more.ok())
                    return more.error();
                if (!more.value())
                    m_stage = partial() ? Stage::Parents : Stage::Finish;
            } else if (m_stage == Stage::Parents) {
                if (m_parent == m_parents.size()) {
                    m_stage = Stage::Finish;
                    continue;
                }
                const QString& id = m_parents[m_parent++];
                if (m_written.contains(id))
                    continue;
                m_byId->reset();
                m_byId->bind(1, id);
                auto found = writeRow(*m_byId);
                if (!found.ok())
                    return found.error();
            } else if (m_stage == Stage::Finish) {
                KOERS_TRY(m_writer.finish());
                m_stage = Stage::Done;
            }
        }
        QByteArray out = std::exchange(m_chunk, QByteArray());
        m_buffer.seek(0);
        m_hash.addData(out);
        return out;
    }

    qint64 rows() const { return m_rows; }
    QByteArray sha256Hex() const { return m_hash.hexResult(); }

private:
    static constexpr qsizetype kChunkBytes = 256 * 1024;
    enum class Stage { Start, Changed, Parents, Finish, Done };

    bool partial() const { return !m_since.isNull() || m_scoped; }

    Status start() {
        const QString table = QString::fromLatin1(T::table);
        auto references = referencesOf<T>(m_store);
        if (!references.ok())
            return references.error();
        m_references = std::move(references.value());
        QString sql = sync::selectWithKnowledge<T>();
        QStringList where;
        if (!m_since.isNull())
            where << QStringLiteral("(t.updated_at > ?1 OR k.received > ?1)");
        if (m_scoped) {
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
        auto changed = m_store.db().prepare(sql);
        if (!changed.ok())
            return changed.error();
        m_changed.emplace(std::move(changed.value()));
        if (!m_since.isNull())
            m_changed->bind(1, m_since);
        if (partial()) {
            auto byId = m_store.db().prepare(sync::selectWithKnowledge<T>() + QStringLiteral(" WHERE t.id = ?1"));
            if (!byId.ok())
                return byId.error();
            m_byId.emplace(std::move(byId.value()));
        }
        KOERS_TRY(m_writer.writeRow(sync::csvHeader<T>()));
        m_stage = Stage::Changed;
        return {};
    }

    // Writes the statement's next row; false when it has none.
    Result<bool> writeRow(Statement& st) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value()) {
            if (m_stage == Stage::Changed && partial()) {
                // The parents asked for by this table's children, known now that the children are written.
                const QSet<QString>& wanted = m_needed.value(QString::fromLatin1(T::table));
                m_parents = QStringList(wanted.cbegin(), wanted.cend());
                m_parents.sort();
            }
            return false;
        }
        T record;
        codec::readRecord(st, record);
        const int knowledgeColumn = static_cast<int>(codec::allColumns<T>().size());
        SyncKnowledge knowledge =
            SyncKnowledge::parse(st.isNull(knowledgeColumn) ? QString() : st.text(knowledgeColumn))
                .value_or(SyncKnowledge());
        knowledge.add(record.meta.updatedAt);
        QStringList fields = sync::rowTexts(record);
        if (partial()) {
            for (const Reference& r : m_references)
                if (r.column >= 0 && !fields[r.column].isEmpty())
                    m_needed[r.parent].insert(fields[r.column]);
            m_written.insert(record.meta.id);
        }
        fields << knowledge.toString();
        KOERS_TRY(m_writer.writeRow(fields));
        ++m_rows;
        KOERS_TRY(m_counter.tick());
        return true;
    }

    Store& m_store;
    QString m_since;
    bool m_scoped;
    QHash<QString, QSet<QString>>& m_needed;
    Progress& m_progress;
    ProgressCounter& m_counter;
    QByteArray m_chunk;
    QBuffer m_buffer;
    CsvWriter m_writer;
    Sha256 m_hash;
    std::vector<Reference> m_references;
    std::optional<Statement> m_changed;
    std::optional<Statement> m_byId;
    Stage m_stage = Stage::Start;
    QSet<QString> m_written;
    QStringList m_parents;
    qsizetype m_parent = 0;
    qint64 m_rows = 0;
};

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

    const bool scoped = !options.coaches.isEmpty() || !options.municipalities.isEmpty() || !options.clientIds.isEmpty();
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
    {
        DeviceNames names(m_store);
        auto own = names.own();
        if (!own.ok())
            return own.error();
        manifest.sourceDeviceName = own->name;
        auto known = names.all();
        if (!known.ok())
            return known.error();
        manifest.deviceNames = std::move(known.value());
        manifest.deviceNames.remove(m_store.deviceId());
    }

    SyncExportSummary summary;
    summary.packageId = manifest.packageId;
    summary.full = manifest.full;
    Progress& progress = options.progress ? *options.progress : Progress::none();
    // The largest rowid of each table: how many records a full package holds, near enough for progress.
    qint64 estimate = 0;
    if (manifest.full && !scoped)
        for (const QString& table : sync::tableNames())
            estimate += m_store.db().queryInt(QStringLiteral("SELECT max(rowid) FROM %1").arg(table)).value_or(0);
    progress.begin(QCoreApplication::translate("Sync", "Writing the package"), estimate);
    ProgressCounter counter(progress);

    // One producer per table, children first; the manifest last, from the tables' counts and checksums.
    QHash<QString, QSet<QString>> needed;
    QHash<QString, std::function<std::pair<qint64, QByteArray>()>> results; // rows and SHA-256 per table
    std::vector<SyncArchiveStream> entries;
    sync::forEachTableChildrenFirst([&]<class T>(std::type_identity<T>) {
        const QString table = QString::fromLatin1(T::table);
        auto producer = std::make_shared<TableProducer<T>>(m_store, since, scoped, needed, progress, counter);
        entries.push_back({sync::fileName(table), [producer] {
                               return producer->next();
                           }});
        results.insert(table, [producer] { return std::make_pair(producer->rows(), producer->sha256Hex()); });
    });
    auto manifestGiven = std::make_shared<bool>(false);
    entries.push_back({QString::fromLatin1(SyncManifest::kFileName), [&, manifestGiven]() -> Result<QByteArray> {
                           if (*manifestGiven)
                               return QByteArray();
                           *manifestGiven = true;
                           for (const QString& table : sync::tableNames()) {
                               const auto [rows, sha] = results.value(table)();
                               manifest.files.push_back({sync::fileName(table), rows, sha});
                               summary.rowsPerTable.insert(table, rows);
                               summary.rows += rows;
                           }
                           return manifest.toCsv();
                       }});
    KOERS_TRY(SyncArchive::write(path, passphrase, std::move(entries)));
    counter.finish();

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

// The clients of a scoped package: those of the named coaches and municipalities, or the given ids (given more
// than one: clients that match all), in a temporary table (in memory only: temp_store = MEMORY).
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
    if (!options.clientIds.isEmpty()) {
        KOERS_TRY(m_store.db().exec(u"CREATE TEMP TABLE IF NOT EXISTS sync_scope_ids (id TEXT PRIMARY KEY); DELETE "
                                    u"FROM temp.sync_scope_ids"));
        auto st = m_store.db().prepare(u"INSERT OR IGNORE INTO temp.sync_scope_ids (id) VALUES (?1)");
        if (!st.ok())
            return st.error();
        for (const QString& id : options.clientIds) {
            st->bind(1, id);
            KOERS_TRY(st->exec());
        }
        conditions << QStringLiteral("id IN (SELECT id FROM temp.sync_scope_ids)");
    }
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
