// ImportPreview: the first rows of a file as the chosen dialect reads them, for the wizard's preview and
// mapping pages. Reads only as far as it shows.
#pragma once

#include "csv/CsvDialect.h"
#include "util/Result.h"

#include <QStringList>

#include <vector>

namespace koers {

struct ImportPreview {
    QStringList header; // empty when the dialect says the file has none
    std::vector<QStringList> rows;
    qsizetype columnCount = 0; // the widest row seen
    QString error;             // why reading stopped early (e.g. a cut-off quoted field); the rows before it stay

    // An error value only when the file cannot be opened; a read error ends the preview with `error` set.
    static Result<ImportPreview> read(const QString& path, const CsvDialect& dialect, int maxRows = 20);
};

} // namespace koers
