// RollbackJournalScope: for one large write (a spreadsheet import), switches the file from its WAL journal
// to a rollback journal and back. In WAL mode every page of a big transaction is written twice, into the
// WAL and then by the checkpoint into the file; a rollback journal keeps only the originals of pages that
// existed before, so the pages a large import adds are written and encrypted once. The transaction stays
// atomic and durable (synchronous = FULL either way; a crash leaves a hot journal that the next open rolls
// back). The switch needs exclusive locking (Database takes it) and no open transaction; when it cannot
// switch it leaves the journal as it is, which is slower but just as correct.
#pragma once

#include "Database.h"

namespace koers {

class RollbackJournalScope {
public:
    explicit RollbackJournalScope(const Database& db);
    ~RollbackJournalScope();
    Q_DISABLE_COPY_MOVE(RollbackJournalScope)

    bool switched() const { return m_switched; }

private:
    const Database& m_db;
    bool m_switched = false;
};

} // namespace koers
