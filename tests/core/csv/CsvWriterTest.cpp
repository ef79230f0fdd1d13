#include <catch2/catch.hpp>

#include "CsvTestSupport.h"
#include "csv/CsvWriter.h"

using namespace koers;
using namespace koers::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QList<QStringList> kGoldenRows = {
    {u"Voornaam"_s, u"Achternaam"_s, u"Opmerking"_s, u"Telefoon"_s, u"Saldo"_s},
    {u"Şeyma"_s, u"Yılmaz"_s, u"Zegt \"hallo\"; twee regels\r\nregel 2"_s, u"+31 6 1234 5678"_s, u"-12"_s},
    {u"Ömer"_s, u"=SUM(A1)"_s, u"@cmd"_s, u"\tx"_s, u"-3,5"_s},
    {u" Zoë "_s, u"-"_s, u"+"_s, u"=1+1"_s, u"-2 (vorig jaar)"_s},
    {QString(), u"\"\""_s, u"a\nb"_s, u"\rcr"_s, QString()},
    {QString()},
};

QByteArray writeAll(CsvWriter& writer, QBuffer& buffer, const QList<QStringList>& rows) {
    for (const QStringList& row : rows)
        REQUIRE(writer.writeRow(row).ok());
    return buffer.data();
}

} // namespace

TEST_CASE("Excel output matches the golden file byte for byte", "[csv][writer]") {
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer = CsvWriter::forExcel(buffer);
    REQUIRE(writer.dialect() == CsvDialect::excel());
    REQUIRE(writer.excelSafe());
    REQUIRE(writeAll(writer, buffer, kGoldenRows) == csvDataBytes("writer_excel_expected.csv"));
    REQUIRE(writer.rowsWritten() == kGoldenRows.size());
}

TEST_CASE("RFC 4180 output matches the golden file byte for byte", "[csv][writer]") {
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer = CsvWriter::rfc4180(buffer);
    REQUIRE_FALSE(writer.excelSafe());
    REQUIRE(writeAll(writer, buffer, kGoldenRows) == csvDataBytes("writer_rfc4180_expected.csv"));
}

TEST_CASE("Formula injection is neutralised, plain numbers stay readable", "[csv][writer]") {
    for (const char16_t* risky : {u"=SUM(A1)", u"=HYPERLINK(\"http://x\")", u"@cmd", u"@SUM(1)", u"+cmd|' /C calc'!A0",
                                  u"-2+3+cmd|' /C calc'!A0", u"\tx", u"\r=1", u"-", u"+", u"-2 (vorig jaar)", u"-1+2",
                                  u"+31 6 1234 5678 (mobiel)"}) {
        CAPTURE(QString::fromUtf16(risky).toStdString());
        REQUIRE(CsvWriter::needsNeutralising(QStringView(risky)));
    }
    for (const char16_t* safe : {u"-12", u"-3,5", u"+31 6 1234 5678", u"+31 (0)6-1234.5678", u"-1.234,56", u"12",
                                 u"Jan", u"", u" =1", u"a=b", u"'=already"}) {
        CAPTURE(QString::fromUtf16(safe).toStdString());
        REQUIRE_FALSE(CsvWriter::needsNeutralising(QStringView(safe)));
    }
}

TEST_CASE("Fields are quoted only when needed", "[csv][writer]") {
    QBuffer buffer;
    CsvWriter excel(buffer, CsvDialect::excel(), false);
    CsvWriter rfc(buffer, CsvDialect::rfc4180(), false);
    REQUIRE(excel.formatField(u"a;b"_s) == u"\"a;b\"");
    REQUIRE(rfc.formatField(u"a;b"_s) == u"a;b");
    REQUIRE(rfc.formatField(u"a,b"_s) == u"\"a,b\"");
    REQUIRE(rfc.formatField(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\"");
    REQUIRE(rfc.formatField(u"line\nbreak"_s) == u"\"line\nbreak\"");
    REQUIRE(rfc.formatField(u"cr\r"_s) == u"\"cr\r\"");
    REQUIRE(rfc.formatField(u" lead"_s) == u"\" lead\"");
    REQUIRE(rfc.formatField(u"trail "_s) == u"\"trail \"");
    REQUIRE(rfc.formatField(u"in side"_s) == u"in side");
    REQUIRE(rfc.formatField(u"Şeyma"_s) == u"Şeyma");
    REQUIRE(rfc.formatField(QString()) == u"");
}

TEST_CASE("LF line ending and Windows-1252 output", "[csv][writer]") {
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvDialect dialect{u'|', CsvDialect::Encoding::Windows1252, CsvDialect::LineEnding::LF, true};
    CsvWriter writer(buffer, dialect);
    REQUIRE(writer.writeRow({u"Zoë"_s, u"€ 5"_s, u"Şeyma"_s}).ok());
    REQUIRE(writer.writeRow({}).ok());
    REQUIRE(buffer.data() == QByteArray("Zo\xEB|\x80 5|?eyma\n\n"));
}

TEST_CASE("A BOM is written once, before the first row", "[csv][writer]") {
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer = CsvWriter::forExcel(buffer);
    REQUIRE(buffer.data().isEmpty());
    REQUIRE(writer.writeRow({u"a"_s}).ok());
    REQUIRE(writer.writeRow({u"b"_s}).ok());
    REQUIRE(buffer.data() == QByteArray("\xEF\xBB\xBF"
                                        "a\r\nb\r\n"));
}

TEST_CASE("Write failures come back as errors", "[csv][writer]") {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer = CsvWriter::rfc4180(buffer);
    const Status s = writer.writeRow({u"a"_s});
    REQUIRE_FALSE(s.ok());
    REQUIRE(s.code() == ErrorCode::Io);

    // Buffered file writes fail late; finish() reports it.
    QFile full(QStringLiteral("/dev/full"));
    if (full.open(QIODevice::WriteOnly)) {
        CsvWriter toFull = CsvWriter::rfc4180(full);
        Status last;
        for (int i = 0; i < 10 && last.ok(); ++i)
            last = toFull.writeRow({u"a"_s});
        if (last.ok())
            last = toFull.finish();
        REQUIRE_FALSE(last.ok());
        REQUIRE(last.code() == ErrorCode::DiskFull);
    }

    QBuffer other;
    REQUIRE(other.open(QIODevice::WriteOnly));
    CsvWriter badDialect(other, CsvDialect{u'"', CsvDialect::Encoding::Utf8, CsvDialect::LineEnding::LF, true});
    REQUIRE(badDialect.writeRow({u"a"_s}).code() == ErrorCode::Invalid);
}
