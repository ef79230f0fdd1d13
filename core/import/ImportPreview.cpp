#include "ImportPreview.h"

#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QFile>

namespace koers {

Result<ImportPreview> ImportPreview::read(const QString& path, const CsvDialect& dialect, int maxRows) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("ClientImporter", "Cannot open the file %1.").arg(path));
    if (!dialect.isValid())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("ClientImporter", "The column separator cannot be used."));
    CsvReader reader(file, dialect);
    reader.setSkipBlankLines(true);
    ImportPreview preview;
    QStringList fields;
    const int wanted = maxRows + (dialect.hasHeader ? 1 : 0);
    for (int i = 0; i < wanted; ++i) {
        Result<bool> more = reader.readRow(fields);
        if (!more) {
            preview.error = more.message();
            break;
        }
        if (!more.value())
            break;
        preview.columnCount = std::max(preview.columnCount, fields.size());
        if (i == 0 && dialect.hasHeader)
            preview.header = fields;
        else
            preview.rows.push_back(fields);
    }
    return preview;
}

} // namespace koers
