#include <catch2/catch.hpp>

#include "CsvTestSupport.h"
#include "csv/CsvWriter.h"

#include <random>

using namespace koers;
using namespace koers::test;

namespace {

// Pieces chosen to hit every quoting rule: all candidate delimiters, quotes, each kind of line break,
// leading and trailing blanks, formula triggers, and characters of one to four UTF-8 bytes.
const std::vector<QString> kPieces = {
    QStringLiteral("a"),  QStringLiteral("Jan"),  QStringLiteral("12"), QStringLiteral(";"),    QStringLiteral(","),
    QStringLiteral("\t"), QStringLiteral("|"),    QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\r"),
    QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral(" "),  QStringLiteral("="),    QStringLiteral("-"),
    QStringLiteral("'"),  QStringLiteral(u"ë"),   QStringLiteral(u"Ş"), QStringLiteral(u"€"),   QStringLiteral(u"😀"),
    QStringLiteral(u"ي"), QStringLiteral(u"ễ"),
};

QList<QStringList> randomRows(std::mt19937& random, int count) {
    std::uniform_int_distribution<int> fieldCount(1, 8);
    std::uniform_int_distribution<int> pieceCount(0, 10);
    std::uniform_int_distribution<size_t> piece(0, kPieces.size() - 1);
    QList<QStringList> rows;
    for (int r = 0; r < count; ++r) {
        QStringList row;
        const int fields = fieldCount(random);
        for (int f = 0; f < fields; ++f) {
            QString text;
            const int pieces = pieceCount(random);
            for (int p = 0; p < pieces; ++p)
                text += kPieces[piece(random)];
            row.append(text);
        }
        rows.append(row);
    }
    return rows;
}

std::vector<Row> toRows(const QList<QStringList>& rows) {
    std::vector<Row> out;
    for (const QStringList& row : rows)
        out.push_back(toRow(row));
    return out;
}

} // namespace

TEST_CASE("Random rows survive a write and a read unchanged", "[csv][roundtrip]") {
    const CsvDialect dialect =
        GENERATE(CsvDialect::rfc4180(), CsvDialect::excel(),
                 CsvDialect{u'\t', CsvDialect::Encoding::Utf8, CsvDialect::LineEnding::LF, false},
                 CsvDialect{u'|', CsvDialect::Encoding::Utf8Bom, CsvDialect::LineEnding::LF, true});
    const qsizetype chunk = GENERATE(1, 13, CsvReader::kDefaultChunkSize);
    CAPTURE(QString(dialect.delimiter).toStdString(), chunk);

    std::mt19937 random(20260101);
    const QList<QStringList> rows = randomRows(random, 400);

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer, dialect);
    for (const QStringList& row : rows)
        REQUIRE(writer.writeRow(row).ok());

    // Also with skipped blank lines: the writer never produces one for a row with fields.
    const bool skipBlankLines = GENERATE(false, true);
    const ReadOutcome read = readAll(buffer.data(), dialect, chunk, skipBlankLines);
    REQUIRE_FALSE(read.error);
    REQUIRE(read.rows == toRows(rows));
}

TEST_CASE("Windows-1252 round trip for the characters it holds", "[csv][roundtrip]") {
    const QList<QStringList> rows = {
        {QStringLiteral(u"Ömer"), QStringLiteral(u"Çelik"), QStringLiteral(u"€ 12,50; “ok”")},
        {QStringLiteral(u"François"), QStringLiteral(u"Zoë\r\nØyvind"), QStringLiteral(u"‘Œ’ Š ž Ÿ")},
    };
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const CsvDialect dialect{u';', CsvDialect::Encoding::Windows1252, CsvDialect::LineEnding::CRLF, false};
    CsvWriter writer(buffer, dialect);
    for (const QStringList& row : rows)
        REQUIRE(writer.writeRow(row).ok());
    REQUIRE(readAll(buffer.data(), dialect, 3).rows == toRows(rows));
}

TEST_CASE("Excel-safe output reads back with the apostrophe that protects it", "[csv][roundtrip]") {
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer = CsvWriter::forExcel(buffer);
    REQUIRE(writer.writeRow({QStringLiteral("=SUM(A1)"), QStringLiteral("-12"), QStringLiteral("@x;y")}).ok());
    REQUIRE(readAll(buffer.data(), CsvDialect::excel()).rows == std::vector<Row>{{"'=SUM(A1)", "-12", "'@x;y"}});
}
