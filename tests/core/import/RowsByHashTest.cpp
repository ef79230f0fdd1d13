#include "import/RowsByHash.h"

#include "import/ValueParsers.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace koers;

TEST_CASE("RowsByHash keeps the first row of every hash through growth", "[import][rowsbyhash]") {
    RowsByHash rows;
    // Hashes that share their low bits all land on one probe chain; the high bits tell them apart.
    const quint64 sameLowBits = 0x5A5A5A5A00000000ull;
    for (qint64 i = 1; i <= 5000; ++i) {
        const quint64 hash = (i % 2 ? sameLowBits + (quint64(i) << 40) : quint64(i) * 0x9E3779B97F4A7C15ull);
        REQUIRE(rows.find(hash) == 0);
        rows.insert(hash, i);
    }
    REQUIRE(rows.size() == 5000);
    for (qint64 i = 1; i <= 5000; ++i) {
        const quint64 hash = (i % 2 ? sameLowBits + (quint64(i) << 40) : quint64(i) * 0x9E3779B97F4A7C15ull);
        REQUIRE(rows.find(hash) == i);
    }
    REQUIRE(rows.find(sameLowBits) == 0);
    REQUIRE(rows.find(12345) == 0);
}

TEST_CASE("A cell read from a file keeps its text, or loses only the formula guard", "[import][parsers]") {
    REQUIRE(ValueParsers::cellText(QStringLiteral("'=SOM(A1)")) == u"=SOM(A1)");
    REQUIRE(ValueParsers::cellText(QStringLiteral("'t Gooi")) == u"'t Gooi");
    const QString plain = QStringLiteral("Baarn");
    REQUIRE(ValueParsers::cellText(plain) == plain);
}
