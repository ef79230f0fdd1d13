// CsvDialect: how a CSV file is spelled (delimiter, text encoding, record separator, header row). Shared by
// the reader, the writer and the detector so that an imported file can be written back the way it came.
#pragma once

#include <QChar>

namespace koers {

struct CsvDialect {
    enum class Encoding {
        Utf8,
        Utf8Bom, // UTF-8 with a byte order mark: what Excel needs to recognise UTF-8
        Windows1252,
    };
    enum class LineEnding { CRLF, LF };

    QChar delimiter = u',';
    Encoding encoding = Encoding::Utf8;
    LineEnding lineEnding = LineEnding::CRLF;
    bool hasHeader = true;

    // The reader works on bytes, which is only sound when the delimiter is a single byte that cannot be
    // part of a multi-byte character, a quote or a line break.
    bool isValid() const {
        const char16_t c = delimiter.unicode();
        return c > 0 && c < 0x80 && c != u'"' && c != u'\r' && c != u'\n';
    }

    // Dutch Excel: semicolon (the comma is the decimal separator), UTF-8 with BOM, CRLF.
    static CsvDialect excel() { return {u';', Encoding::Utf8Bom, LineEnding::CRLF, true}; }
    // RFC 4180 as used inside sync packages: comma, UTF-8 without BOM, CRLF.
    static CsvDialect rfc4180() { return {u',', Encoding::Utf8, LineEnding::CRLF, true}; }

    friend bool operator==(const CsvDialect&, const CsvDialect&) = default;
};

} // namespace koers
