#include <catch2/catch.hpp>

#include "CsvTestSupport.h"
#include "csv/CsvDialectDetector.h"

using namespace koers;
using namespace koers::test;

using Encoding = CsvDialect::Encoding;
using LineEnding = CsvDialect::LineEnding;

TEST_CASE("Each delimiter is detected", "[csv][detect]") {
    struct Case {
        const char* file;
        char16_t delimiter;
        LineEnding lineEnding;
    };
    const Case c = GENERATE(
        Case{"delimiter_semicolon.csv", u';', LineEnding::CRLF}, Case{"delimiter_comma.csv", u',', LineEnding::LF},
        Case{"delimiter_tab.tsv", u'\t', LineEnding::CRLF}, Case{"delimiter_pipe.csv", u'|', LineEnding::CRLF});
    CAPTURE(c.file);
    const QByteArray bytes = csvDataBytes(c.file);
    REQUIRE_FALSE(bytes.isEmpty());
    const CsvDialect d = CsvDialectDetector::detect(bytes);
    REQUIRE(d.delimiter == QChar(c.delimiter));
    REQUIRE(d.lineEnding == c.lineEnding);
    REQUIRE(d.encoding == Encoding::Utf8);
    REQUIRE(d.hasHeader);
}

TEST_CASE("Line ending follows the first record separator", "[csv][detect]") {
    REQUIRE(CsvDialectDetector::detect(csvDataBytes("rfc4180_crlf.csv")).lineEnding == LineEnding::CRLF);
    REQUIRE(CsvDialectDetector::detect(csvDataBytes("rfc4180_lf.csv")).lineEnding == LineEnding::LF);
    // A line break inside a quoted header field is not the record separator.
    REQUIRE(CsvDialectDetector::detect("\"a\nb\";c\r\n1;2\r\n").lineEnding == LineEnding::CRLF);
    REQUIRE(CsvDialectDetector::detect("a;b").lineEnding == LineEnding::CRLF);
}

TEST_CASE("Encoding: BOM, valid UTF-8, otherwise Windows-1252", "[csv][detect]") {
    const CsvDialect bom = CsvDialectDetector::detect(csvDataBytes("utf8_bom.csv"));
    REQUIRE(bom.encoding == Encoding::Utf8Bom);
    REQUIRE(bom.delimiter == u';');

    const CsvDialect ansi = CsvDialectDetector::detect(csvDataBytes("windows1252.csv"));
    REQUIRE(ansi.encoding == Encoding::Windows1252);
    REQUIRE(ansi.delimiter == u';');
    REQUIRE(ansi.lineEnding == LineEnding::CRLF);

    // Starts with bytes that are valid UTF-8, but is not UTF-8 as a whole.
    REQUIRE(CsvDialectDetector::detect(csvDataBytes("invalid_utf8.csv")).encoding == Encoding::Windows1252);

    REQUIRE(CsvDialectDetector::detect(csvDataBytes("rfc4180_crlf.csv")).encoding == Encoding::Utf8);
}

TEST_CASE("A sample cut inside a UTF-8 character is still UTF-8", "[csv][detect]") {
    const QByteArray bytes = csvDataBytes("utf8_bom.csv").sliced(3);
    const qsizetype cut = bytes.indexOf("\xC5\x9E") + 1; // after the first byte of Ş
    REQUIRE(CsvDialectDetector::detect(bytes.first(cut)).encoding == Encoding::Utf8);
}

TEST_CASE("Delimiters inside quoted fields do not count", "[csv][detect]") {
    REQUIRE(CsvDialectDetector::detect("\"a;b\",c\r\n\"d;e;f\",g\r\n\"h\",i\r\n").delimiter == u',');
    REQUIRE(CsvDialectDetector::detect("x;\"1,5\"\r\ny;\"2,5,6\"\r\nz;3\r\n").delimiter == u';');
}

TEST_CASE("Dutch decimals do not fool the delimiter choice", "[csv][detect]") {
    // Every data row has one comma, but the header has none and the semicolon count is steady.
    REQUIRE(CsvDialectDetector::detect("Naam;Uren;Bedrag\r\nJan;1,5;2\r\nPiet;2,5;3\r\nKees;3,5;4\r\n").delimiter ==
            u';');
}

TEST_CASE("A file without any candidate delimiter gets the comma", "[csv][detect]") {
    const CsvDialect d = CsvDialectDetector::detect("Naam\r\nJan\r\nPiet\r\n");
    REQUIRE(d.delimiter == u',');
    REQUIRE(d.hasHeader);
    REQUIRE(CsvDialectDetector::detect("").delimiter == u',');
}

TEST_CASE("A first row with numbers or dates is data, not a header", "[csv][detect]") {
    REQUIRE_FALSE(CsvDialectDetector::detect("Jan;Jansen;01-02-1990\r\nPiet;Bakker;03-04-1985\r\n").hasHeader);
    REQUIRE_FALSE(CsvDialectDetector::detect("Jan;123456782\r\nPiet;234567891\r\n").hasHeader);
    REQUIRE(CsvDialectDetector::detect("Voornaam;BSN;Adres 2\r\nJan;123456782;x\r\n").hasHeader);
    REQUIRE_FALSE(CsvDialectDetector::detect(";;\r\n1;2;3\r\n").hasHeader);
}

TEST_CASE("Detecting from a device leaves it unread", "[csv][detect]") {
    QByteArray bytes = csvDataBytes("delimiter_pipe.csv");
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    REQUIRE(CsvDialectDetector::detect(buffer).delimiter == u'|');
    REQUIRE(buffer.pos() == 0);
    REQUIRE(buffer.readAll() == bytes);
}
