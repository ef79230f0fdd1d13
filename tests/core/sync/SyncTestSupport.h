// Helpers for the sync tests: stores with their own skewable clocks and seeded ids, and dumps of tables
// made with plain SQL (not through the sync code under test) for exact comparison.
#pragma once

#include "../storage/TestSupport.h"
#include "storage/Store.h"
#include "sync/SyncTables.h"

#include <catch2/catch.hpp>

#include <memory>

namespace koers::test {

inline const QByteArray kDbPass = QByteArrayLiteral("sync test file passphrase");
inline const QByteArray kPackagePass = QByteArrayLiteral("package pass 42");

// One device: its clock (which the test may skew) and its store.
struct Replica {
    QString name;
    QString path;
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<Store> store;
    int nextId = 1;

    Replica(const QTemporaryDir& dir, const QString& replicaName, qint64 skewMs)
        : name(replicaName)
        , path(dir.filePath(replicaName + QStringLiteral(".koers")))
        , clock(std::make_unique<FixedClock>(fixedNow().addMSecs(skewMs))) {
        auto created = Store::create(path, kDbPass, *clock, replicaName);
        REQUIRE(created.ok());
        store = std::move(created.value());
        seedIds();
    }
    void close() { store.reset(); }
    void reopen() {
        auto opened = Store::open(path, kDbPass, *clock, name);
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        seedIds();
    }

private:
    void seedIds() {
        store->setIdGenerator(
            [this] { return QStringLiteral("%1-%2").arg(name).arg(nextId++, 6, 10, QLatin1Char('0')); });
    }
};

// Every row of a table ordered by id, all columns, NULL told apart from empty.
// The ids of a table's rows (tombstones too), sorted, read with plain SQL.
inline QStringList idsIn(Store& store, const char* table) {
    QStringList out;
    auto st = store.db().prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table)));
    REQUIRE(st.ok());
    while (st->step().value())
        out << st->text(0);
    return out;
}

inline QString dumpTable(Store& store, const QString& table, const QString& orderBy = QStringLiteral("id")) {
    auto st = store.db().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderBy));
    REQUIRE(st.ok());
    QString out;
    while (st->step().value()) {
        QStringList cols;
        for (int i = 0; i < st->columnCount(); ++i)
            cols << (st->isNull(i) ? QStringLiteral("<null>") : st->text(i));
        out += cols.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    return out;
}

inline QString dumpRecordTables(Store& store) {
    QString out;
    for (const QString& t : sync::tableNames())
        out += QStringLiteral("== ") + t + QLatin1Char('\n') + dumpTable(store, t);
    return out;
}

// What a repeated import must leave alone: the records, the conflicts and the sync knowledge.
inline QString dumpSyncedState(Store& store) {
    return dumpRecordTables(store) + QStringLiteral("== sync_conflict\n") +
           dumpTable(store, QStringLiteral("sync_conflict")) + QStringLiteral("== sync_state\n") +
           dumpTable(store, QStringLiteral("sync_state"), QStringLiteral("table_name, record_id"));
}

} // namespace koers::test
