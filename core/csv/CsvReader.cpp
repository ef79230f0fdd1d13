#include "CsvReader.h"

#include "CsvTextCodec.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace koers {

namespace {

// After an unusually long row the buffers are given back, so one huge row does not pin its memory for
// the rest of the file.
constexpr size_t kKeepRowCapacity = 1024 * 1024;

Error invalidDialect() {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate(
                         "Csv", "The delimiter must be a single ASCII character other than a quote or a line break."));
}

} // namespace

CsvReader::CsvReader(QIODevice& device, CsvDialect dialect, qsizetype chunkSize)
    : m_device(device)
    , m_dialect(dialect)
    , m_delimiter(char(dialect.delimiter.unicode()))
    , m_chunkSize(std::max<qsizetype>(chunkSize, 1))
    , m_chunk(size_t(m_chunkSize)) {
    if (!m_dialect.isValid())
        m_error = invalidDialect();
}

Status CsvReader::fill() {
    m_pos = 0;
    m_len = 0;
    if (m_atEnd)
        return {};
    if (!m_started) {
        m_started = true;
        // A BOM is never content; skip it even when the dialect says plain UTF-8.
        if (m_dialect.encoding != CsvDialect::Encoding::Windows1252 && m_device.peek(3) == "\xEF\xBB\xBF")
            m_device.skip(3);
    }
    const qint64 n = m_device.read(m_chunk.data(), m_chunkSize);
    if (n < 0)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Csv", "The file could not be read: %1").arg(m_device.errorString()));
    if (n == 0)
        m_atEnd = true;
    m_len = qsizetype(n);
    return {};
}

Result<bool> CsvReader::fail(Error error) {
    m_error = error;
    return error;
}

Result<bool> CsvReader::readRow(QStringList& fields, std::vector<bool>* quoted) {
    // The list keeps its strings until finishRow overwrites them: a string nobody else holds is
    // reused in place, so a row of short cells costs no allocation per cell.
    Result<bool> more = scanRow(fields, quoted);
    if (!more.ok() || !more.value())
        fields.clear();
    return more;
}

Result<bool> CsvReader::scanRow(QStringList& fields, std::vector<bool>* quoted) {
    if (quoted)
        quoted->clear();
    if (m_error)
        return *m_error;

    if (m_rowBytes.capacity() > kKeepRowCapacity)
        std::string().swap(m_rowBytes);
    if (m_fieldEnds.capacity() > kKeepRowCapacity / sizeof(qsizetype)) {
        std::vector<qsizetype>().swap(m_fieldEnds);
        std::vector<bool>().swap(m_fieldQuoted);
    }
    m_rowBytes.clear();
    m_fieldEnds.clear();
    m_fieldQuoted.clear();

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    bool fieldQuoted = false;
    qint64 quoteLine = 0;
    qint64 rowLine = m_line;

    const auto endField = [&] {
        m_fieldEnds.push_back(qsizetype(m_rowBytes.size()));
        m_fieldQuoted.push_back(fieldQuoted);
        fieldQuoted = false;
    };
    // Called on a record-ending CR or LF (already consumed). Returns whether the row is complete; a
    // skipped blank line starts the row over.
    const auto endRecord = [&](char c) {
        ++m_line;
        m_afterCR = c == '\r';
        endField();
        if (m_skipBlankLines && m_fieldEnds.size() == 1 && m_rowBytes.empty() && !m_fieldQuoted.front()) {
            m_fieldEnds.clear();
            m_fieldQuoted.clear();
            state = State::FieldStart;
            rowLine = m_line;
            return false;
        }
        return true;
    };

    const char delimiter = m_delimiter;
    for (;;) {
        if (m_pos == m_len) {
            // Checked once per chunk: a hostile file (one endless quoted field, a million columns) gets a clean
            // error instead of taking all memory.
            if (qsizetype(m_rowBytes.size()) > kMaxRowBytes || qsizetype(m_fieldEnds.size()) > kMaxFields)
                return fail(makeError(ErrorCode::Invalid,
                                      QCoreApplication::translate("Csv", "The row starting on line %1 is too large "
                                                                         "(more than %2 MB or %3 columns).")
                                          .arg(rowLine)
                                          .arg(kMaxRowBytes >> 20)
                                          .arg(kMaxFields)));
            if (Status s = fill(); !s)
                return fail(s.error());
            if (m_len == 0)
                break;
        }
        const char* p = m_chunk.data();
        char c = p[m_pos];

        if (m_afterCR) {
            m_afterCR = false;
            if (c == '\n') {
                // Second half of a CRLF: the line was counted at the CR, and outside quotes the record
                // already ended there.
                ++m_pos;
                if (state == State::Quoted)
                    m_rowBytes.push_back(c);
                continue;
            }
        }

        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                ++m_pos;
                state = State::Quoted;
                fieldQuoted = true;
                quoteLine = m_line;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const qsizetype start = m_pos;
            while (m_pos < m_len && p[m_pos] != delimiter && p[m_pos] != '\n' && p[m_pos] != '\r')
                ++m_pos;
            m_rowBytes.append(p + start, size_t(m_pos - start));
            if (m_pos == m_len)
                continue;
            c = p[m_pos++];
            if (c == delimiter) {
                endField();
                state = State::FieldStart;
            } else if (endRecord(c)) {
                m_rowLine = rowLine;
                if (Status s = finishRow(fields, quoted); !s)
                    return fail(s.error());
                return true;
            }
            continue;
        }
        case State::Quoted: {
            const qsizetype start = m_pos;
            while (m_pos < m_len && p[m_pos] != '"' && p[m_pos] != '\n' && p[m_pos] != '\r')
                ++m_pos;
            m_rowBytes.append(p + start, size_t(m_pos - start));
            if (m_pos == m_len)
                continue;
            c = p[m_pos++];
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                m_rowBytes.push_back(c);
                ++m_line;
                m_afterCR = c == '\r';
            }
            continue;
        }
        case State::QuoteInQuoted:
            ++m_pos;
            if (c == '"') {
                m_rowBytes.push_back(c);
                state = State::Quoted;
            } else if (c == delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                if (endRecord(c)) {
                    m_rowLine = rowLine;
                    if (Status s = finishRow(fields, quoted); !s)
                        return fail(s.error());
                    return true;
                }
            } else {
                m_rowBytes.push_back(c);
                state = State::Unquoted;
            }
            continue;
        }
    }

    // End of the file.
    if (state == State::Quoted) {
        return fail(
            makeError(ErrorCode::Invalid,
                      QCoreApplication::translate("Csv", "The file ends inside a quoted field that starts on line %1.")
                          .arg(quoteLine)));
    }
    if (state == State::FieldStart && m_fieldEnds.empty())
        return false;
    endField();
    m_rowLine = rowLine;
    if (Status s = finishRow(fields, quoted); !s)
        return fail(s.error());
    return true;
}

