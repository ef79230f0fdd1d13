#include "core/CatchQtPrinters.h"

#include "demo/DemoRandom.h"

using namespace koers;

TEST_CASE("Demo random numbers come from the standard's mt19937_64", "[demo][random]") {
    // The C++ standard fixes the 10000th output of a default-seeded mt19937_64; equal here means equal everywhere.
    DemoRandom r(5489u);
    for (int i = 0; i < 9999; ++i)
        r.next();
    CHECK(r.next() == 9981545732273789042ull);
}

TEST_CASE("Demo random ranges stay within their bounds", "[demo][random]") {
    DemoRandom r(7);
    bool sawLo = false;
    bool sawHi = false;
    for (int i = 0; i < 2000; ++i) {
        const int v = r.between(3, 9);
        REQUIRE(v >= 3);
        REQUIRE(v <= 9);
        sawLo = sawLo || v == 3;
        sawHi = sawHi || v == 9;
        REQUIRE(r.below(5) < 5u);
        const QDate d = r.dateBetween(QDate(2024, 2, 27), QDate(2024, 3, 1));
        REQUIRE(d >= QDate(2024, 2, 27));
        REQUIRE(d <= QDate(2024, 3, 1));
    }
    CHECK(sawLo);
    CHECK(sawHi);
    CHECK(r.below(0) == 0u);
    CHECK(r.between(4, 4) == 4);
    CHECK(r.dateBetween(QDate(2024, 1, 2), QDate(2024, 1, 1)) == QDate(2024, 1, 2));
}
