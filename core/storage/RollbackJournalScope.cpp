#include "RollbackJournalScope.h"

#include <sqlite3.h>

namespace koers {

RollbackJournalScope::RollbackJournalScope(const Database& db)
    : m_db(db) {
    // Inside a transaction SQLite refuses the change (and reports the mode it keeps).
    if (!sqlite3_get_autocommit(db.handle()))
        return;
    auto mode = db.queryText(u"PRAGMA journal_mode = DELETE");
    m_switched = mode.ok() && mode.value().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
}

RollbackJournalScope::~RollbackJournalScope() {
    // Back to WAL, as Database::configure() set it; opening the file sets it again in any case.
    if (m_switched)
        (void)m_db.queryText(u"PRAGMA journal_mode = WAL");
}

} // namespace koers
