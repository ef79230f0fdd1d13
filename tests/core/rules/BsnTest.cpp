#include "core/CatchQtPrinters.h"

#include "rules/Bsn.h"

using namespace koers;

TEST_CASE("BSN elfproef accepts valid numbers", "[rules][bsn]") {
    CHECK(isValidBsn(u"111222333"));
    CHECK(isValidBsn(u"123456782"));
    CHECK(isValidBsn(u"012345672"));
}

TEST_CASE("BSN elfproef rejects invalid numbers", "[rules][bsn]") {
    CHECK_FALSE(isValidBsn(u"123456789")); // check digit off by one
    CHECK_FALSE(isValidBsn(u"111222334"));
    CHECK_FALSE(isValidBsn(u"000000000")); // passes the sum, but is no number
    CHECK_FALSE(isValidBsn(u"00000000"));
    CHECK_FALSE(isValidBsn(u""));
    CHECK_FALSE(isValidBsn(u"1234567"));    // too short
    CHECK_FALSE(isValidBsn(u"1234567820")); // too long
    CHECK_FALSE(isValidBsn(u"12345678a"));
    CHECK_FALSE(isValidBsn(u"123 456 782"));    // separators only after normalizeBsn
    CHECK_FALSE(isValidBsn(u"12345678\u0662")); // a non-ASCII digit is not a digit here
}

TEST_CASE("BSN with eight digits is padded as Excel dropped the leading zero", "[rules][bsn]") {
    CHECK(isValidBsn(u"12345672"));
    CHECK(normalizeBsn(u"12345672") == QStringLiteral("012345672"));
    CHECK_FALSE(isValidBsn(u"12345678"));
}

TEST_CASE("BSN normalisation strips spaces and dots", "[rules][bsn]") {
    CHECK(normalizeBsn(u" 1234.56.782 ") == QStringLiteral("123456782"));
    CHECK(normalizeBsn(u"123 456 782") == QStringLiteral("123456782"));
    CHECK(normalizeBsn(u"1234.567.2") == QStringLiteral("012345672"));
    CHECK(normalizeBsn(u"12345-6782").isEmpty());
    CHECK(normalizeBsn(u"abc").isEmpty());
    CHECK(normalizeBsn(u"1234567") == QStringLiteral("1234567")); // length is for isValidBsn to judge
    CHECK(isValidBsn(normalizeBsn(u"1234 56 782")));
}

TEST_CASE("BSN masking keeps the last three digits", "[rules][bsn]") {
    CHECK(maskBsn(u"123456782") == QStringLiteral("******782"));
    CHECK(maskBsn(u"12345672") == QStringLiteral("******672"));
    CHECK(maskBsn(u"123 456 782") == QStringLiteral("******782"));
    CHECK(maskBsn(u"").isEmpty());
    CHECK(maskBsn(u"12") == QStringLiteral("**"));
    CHECK(maskBsn(u"not-a-bsn") == QStringLiteral("*********"));
}
