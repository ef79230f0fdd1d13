// Raises SQLite's page cache for the length of a bulk write (import, sync merge) and restores it after.
// Indexes take rows in random order; with a cache smaller than the touched index pages, the same pages are
// read, decrypted, encrypted and written to the WAL over and over.
#pragma once

#include "Database.h"

#include <optional>

namespace koers {

class PageCacheScope {
public:
    // 128 MiB: a 100,000-client sync import 135 s with the default 64 MiB, 99 s with this, 71 s with 256 MiB; the
    // process's peak then 150, 225 and 373 MB (issue 16's bound: 300 MB at 100,000 clients, 200 MB at 20,000).
    static constexpr qint64 bulkKiB = 128 * 1024;

    // Only ever raises: a cache already as large stays as it is.
    explicit PageCacheScope(const Database& db, qint64 kib = bulkKiB)
        : m_db(db) {
        auto current = db.queryInt(u"PRAGMA cache_size"); // negative: KiB; positive: pages
        if (!current.ok())
            return;
        const qint64 currentKiB =
            current.value() < 0 ? -current.value() : current.value() * (CipherSettings::pageSize / 1024);
        if (currentKiB >= kib)
            return;
        m_previous = current.value();
        (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kib));
    }
    ~PageCacheScope() {
        if (m_previous)
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    }
    Q_DISABLE_COPY_MOVE(PageCacheScope)

private:
    const Database& m_db;
    std::optional<qint64> m_previous;
};

} // namespace koers
