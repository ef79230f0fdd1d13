// ClientImporter: brings a spreadsheet of clients into the file (design §7). analyse() reads the whole
// file as a stream and reports per row what would happen, writing nothing; commit() does the same pass
// again inside one transaction and writes: new clients (through ClientService, like a client added by
// hand: their template milestones are derived from the rules, not written), updated duplicates when asked,
// one "import" audit entry with counts. Any read or database error rolls everything back. The write goes
// through a rollback journal (RollbackJournalScope) and a large page cache (PageCacheScope). Reading,
// parsing and validating rows runs on a second thread, a few chunks of rows ahead of the thread that checks
// duplicates and writes (BoundedQueue), so an import uses both cores of a laptop.
//
// Decisions: municipalities are created by name when they do not exist yet (a team starting with a
// spreadsheet has none); coaches are looked up by name only, since a coach is a colleague to be set up
// on purpose: an unknown coach is left blank with a warning. Two rows of one file about the same person
// (SamePerson: the same BSN, or the same name and date of birth where one has no BSN) are both doubtful, so
// the later one is refused and names the earlier; the same name and date of birth with two different BSNs are
// two people, imported with a warning ("possibly the same person").
// Memory: per row only two 64-bit key hashes are kept, not the row, so file size does not matter.
#pragma once

#include "ColumnMapper.h"
#include "ImportReport.h"
#include "csv/CsvDialect.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace koers {

class ClientService;
class Store;

struct ImportOptions {
    CsvDialect dialect;
    ColumnMapping mapping; // empty: mapped from the header by ColumnMapper
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    // Rows read so far (of the confirmed analysis's rows when committing); Cancel rolls everything back.
    Progress* progress = nullptr;
};

class ClientImporter {
    Q_DECLARE_TR_FUNCTIONS(ClientImporter)

public:
    ClientImporter(Store& store, ClientService& service);

    Result<ImportReport> analyse(const QString& path, const ImportOptions& options);
    // With `expected` (the analysis the user confirmed), nothing is written when the file or the database
    // now gives a different outcome.
    Result<ImportReport> commit(const QString& path, const ImportOptions& options,
                                const ImportReport* expected = nullptr);

    // The refused rows as an Excel CSV: the original columns, then the row number and the reason.
    static Status writeRejected(const ImportReport& report, const QString& path);

private:
    Result<ImportReport> run(const QString& path, const ImportOptions& options, bool write,
                             const ImportReport* expected);

    Store& m_store;
    ClientService& m_service;
};

} // namespace koers
