#include <catch2/catch.hpp>

#include "CsvTestSupport.h"
#include "csv/CsvDialectDetector.h"

#include <QCoreApplication>

using namespace koers;
using namespace koers::test;

namespace {

const std::vector<Row> kRfcRows = {
    {"id", "naam", "opmerking", "leeg"},
    {"1", "Jansen, Piet", "Zei \"goedemorgen\" bij de deur", ""},
    {"2", "Bakker", "regel een\r\nregel twee", ""},
    {"3", "de Vries", "alleen\nLF", "x"},
    {"4", "Şeyma Yılmaz", "", ""},
    {"5", "Laatste", "geen regeleinde", "z"},
};

CsvDialect semicolon(CsvDialect::Encoding encoding = CsvDialect::Encoding::Utf8) {
    CsvDialect d;
    d.delimiter = u';';
    d.encoding = encoding;
    return d;
}

} // namespace

TEST_CASE("RFC 4180 cases read the same in any chunk size", "[csv][reader]") {
    const char* file = GENERATE("rfc4180_crlf.csv", "rfc4180_lf.csv");
    const qsizetype chunk = GENERATE(1, 2, 3, 7, 64, CsvReader::kDefaultChunkSize);
    CAPTURE(file, chunk);
    const ReadOutcome r = readAll(csvDataBytes(file), CsvDialect::rfc4180(), chunk);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.rows == kRfcRows);
    // A field that spans lines moves the next row's start line.
    REQUIRE(r.lines == std::vector<qint64>{1, 2, 3, 5, 7, 8});
    REQUIRE(r.quoted[1] == std::vector<bool>{false, true, true, false});
    REQUIRE(r.quoted[2] == std::vector<bool>{false, false, true, true}); // "" versus nothing
    REQUIRE(r.quoted[4] == std::vector<bool>{false, false, true, false});
    REQUIRE(std::none_of(r.ragged.begin(), r.ragged.end(), [](bool b) { return b; }));
}

TEST_CASE("Row and line numbers point at where each row starts", "[csv][reader]") {
    QByteArray bytes = csvDataBytes("rfc4180_crlf.csv");
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, CsvDialect::rfc4180());
    QStringList fields;
    for (int i = 0; i < 4; ++i)
        REQUIRE(reader.readRow(fields).value());
    REQUIRE(fields.front() == u"3");
    REQUIRE(reader.rowNumber() == 4);
    REQUIRE(reader.lineNumber() == 5);
    REQUIRE(reader.readRow(fields).value());
    REQUIRE(reader.readRow(fields).value());
    REQUIRE_FALSE(reader.readRow(fields).value());
    REQUIRE(fields.isEmpty());
    REQUIRE_FALSE(reader.readRow(fields).value()); // stays at the end
}

TEST_CASE("Edge cases at the end of the file and between records", "[csv][reader]") {
    const CsvDialect d = CsvDialect::rfc4180();
    REQUIRE(readAll("", d).rows.empty());
    REQUIRE(readAll("\r\n", d).rows == std::vector<Row>{{""}});
    REQUIRE(readAll("a,", d).rows == std::vector<Row>{{"a", ""}});
    REQUIRE(readAll("a,\"\"", d).rows == std::vector<Row>{{"a", ""}});
    REQUIRE(readAll("\"\"", d).quoted == std::vector<std::vector<bool>>{{true}});
    // Old Mac files separate records with a lone CR.
    REQUIRE(readAll("a,b\rc,d\r", d).rows == std::vector<Row>{{"a", "b"}, {"c", "d"}});
    REQUIRE(readAll("a,b\rc,d\r", d).lines == std::vector<qint64>{1, 2});
    REQUIRE(readAll("\"x\ry\",z\n", d).rows == std::vector<Row>{{"x\ry", "z"}});
}

