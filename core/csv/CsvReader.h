// CsvReader: streaming RFC 4180 reader for spreadsheet imports and sync packages. It reads the device in
// fixed chunks and keeps only the current row, so a 100,000-row file costs no more memory than one row.
//
// Accepted beyond RFC 4180, because real files need it: LF and lone CR as well as CRLF between records and
// inside quoted fields; a last record without a line break; a quote inside an unquoted field, or text after
// a closing quote, is kept literally (as Excel does). Rows are returned as they are, whatever their field
// count; isRagged() and checkFieldCount() tell the caller, who decides.
//
// Typical loop (note that a Result<bool> converts to true when ok, not when a row was read):
//     for (;;) {
//         Result<bool> more = reader.readRow(fields);
//         if (!more) return more.error();
//         if (!more.value()) break;
//         ...
//     }
#pragma once

#include "CsvDialect.h"
#include "util/Result.h"

#include <QStringList>

#include <optional>
#include <string>
#include <vector>

class QIODevice;

namespace koers {

class CsvReader {
public:
    static constexpr qsizetype kDefaultChunkSize = 64 * 1024;
    // One row may hold at most this much (raw bytes) and this many fields; a longer row is an error. Far
    // beyond any spreadsheet (Excel stops at 16,384 columns) or sync file.
    static constexpr qsizetype kMaxRowBytes = qsizetype(64) << 20;
    static constexpr qsizetype kMaxFields = 65536;

    // The device must be open for reading and blocking (a file or a buffer): a read of zero bytes is taken
    // as the end. The chunk size is a parameter so tests can split characters and line breaks across
    // chunk boundaries.
    CsvReader(QIODevice& device, CsvDialect dialect, qsizetype chunkSize = kDefaultChunkSize);
    Q_DISABLE_COPY(CsvReader)

    // Reads the next row into fields (and, when given, whether each field was quoted, which is the only
    // way to tell "" from an empty field). Returns false at the end of the file. Errors are sticky.
    Result<bool> readRow(QStringList& fields, std::vector<bool>* quoted = nullptr);

    // The physical line (from 1) on which the last row returned starts, and that row's number (from 1,
    // header included): for messages such as "line 12: invalid BSN".
    qint64 lineNumber() const { return m_rowLine; }
    qint64 rowNumber() const { return m_rowNumber; }

    // The dialect in use. A file declared plain UTF-8 that turns out not to be, before any non-ASCII UTF-8
    // character was seen, switches to Windows-1252: the detector only sampled the start, and the bytes
    // read so far decode the same either way.
    const CsvDialect& dialect() const { return m_dialect; }

    // The field count every row should have; without one set, the first row's (the header's) count.
    void setExpectedFieldCount(qsizetype count) { m_expectedFieldCount = count; }
    qsizetype expectedFieldCount() const { return m_expectedFieldCount; }
    // Whether the last row returned has a different field count.
    bool isRagged() const { return m_ragged; }
    // The same as an error value with a message that names the line, for listing rejected rows.
    Status checkFieldCount() const;

    // A line with nothing on it is, by RFC 4180, a row with one empty field. Spreadsheet imports may skip
    // such lines; the writer never produces them for a row that has fields.
    void setSkipBlankLines(bool skip) { m_skipBlankLines = skip; }

    // Bytes held in the reader's own buffers: bounded by the chunk size plus the longest row, whatever
    // the file size. Exposed for the streaming test.
    qsizetype bufferedBytes() const;

private:
    Status fill();
    Result<bool> fail(Error error);
    Result<bool> scanRow(QStringList& fields, std::vector<bool>* quoted);
    Status finishRow(QStringList& fields, std::vector<bool>* quoted);
    Status decodeField(size_t index, qsizetype begin, qsizetype end, QString& out);
    qint64 lineOfField(size_t index) const;

    QIODevice& m_device;
    CsvDialect m_dialect;
    char m_delimiter;
    qsizetype m_chunkSize;

    std::vector<char> m_chunk;
    qsizetype m_pos = 0;
    qsizetype m_len = 0;
    bool m_started = false;
    bool m_atEnd = false;

    // The current row: field bytes back to back (line breaks inside quoted fields kept, quotes and
    // delimiters removed), where each field ends, and whether it was quoted.
    std::string m_rowBytes;
    std::vector<qsizetype> m_fieldEnds;
    std::vector<bool> m_fieldQuoted;

    bool m_afterCR = false; // the last byte consumed was a CR: a following LF belongs to it
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    qint64 m_rowNumber = 0;
    bool m_sawNonAsciiUtf8 = false;

    qsizetype m_expectedFieldCount = -1;
    bool m_ragged = false;
    qsizetype m_lastFieldCount = 0;
    bool m_skipBlankLines = false;

    std::optional<Error> m_error;
};

} // namespace koers
