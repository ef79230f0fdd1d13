// Create, read, update, soft-delete and list one kind of record. Every write is stamped with the
// hybrid logical clock and written to the audit log in the same transaction. Inside a BulkScope the
// caller owns the transaction and writes one summary audit entry instead, and the caller saves the clock.
#pragma once

#include "RecordCodec.h"
#include "SqliteError.h"
#include "Store.h"

#include <QCoreApplication>

#include <vector>

namespace koers {

template <class T>
class Repository {
public:
    explicit Repository(Store& store)
        : m_store(store) {}

    // Assigns an id when the record has none; returns the record as stored.
    Result<T> insert(T record) {
        if (record.meta.id.isEmpty())
            record.meta.id = m_store.newId();
        record.meta.createdAt = m_store.clock().nowUtc();
        record.meta.updatedAt = m_store.stamp();
        if (m_store.bulk()) {
            KOERS_TRY(write(insertSql(), record));
            return record;
        }
        Transaction tx(m_store.db());
        KOERS_TRY(tx.started());
        KOERS_TRY(write(insertSql(), record));
        KOERS_TRY(m_store.audit(u"create", tableName(), record.meta.id, clientIdOf(record)));
        KOERS_TRY(m_store.saveClock());
        KOERS_TRY(tx.commit());
        return record;
    }

    // Stores the record's fields under its id; the audit entry names the fields that changed.
    Status update(T& record) {
        auto before = get(record.meta.id, true);
        if (!before.ok())
            return before.error();
        const QStringList changed = changedFields(before.value(), record);
        if (changed.isEmpty() && before.value().meta.deleted == record.meta.deleted) {
            record.meta = before.value().meta;
            return {}; // nothing changed: no new stamp, so sync sees no change either
        }
        record.meta.createdAt = before.value().meta.createdAt;
        record.meta.updatedAt = m_store.stamp();
        if (m_store.bulk())
            return write(updateSql(), record);
        Transaction tx(m_store.db());
        KOERS_TRY(tx.started());
        KOERS_TRY(write(updateSql(), record));
        KOERS_TRY(
            m_store.audit(u"update", tableName(), record.meta.id, clientIdOf(record), changed.join(QLatin1Char(','))));
        KOERS_TRY(m_store.saveClock());
        return tx.commit();
    }

    // Tombstone: the record stays (so the delete can travel in sync) but is hidden from lists.
    Status remove(const QString& id) {
        auto record = get(id);
        if (!record.ok())
            return record.error();
        record.value().meta.deleted = true;
        record.value().meta.updatedAt = m_store.stamp();
        if (m_store.bulk())
            return write(updateSql(), record.value());
        Transaction tx(m_store.db());
        KOERS_TRY(tx.started());
        KOERS_TRY(write(updateSql(), record.value()));
        KOERS_TRY(m_store.audit(u"delete", tableName(), id, clientIdOf(record.value())));
        KOERS_TRY(m_store.saveClock());
        return tx.commit();
    }

    Result<T> get(const QString& id, bool includeDeleted = false) {
        auto st = m_store.cached(selectSql() + QStringLiteral(" WHERE id = ?1"));
        if (!st.ok())
            return st.error();
        Statement& s = *st.value();
        s.bind(1, id);
        auto row = s.step();
        if (!row.ok())
            return row.error();
        T record;
        if (row.value())
            codec::readRecord(s, record);
        s.reset();
        if (!row.value() || (record.meta.deleted && !includeDeleted))
            return makeError(ErrorCode::NotFound, storageMessage(ErrorCode::NotFound));
        return record;
    }

    // Live records, optionally restricted to one client, in a stable order.
    Result<std::vector<T>> list(const QString& clientId = {}) {
        QString sql = selectSql() + QStringLiteral(" WHERE deleted = 0");
        if constexpr (hasClientId)
            if (!clientId.isNull())
                sql += QStringLiteral(" AND client_id = ?1");
        sql += QStringLiteral(" ORDER BY rowid");
        auto st = m_store.cached(sql);
        if (!st.ok())
            return st.error();
        Statement& s = *st.value();
        if constexpr (hasClientId)
            if (!clientId.isNull())
                s.bind(1, clientId);
        std::vector<T> out;
        const Status read = s.each([&out](const Statement& row) {
            T record;
            codec::readRecord(row, record);
            out.push_back(std::move(record));
        });
        s.reset();
        if (!read.ok())
            return read.error();
        return out;
    }

private:
    static constexpr bool hasClientId = requires(T t) { t.clientId; };

    static const QString& tableName() {
        static const QString name = QString::fromLatin1(T::table);
        return name;
    }

    static QString clientIdOf(const T& record) {
        if constexpr (hasClientId)
            return record.clientId;
        else
            return qstrcmp(T::table, "client") == 0 ? record.meta.id : QString();
    }

    static QStringList changedFields(const T& a, const T& b) {
        const QStringList names = codec::fieldColumns<T>();
        const QStringList before = codec::fieldTexts(a);
        const QStringList after = codec::fieldTexts(b);
        QStringList out;
        for (qsizetype i = 0; i < names.size(); ++i)
            if (before[i] != after[i])
                out << names[i];
        return out;
    }

    static const QString& selectSql() {
        static const QString sql = QStringLiteral("SELECT %1 FROM %2")
                                       .arg(codec::allColumns<T>().join(QLatin1String(", ")), QLatin1String(T::table));
        return sql;
    }
    static const QString& insertSql() {
        static const QString sql = [] {
            const QStringList& cols = codec::allColumns<T>();
            QStringList params;
            for (qsizetype i = 1; i <= cols.size(); ++i)
                params << QStringLiteral("?%1").arg(i);
            return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(QLatin1String(T::table), cols.join(QLatin1String(", ")), params.join(QLatin1String(", ")));
        }();
        return sql;
    }
    static const QString& updateSql() {
        static const QString sql = [] {
            const QStringList& cols = codec::allColumns<T>();
            QStringList sets;
            for (qsizetype i = 1; i < cols.size(); ++i) // column 0 is the id
                sets << QStringLiteral("%1 = ?%2").arg(cols[i]).arg(i + 1);
            return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1")
                .arg(QLatin1String(T::table), sets.join(QLatin1String(", ")));
        }();
        return sql;
    }

    Status write(const QString& sql, const T& record) {
        auto st = m_store.cached(sql);
        if (!st.ok())
            return st.error();
        codec::bindRecord(*st.value(), record);
        return st.value()->exec();
    }

    Store& m_store;
};

} // namespace koers