TEST_CASE("Blank lines are rows unless skipping is asked for", "[csv][reader]") {
    const QByteArray bytes = "a\r\n\r\nb\r\n\"\"\r\n\n";
    const qsizetype chunk = GENERATE(1, 4, CsvReader::kDefaultChunkSize);
    const ReadOutcome kept = readAll(bytes, CsvDialect::rfc4180(), chunk);
    REQUIRE(kept.rows == std::vector<Row>{{"a"}, {""}, {"b"}, {""}, {""}});
    const ReadOutcome skipped = readAll(bytes, CsvDialect::rfc4180(), chunk, true);
    // A quoted empty field is data, not a blank line.
    REQUIRE(skipped.rows == std::vector<Row>{{"a"}, {"b"}, {""}});
    REQUIRE(skipped.lines == std::vector<qint64>{1, 3, 4});
}

TEST_CASE("Stray quotes are kept literally", "[csv][reader]") {
    const ReadOutcome r = readAll(csvDataBytes("lenient.csv"), CsvDialect::rfc4180());
    REQUIRE_FALSE(r.error);
    REQUIRE(r.rows == std::vector<Row>{{"naam", "opmerking"}, {"O\"Brien", "zegt \"hoi\""}, {"Jansen", "x"}});
}

TEST_CASE("Windows-1252 file reads with the right characters", "[csv][reader]") {
    const QByteArray bytes = csvDataBytes("windows1252.csv");
    const qsizetype chunk = GENERATE(1, CsvReader::kDefaultChunkSize);
    const ReadOutcome r = readAll(bytes, CsvDialectDetector::detect(bytes), chunk);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.rows == std::vector<Row>{
                          {"Voornaam", "Achternaam", "Woonplaats", "Opmerking"},
                          {"Ömer", "Çelik", "Zaltbommel", "Voorschot €12,50 – “betaald”"},
                          {"François", "Lefèvre", "Tiel", "‘Eén’ afspraak… Œuvre • Š Ž š ž Ÿ ™ ‰"},
                          {"Zoë", "Øyvindsen", "Buren", "ƒ „x‚ † ‡ ˆ ˜ ‹ › — œ"},
                      });
}

TEST_CASE("UTF-8 file with BOM: the BOM is not part of the first field", "[csv][reader]") {
    const QByteArray bytes = csvDataBytes("utf8_bom.csv");
    const std::vector<Row> expected = {
        {"Voornaam", "Achternaam", "Land"}, {"Şeyma", "Yılmaz", "Türkiye"}, {"Ömer", "Demir", "Turkije"},
        {"Nguyễn", "Thị Hoa", "Việt Nam"},  {"نور", "حسن", "Syrië 🇸🇾"},
    };
    // Characters split across every possible chunk boundary.
    const qsizetype chunk = GENERATE(1, 2, 3, 5, CsvReader::kDefaultChunkSize);
    REQUIRE(readAll(bytes, CsvDialectDetector::detect(bytes), chunk).rows == expected);
    // Also when the caller only said "UTF-8".
    REQUIRE(readAll(bytes, semicolon(CsvDialect::Encoding::Utf8), chunk).rows == expected);
}

TEST_CASE("Invalid UTF-8 is read as Windows-1252, not mangled", "[csv][reader]") {
    const QByteArray bytes = csvDataBytes("invalid_utf8.csv");
    const ReadOutcome r = readAll(bytes, CsvDialectDetector::detect(bytes));
    REQUIRE_FALSE(r.error);
    REQUIRE(r.rows == std::vector<Row>{{"Naam", "Plaats"}, {"Ã©lise", "Zoë-ville"}});
}

TEST_CASE("Windows-1252 beyond the detector's sample switches an all-ASCII UTF-8 read", "[csv][reader]") {
    QByteArray bytes = "Naam;Plaats\r\n";
    for (int i = 0; i < 100; ++i)
        bytes += "Jan;Tiel\r\n";
    bytes += "Zo\xEB;Buren\r\n";
    const CsvDialect sampled = CsvDialectDetector::detect(bytes.first(200));
    REQUIRE(sampled.encoding == CsvDialect::Encoding::Utf8);
    const ReadOutcome r = readAll(bytes, sampled, 16);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.rows.back() == Row{"Zoë", "Buren"});
    REQUIRE(r.dialect.encoding == CsvDialect::Encoding::Windows1252);
}

