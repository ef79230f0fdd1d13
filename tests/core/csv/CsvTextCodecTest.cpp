#include <catch2/catch.hpp>

#include "CsvTestSupport.h"
#include "csv/CsvTextCodec.h"

using namespace koers;
using namespace koers::test;

TEST_CASE("Strict UTF-8 check accepts well-formed text", "[csv][codec]") {
    REQUIRE(CsvTextCodec::isValidUtf8(""));
    REQUIRE(CsvTextCodec::isValidUtf8("plain ASCII;1,2"));
    REQUIRE(CsvTextCodec::isValidUtf8("\xC5\x9E"
                                      "eyma"));             // Ş
    REQUIRE(CsvTextCodec::isValidUtf8("\xE2\x82\xAC 5"));   // €
    REQUIRE(CsvTextCodec::isValidUtf8("\xF0\x9F\x98\x80")); // U+1F600
    REQUIRE(CsvTextCodec::isValidUtf8("\xF4\x8F\xBF\xBF")); // U+10FFFF
}

TEST_CASE("Strict UTF-8 check rejects what Qt would silently replace", "[csv][codec]") {
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("caf\xE9"));              // Windows-1252 é
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("\x80"));                 // lone continuation byte
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("\xC0\x80"));             // overlong NUL
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("\xE0\x80\xAF"));         // overlong '/'
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("\xED\xA0\x80"));         // surrogate
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("\xF4\x90\x80\x80"));     // above U+10FFFF
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("\xF8\x88\x80\x80\x80")); // five-byte form
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("\xC3"
                                            "A")); // missing continuation
}

TEST_CASE("A sample may end halfway through a UTF-8 character", "[csv][codec]") {
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("abc\xE2\x82"));
    REQUIRE(CsvTextCodec::isValidUtf8("abc\xE2\x82", true));
    REQUIRE(CsvTextCodec::isValidUtf8("abc\xF0", true));
    REQUIRE_FALSE(CsvTextCodec::isValidUtf8("abc\xE9x", true));
}

TEST_CASE("Windows-1252 decodes every byte from 0x80 to 0xFF", "[csv][codec]") {
    const QByteArray bytes = csvDataBytes("cp1252_all.csv");
    REQUIRE(bytes.size() == 128);
    const QString expected = QString::fromUtf8(csvDataBytes("cp1252_all.expected.txt"));
    REQUIRE(CsvTextCodec::fromWindows1252(bytes).toStdString() == expected.toStdString());

    // Spot checks in the range Latin-1 gets wrong.
    REQUIRE(CsvTextCodec::fromWindows1252("\x80") == QStringLiteral(u"€"));
    REQUIRE(CsvTextCodec::fromWindows1252("\x8A\x8C\x8E") == QStringLiteral(u"ŠŒŽ"));
    REQUIRE(CsvTextCodec::fromWindows1252("\x91\x92\x93\x94") == QStringLiteral(u"‘’“”"));
    REQUIRE(CsvTextCodec::fromWindows1252("\x9F") == QStringLiteral(u"Ÿ"));
    REQUIRE(CsvTextCodec::fromWindows1252("\xD6mer \xC7"
                                          "elik") == QStringLiteral(u"Ömer Çelik"));
}

TEST_CASE("Windows-1252 encoding is the inverse and marks what it cannot hold", "[csv][codec]") {
    const QByteArray bytes = csvDataBytes("cp1252_all.csv");
    bool lossy = true;
    REQUIRE(CsvTextCodec::toWindows1252(CsvTextCodec::fromWindows1252(bytes), &lossy) == bytes);
    REQUIRE_FALSE(lossy);

    // Ş is not in Windows-1252; an emoji is one '?', not two.
    REQUIRE(CsvTextCodec::toWindows1252(QStringLiteral(u"Şeyma \U0001F600 €"), &lossy) == QByteArray("?eyma ? \x80"));
    REQUIRE(lossy);
}
