// Helpers shared by the import tests: a fresh store on a fixed clock, paths to the committed files, and
// row counts to show that a failed import wrote nothing.
#pragma once

#include "core/storage/TestSupport.h"
#include "storage/Store.h"

#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>

namespace koers::test {

inline QString importDataPath(const char* name) {
    return QStringLiteral(KOERS_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

struct StoreFixture {
    QTemporaryDir dir;
    FixedClock clock{fixedNow()};
    std::unique_ptr<Store> store;

    explicit StoreFixture(const char* name = "import.koers") {
        auto created = Store::create(dir.filePath(QString::fromUtf8(name)), "pass", clock, QStringLiteral("tester"));
        if (created.ok())
            store = std::move(created.value());
    }
};

inline std::map<std::string, qint64> rowCounts(Store& store) {
    std::map<std::string, qint64> out;
    for (const char* table : {"municipality", "coach", "client", "milestone", "audit_log", "setting", "meta"})
        out[table] = store.db().queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).value();
    return out;
}

} // namespace koers::test
