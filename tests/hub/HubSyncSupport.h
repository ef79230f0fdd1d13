// Laptops that sync with a test hub, and dumps of records on both sides in the one text form of a sync
// package (sync::rowTexts), read with plain SQL rather than through the sync code under test.
#pragma once

#include "HubTestSupport.h"
#include "core/sync/SyncTestSupport.h"
#include "hub/HubColumns.h"
#include "hub/HubSync.h"
#include "sync/SyncTables.h"

namespace koers::test {

inline Result<HubSyncSummary> syncWith(Replica& laptop, const QString& conninfo, HubSyncOptions options = {},
                                       HubProgress* progress = nullptr) {
    auto conn = PgConnection::connect(conninfo);
    if (!conn.ok())
        return conn.error();
    return HubSync(*laptop.store, *conn.value(), options).run(progress);
}

inline HubSyncSummary syncOrFail(Replica& laptop, const QString& conninfo, HubSyncOptions options = {}) {
    auto s = syncWith(laptop, conninfo, options);
    const std::string why = s.ok() ? std::string() : s.message().toStdString();
    INFO(why);
    REQUIRE(s.ok());
    return s.value();
}

// Every record of the file, one line each, ordered by table and id.
inline QString localRecords(Store& store) {
    QString out;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        auto st =
            store.db().prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                   .arg(codec::allColumns<T>().join(QLatin1String(", ")), QLatin1String(T::table)));
        REQUIRE(st.ok());
        while (st->step().value()) {
            T r;
            codec::readRecord(*st, r);
            out += QLatin1String(T::table) + QLatin1Char('|') + sync::rowTexts(r).join(QLatin1Char('|')) +
                   QLatin1Char('\n');
        }
    });
    return out;
}

// The same for the hub's tables, as `conn`'s login sees them.
inline QString hubRecords(PgConnection& conn) {
    QString out;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        auto rows = conn.exec(
            QStringLiteral("SELECT %1 FROM koers.%2 ORDER BY id").arg(hub::selectList<T>(), QLatin1String(T::table)));
        REQUIRE(rows.ok());
        for (int r = 0; r < rows->rows(); ++r) {
            QStringList texts;
            for (int c = 0; c < rows->columns(); ++c)
                texts << rows->text(r, c);
            T record;
            REQUIRE(sync::parseRow(texts, record));
            out += QLatin1String(T::table) + QLatin1Char('|') + sync::rowTexts(record).join(QLatin1Char('|')) +
                   QLatin1Char('\n');
        }
    });
    return out;
}

inline QStringList ids(Store& store, const QString& table) {
    QStringList out;
    auto st = store.db().prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    REQUIRE(st.ok());
    while (st->step().value())
        out << st->text(0);
    return out;
}

} // namespace koers::test
