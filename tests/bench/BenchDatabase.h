// The 100,000-client demo file the benchmarks share. Generating it takes minutes, so it is made once
// with a fixed seed and clock and kept in the temporary directory between runs.
#pragma once

#include "demo/DemoLoader.h"
#include "storage/Store.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace koers::bench {

inline QDateTime benchNow() {
    return QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
}

inline QByteArray benchPassphrase() {
    return QByteArrayLiteral("bench");
}

// Opens the cached file, creating it first when it is missing. The name carries the generator's inputs,
// so a change of seed or size never reuses a stale file.
inline Result<std::unique_ptr<Store>> openBenchStore(const Clock& clock, int clients, quint64 seed) {
    const QString path = QDir::temp().filePath(QStringLiteral("koers-bench-%1-seed%2-v2.koers").arg(clients).arg(seed));
    if (QFileInfo::exists(path))
        return Store::open(path, benchPassphrase(), clock, QStringLiteral("bench"));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    std::fprintf(stderr, "Generating %d demo clients into %s (once; takes minutes)...\n", clients, qPrintable(path));
    {
        auto store = Store::create(partial, benchPassphrase(), clock, QStringLiteral("bench"));
        if (!store.ok())
            return store.error();
        auto loaded = DemoLoader::load(*store.value(), clients, seed);
        if (!loaded.ok())
            return loaded.error();
    }
    // Renamed only when complete, so an interrupted run never leaves a half-filled cache behind.
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        return makeError(ErrorCode::Io, QStringLiteral("cannot rename the benchmark file"));
    return Store::open(path, benchPassphrase(), clock, QStringLiteral("bench"));
}

} // namespace koers::bench
