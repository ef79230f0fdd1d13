#include "core/CatchQtPrinters.h"

#include "util/Hlc.h"

using namespace koers;

TEST_CASE("HLC text form sorts like the stamp and parses back", "[hlc]") {
    const Hlc a{1700000000000, 2, QStringLiteral("aaaa")};
    const Hlc b{1700000000000, 10, QStringLiteral("aaaa")};
    const Hlc c{1700000000001, 0, QStringLiteral("0000")};
    REQUIRE(a < b);
    REQUIRE(b < c);
    REQUIRE(a.toString() < b.toString());
    REQUIRE(b.toString() < c.toString());
    REQUIRE(Hlc::parse(b.toString()) == b);
    REQUIRE_FALSE(Hlc::parse(u"garbage").has_value());
}

TEST_CASE("HLC keeps order when the wall clock goes back", "[hlc]") {
    FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    HlcClock hlc(clock, QStringLiteral("dev1"));
    const Hlc first = hlc.next();
    clock.advanceMs(-60'000);
    const Hlc second = hlc.next();
    REQUIRE(first < second);
    REQUIRE(second.ms == first.ms);
    REQUIRE(second.counter == first.counter + 1);
}

TEST_CASE("HLC observing a peer's later stamp moves past it", "[hlc]") {
    FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    HlcClock hlc(clock, QStringLiteral("dev1"));
    const Hlc remote{clock.nowUtc().toMSecsSinceEpoch() + 3'600'000, 7, QStringLiteral("dev2")};
    hlc.observe(remote);
    const Hlc mine = hlc.next();
    REQUIRE(remote < mine);
}

TEST_CASE("HLC counter stays within its six digits under a frozen clock", "[hlc]") {
    FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    HlcClock hlc(clock, QStringLiteral("dev1"));
    Hlc previous = hlc.next();
    for (int i = 0; i < 1'000'002; ++i) {
        const Hlc next = hlc.next();
        if (!(previous < next) || !(previous.toString() < next.toString()))
            FAIL("stamps stopped rising at step " << i);
        previous = next;
    }
    REQUIRE(previous.ms == clock.nowUtc().toMSecsSinceEpoch() + 1);
    REQUIRE(Hlc::parse(previous.toString()) == previous);
}

TEST_CASE("A stamp's text form is fixed-width and reads back", "[hlc]") {
    const Hlc samples[] = {{0, 0, QStringLiteral("d")},
                           {1795348162003, 2, QStringLiteral("02aee6e105e33915")},
                           {9999999999999999, 999999, QStringLiteral("ab")}};
    for (const Hlc& h : samples) {
        const QString text = h.toString();
        CHECK(text == QStringLiteral("%1-%2-%3")
                          .arg(h.ms, 16, 10, QLatin1Char('0'))
                          .arg(h.counter, 6, 10, QLatin1Char('0'))
                          .arg(h.device));
        CHECK(Hlc::parse(text) == h);
    }
    CHECK(Hlc{1795348162003, 2, QStringLiteral("dev")}.toString() == QStringLiteral("0001795348162003-000002-dev"));
}