TEST_CASE("Invalid UTF-8 after real UTF-8, or after a BOM, is an error with its line", "[csv][reader]") {
    const QByteArray body = "a;b\r\n\xC5\x9E"
                            "eyma;ok\r\n\"x\ny\";caf\xE9\r\n";
    const ReadOutcome mixed = readAll(body, semicolon());
    REQUIRE(mixed.rows.size() == 2);
    REQUIRE(mixed.error);
    REQUIRE(mixed.error->code == ErrorCode::Invalid);
    REQUIRE(mixed.error->message == u"Line 4 is not valid UTF-8 text; the file may be in the Windows-1252 encoding.");

    // A CR ending one field and an LF starting the next are two lines.
    const ReadOutcome split = readAll("\xC5\x9E\r\n\"x\r\";\"\ny\";caf\xE9\r\n", semicolon());
    REQUIRE(split.error);
    REQUIRE(split.error->message.startsWith(u"Line 4 "));

    const ReadOutcome declared = readAll("\xEF\xBB\xBF"
                                         "a;caf\xE9\r\n",
                                         semicolon(CsvDialect::Encoding::Utf8Bom));
    REQUIRE(declared.error);
    REQUIRE(declared.error->message.startsWith(u"Line 1 "));
}

TEST_CASE("A file cut off inside a quoted field names the line where the field starts", "[csv][reader]") {
    QByteArray bytes = csvDataBytes("truncated_quote.csv");
    const qsizetype chunk = GENERATE(1, CsvReader::kDefaultChunkSize);
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, semicolon(), chunk);
    QStringList fields;
    REQUIRE(reader.readRow(fields).value());
    REQUIRE(reader.readRow(fields).value());
    const Result<bool> cut = reader.readRow(fields);
    REQUIRE_FALSE(cut.ok());
    REQUIRE(cut.code() == ErrorCode::Invalid);
    REQUIRE(cut.message() == u"The file ends inside a quoted field that starts on line 4.");
    // The error sticks: the caller cannot read past it by accident.
    REQUIRE(reader.readRow(fields).message() == cut.message());
}

TEST_CASE("Ragged rows are returned whole and flagged", "[csv][reader]") {
    QByteArray bytes = csvDataBytes("ragged.csv");
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, semicolon());
    QStringList fields;
    std::vector<Row> rows;
    std::vector<bool> ragged;
    std::vector<QString> messages;
    while (reader.readRow(fields).value()) {
        rows.push_back(toRow(fields));
        ragged.push_back(reader.isRagged());
        messages.push_back(reader.checkFieldCount().ok() ? QString() : reader.checkFieldCount().message());
    }
    REQUIRE(reader.expectedFieldCount() == 3);
    REQUIRE(rows ==
            std::vector<Row>{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5"}, {"6", "7", "8", "9"}, {"10", "11", "12"}});
    REQUIRE(ragged == std::vector<bool>{false, false, true, true, false});
    REQUIRE(messages[2] == u"Line 3 has 2 fields instead of 3.");
    REQUIRE(messages[3] == u"Line 4 has 4 fields instead of 3.");
    REQUIRE(reader.checkFieldCount().ok());
}

TEST_CASE("An expected field count set by the caller wins over the header", "[csv][reader]") {
    QByteArray bytes = csvDataBytes("ragged.csv");
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, semicolon());
    reader.setExpectedFieldCount(2);
    QStringList fields;
    REQUIRE(reader.readRow(fields).value());
    REQUIRE(reader.isRagged());
    REQUIRE(reader.readRow(fields).value());
    REQUIRE(reader.readRow(fields).value());
    REQUIRE_FALSE(reader.isRagged());
}

TEST_CASE("A delimiter the byte-level reader cannot handle is refused", "[csv][reader]") {
    CsvDialect bad;
    const QChar delimiter = GENERATE(QChar(u'"'), QChar(u'\n'), QChar(u'€'));
    bad.delimiter = delimiter;
    const ReadOutcome r = readAll("a,b\r\n", bad);
    REQUIRE(r.error);
    REQUIRE(r.error->code == ErrorCode::Invalid);
}
