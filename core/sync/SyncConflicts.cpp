#include "SyncConflicts.h"

#include "SyncTables.h"
#include "csv/CsvReader.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QCoreApplication>

namespace koers {

namespace {

const QString& selectConflict() {
    static const QString sql = QStringLiteral(
        "SELECT id, table_name, record_id, loser_stamp, winner_stamp, detected_at, resolved, loser_row FROM "
        "sync_conflict");
    return sql;
}

QStringList parseLine(const QString& line) {
    QByteArray bytes = line.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvDialect::rfc4180());
    QStringList fields;
    auto row = reader.readRow(fields);
    return row.ok() && row.value() ? fields : QStringList();
}

Error unknownTable() {
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("Sync", "The conflict names an unknown table."));
}

} // namespace

Result<SyncConflict> SyncConflicts::read(Statement& st) {
    SyncConflict c;
    c.id = st.text(0);
    c.table = st.text(1);
    c.recordId = st.text(2);
    c.loserStamp = Hlc::parse(st.text(3)).value_or(Hlc{});
    c.winnerStamp = Hlc::parse(st.text(4)).value_or(Hlc{});
    c.detectedAt = QDateTime::fromString(st.text(5), Qt::ISODateWithMs);
    c.resolved = st.int64(6) != 0;
    c.loserValues = parseLine(st.text(7));
    bool known = false;
    Status current;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        if (c.table != QLatin1String(T::table))
            return;
        known = true;
        c.columns = codec::allColumns<T>();
        auto record = Repository<T>(m_store).get(c.recordId, true);
        if (record.ok())
            c.currentValues = sync::rowTexts(record.value());
        else
            current = record.error();
    });
    if (!known)
        return unknownTable();
    if (!current.ok())
        return current.error();
    return c;
}

Result<std::vector<SyncConflict>> SyncConflicts::list(bool includeResolved) {
    auto st =
        m_store.db().prepare(selectConflict() + (includeResolved ? QString() : QStringLiteral(" WHERE resolved = 0")) +
                             QStringLiteral(" ORDER BY detected_at DESC, id"));
    if (!st.ok())
        return st.error();
    std::vector<SyncConflict> out;
    const Status listed = st->each([&](Statement& row) -> Status {
        auto c = read(row);
        if (!c.ok())
            return c.error();
        out.push_back(std::move(c.value()));
        return {};
    });
    if (!listed.ok())
        return listed.error();
    return out;
}

Result<SyncConflict> SyncConflicts::get(const QString& id) {
    auto st = m_store.db().prepare(selectConflict() + QStringLiteral(" WHERE id = ?1"));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("Sync", "The conflict does not exist."));
    return read(*st);
}

Status SyncConflicts::restore(const QString& id) {
    auto conflict = get(id);
    if (!conflict.ok())
        return conflict.error();
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    Status restored = unknownTable();
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        if (conflict->table != QLatin1String(T::table))
            return;
        T record;
        if (!sync::parseRow(conflict->loserValues, record)) {
            restored = makeError(ErrorCode::Invalid,
                                 QCoreApplication::translate("Sync", "The stored losing version cannot be read."));
            return;
        }
        // Repository::update stamps it now: the restored values are this device's newest change.
        restored = Repository<T>(m_store).update(record);
    });
    KOERS_TRY(restored);
    KOERS_TRY(setResolved(id));
    KOERS_TRY(m_store.audit(u"sync_restore", conflict->table, conflict->recordId));
    return tx.commit();
}

Status SyncConflicts::dismiss(const QString& id) {
    auto conflict = get(id);
    if (!conflict.ok())
        return conflict.error();
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    KOERS_TRY(setResolved(id));
    KOERS_TRY(m_store.audit(u"sync_dismiss", conflict->table, conflict->recordId));
    return tx.commit();
}

Status SyncConflicts::setResolved(const QString& id) {
    auto st = m_store.db().prepare(u"UPDATE sync_conflict SET resolved = 1 WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    return st->exec();
}

} // namespace koers
