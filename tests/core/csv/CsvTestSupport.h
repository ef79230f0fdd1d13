// Helpers shared by the CSV tests: paths to the committed files and a reader loop that collects rows as
// UTF-8 std::strings, which Catch prints readably when a comparison fails.
#pragma once

#include "csv/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace koers::test {

using Row = std::vector<std::string>;

inline QString csvDataPath(const char* name) {
    return QStringLiteral(KOERS_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

inline QByteArray csvDataBytes(const char* name) {
    QFile file(csvDataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline Row toRow(const QStringList& fields) {
    Row row;
    for (const QString& f : fields)
        row.push_back(f.toStdString());
    return row;
}

struct ReadOutcome {
    std::vector<Row> rows;
    std::vector<std::vector<bool>> quoted;
    std::vector<qint64> lines;
    std::vector<bool> ragged;
    std::optional<Error> error;
    CsvDialect dialect; // as the reader ended up, after a possible switch to Windows-1252
};

inline ReadOutcome readAll(QByteArray bytes, const CsvDialect& dialect,
                           qsizetype chunkSize = CsvReader::kDefaultChunkSize, bool skipBlankLines = false) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, dialect, chunkSize);
    reader.setSkipBlankLines(skipBlankLines);
    ReadOutcome outcome;
    QStringList fields;
    std::vector<bool> quoted;
    for (;;) {
        Result<bool> more = reader.readRow(fields, &quoted);
        if (!more) {
            outcome.error = more.error();
            break;
        }
        if (!more.value())
            break;
        outcome.rows.push_back(toRow(fields));
        outcome.quoted.push_back(quoted);
        outcome.lines.push_back(reader.lineNumber());
        outcome.ragged.push_back(reader.isRagged());
    }
    outcome.dialect = reader.dialect();
    return outcome;
}

} // namespace koers::test
