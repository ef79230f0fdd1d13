#include <catch2/catch.hpp>

#include "CsvTestSupport.h"
#include "csv/CsvWriter.h"

#include <QTemporaryFile>

#include <algorithm>

using namespace koers;
using namespace koers::test;

namespace {

QStringList streamingRow(qint64 i) {
    return {QString::number(i), QStringLiteral(u"Şeyma %1").arg(i),
            QStringLiteral("opmerking; met \"quotes\"\r\nen een tweede regel %1").arg(i), QStringLiteral("01-02-1990"),
            QStringLiteral(u"Zoë")};
}

} // namespace

TEST_CASE("Reading a 10 MB file keeps the reader's memory bounded", "[csv][streaming]") {
    constexpr qint64 kTargetBytes = 10 * 1024 * 1024;
    QTemporaryFile file;
    REQUIRE(file.open());
    qint64 written = 0;
    {
        CsvWriter writer = CsvWriter::forExcel(file);
        while (file.pos() < kTargetBytes) {
            REQUIRE(writer.writeRow(streamingRow(written)).ok());
            ++written;
        }
    }
    REQUIRE(file.flush());
    REQUIRE(file.size() >= kTargetBytes);
    REQUIRE(file.seek(0));

    CsvReader reader(file, CsvDialect::excel());
    QStringList fields;
    qint64 read = 0;
    qsizetype afterFirstRows = 0;
    qsizetype largest = 0;
    for (;;) {
        Result<bool> more = reader.readRow(fields);
        REQUIRE(more.ok());
        if (!more.value())
            break;
        if (fields != streamingRow(read))
            FAIL("row " << read << " differs: " << fields.join(u'|').toStdString());
        ++read;
        REQUIRE(reader.lineNumber() == 2 * read - 1); // every row spans two lines
        largest = std::max(largest, reader.bufferedBytes());
        if (read == 1000)
            afterFirstRows = reader.bufferedBytes();
    }
    REQUIRE(read == written);
    // One chunk plus one short row, and no growth after the buffers warmed up.
    REQUIRE(largest <= CsvReader::kDefaultChunkSize + 4096);
    REQUIRE(largest == afterFirstRows);
}

TEST_CASE("A huge row does not keep its memory for the rest of the file", "[csv][streaming]") {
    QByteArray bytes = "a,b\r\n\"" + QByteArray(4 * 1024 * 1024, 'x') + "\",y\r\nc,d\r\n";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, CsvDialect::rfc4180());
    QStringList fields;
    REQUIRE(reader.readRow(fields).value());
    REQUIRE(reader.readRow(fields).value());
    REQUIRE(fields.front().size() == 4 * 1024 * 1024);
    REQUIRE(reader.bufferedBytes() > 4 * 1024 * 1024);
    REQUIRE(reader.readRow(fields).value());
    REQUIRE(fields == QStringList{QStringLiteral("c"), QStringLiteral("d")});
    REQUIRE(reader.bufferedBytes() <= CsvReader::kDefaultChunkSize + 4096);
}