Status CsvReader::finishRow(QStringList& fields, std::vector<bool>* quoted) {
    fields.resize(qsizetype(m_fieldEnds.size()));
    qsizetype begin = 0;
    for (size_t f = 0; f < m_fieldEnds.size(); ++f) {
        const qsizetype end = m_fieldEnds[f];
        KOERS_TRY(decodeField(f, begin, end, fields[qsizetype(f)]));
        begin = end;
    }
    if (quoted)
        *quoted = m_fieldQuoted;

    ++m_rowNumber;
    m_lastFieldCount = fields.size();
    if (m_expectedFieldCount < 0)
        m_expectedFieldCount = m_lastFieldCount;
    m_ragged = m_lastFieldCount != m_expectedFieldCount;
    return {};
}

Status CsvReader::decodeField(size_t index, qsizetype begin, qsizetype end, QString& out) {
    const QByteArrayView bytes(m_rowBytes.data() + begin, end - begin);
    if (CsvTextCodec::isAscii(bytes)) {
        if (bytes.isEmpty()) {
            out = QString(QLatin1String("")); // empty, not null, as QString::fromLatin1 gives
            return {};
        }
        if (out.capacity() > 4096 && out.capacity() > 4 * bytes.size())
            out = QString();      // after one huge cell, do not keep its memory for the rest of the file
        out.resize(bytes.size()); // allocates only when the string is shared or too small
        QChar* d = out.data();
        for (const char c : bytes)
            *d++ = QLatin1Char(c);
        return {};
    }
    if (m_dialect.encoding == CsvDialect::Encoding::Windows1252) {
        out = CsvTextCodec::fromWindows1252(bytes);
        return {};
    }
    if (CsvTextCodec::isValidUtf8(bytes)) {
        m_sawNonAsciiUtf8 = true;
        out = QString::fromUtf8(bytes);
        return {};
    }
    if (m_dialect.encoding == CsvDialect::Encoding::Utf8 && !m_sawNonAsciiUtf8) {
        m_dialect.encoding = CsvDialect::Encoding::Windows1252;
        out = CsvTextCodec::fromWindows1252(bytes);
        return {};
    }
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate(
                         "Csv", "Line %1 is not valid UTF-8 text; the file may be in the Windows-1252 encoding.")
                         .arg(lineOfField(index)));
}

// Fields keep their embedded line breaks, so the line on which a field starts is the row's first line
// plus the breaks in the fields before it. Each field is counted on its own: a CR ending one field and an
// LF starting the next are two lines, not one CRLF.
qint64 CsvReader::lineOfField(size_t index) const {
    qint64 line = m_rowLine;
    qsizetype begin = 0;
    for (size_t f = 0; f < index; ++f) {
        const qsizetype end = m_fieldEnds[f];
        for (qsizetype i = begin; i < end; ++i) {
            const char c = m_rowBytes[size_t(i)];
            if (c == '\n' || (c == '\r' && (i + 1 == end || m_rowBytes[size_t(i + 1)] != '\n')))
                ++line;
        }
        begin = end;
    }
    return line;
}

Status CsvReader::checkFieldCount() const {
    if (!m_ragged)
        return {};
    return makeError(ErrorCode::Invalid, QCoreApplication::translate("Csv", "Line %1 has %2 fields instead of %3.")
                                             .arg(m_rowLine)
                                             .arg(m_lastFieldCount)
                                             .arg(m_expectedFieldCount));
}

qsizetype CsvReader::bufferedBytes() const {
    return qsizetype(m_chunk.capacity() + m_rowBytes.capacity() + m_fieldEnds.capacity() * sizeof(qsizetype) +
                     m_fieldQuoted.capacity() / 8);
}

} // namespace koers
