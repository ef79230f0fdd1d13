// What an import did, or would do (an analysis): counts, the rows refused with their reasons, and remarks
// on rows that were imported. Counts and row numbers only in the summary; the refused rows keep their
// cells so the user can save them, fix them and import them again.
#pragma once

#include <QStringList>

#include <vector>

namespace koers {

enum class DuplicatePolicy { Skip, Update };

struct ImportIssue {
    qint64 row = 0;     // spreadsheet row number: the header is row 1, as Excel counts
    QString message;    // translated, names fields, never their values
    QStringList fields; // the row's cells as read (refused rows only)
};

struct ImportReport {
    QStringList header;
    qint64 rows = 0;     // data rows, blank rows not counted
    qint64 imported = 0; // new clients
    qint64 updated = 0;  // existing clients brought up to date (DuplicatePolicy::Update)
    qint64 skipped = 0;  // already in the file (DuplicatePolicy::Skip)
    std::vector<ImportIssue> rejected;
    std::vector<ImportIssue> warnings; // imported rows with a remark, e.g. an unknown coach left blank
    QStringList newMunicipalities;     // created by name during the import

    qint64 rejectedCount() const { return static_cast<qint64>(rejected.size()); }
    // "imported N, updated N, skipped N, rejected N": the CLI's report line, fixed for scripts.
    QString summaryLine() const;
    bool sameOutcome(const ImportReport& other) const;
};

} // namespace koers
