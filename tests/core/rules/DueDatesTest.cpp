#include "core/CatchQtPrinters.h"

#include "rules/DueDates.h"

using namespace koers;

namespace {

QDate d(int y, int m, int day) {
    return QDate(y, m, day);
}

} // namespace

TEST_CASE("Involvement starts at koppeling, else BRP, else DUO notice", "[rules][due]") {
    const DueDates due;
    DueBasis c;
    CHECK(due.involvementStart(c).isNull());
    c.duoNotice = d(2024, 3, 1);
    CHECK(due.involvementStart(c) == d(2024, 3, 1));
    c.brp = d(2024, 2, 1);
    CHECK(due.involvementStart(c) == d(2024, 2, 1));
    c.koppeling = d(2024, 1, 15);
    CHECK(due.involvementStart(c) == d(2024, 1, 15));
    CHECK(due.intakeDue(c) == d(2024, 3, 25)); // + 10 weeks
}

TEST_CASE("PIP is due 10 weeks after DUO notice, else BRP, else koppeling", "[rules][due]") {
    const DueDates due;
    DueBasis c;
    CHECK(due.pipDue(c).isNull());
    c.koppeling = d(2024, 1, 1);
    CHECK(due.pipDue(c) == d(2024, 3, 11));
    c.brp = d(2024, 2, 1);
    CHECK(due.pipDue(c) == d(2024, 4, 11));
    c.duoNotice = d(2024, 2, 20);
    CHECK(due.pipDue(c) == d(2024, 4, 30));
}

TEST_CASE("Term ends on the day before the anniversary of the day after the first PIP", "[rules][due]") {
    const DueDates due;
    CHECK(due.termEnd(QDate()).isNull());
    CHECK(due.termEnd(d(2024, 3, 10)) == d(2027, 3, 10));
    CHECK(due.termEnd(d(2024, 2, 28)) == d(2027, 2, 28)); // starts 29 Feb, anniversary 1 Mar 2027
    CHECK(due.termEnd(d(2024, 2, 29)) == d(2027, 2, 28));
    CHECK(due.termEnd(d(2023, 2, 28)) == d(2026, 2, 28));
    CHECK(due.termEnd(d(2025, 2, 28)) == d(2028, 2, 29)); // anniversary 1 Mar in a leap year
    CHECK(due.termEnd(d(2023, 12, 31)) == d(2026, 12, 31));
}

TEST_CASE("Term of four years from 29 February reaches the next 29 February", "[rules][due]") {
    RuleSettings r;
    r.termYears = 4;
    const DueDates due(r);
    CHECK(due.termEnd(d(2024, 2, 28)) == d(2028, 2, 28)); // starts 2024-02-29, anniversary 2028-02-29
}

TEST_CASE("Route switch deadline is 18 months after the first PIP, clamped to month end", "[rules][due]") {
    const DueDates due;
    CHECK(due.routeSwitchDeadline(QDate()).isNull());
    CHECK(due.routeSwitchDeadline(d(2024, 1, 15)) == d(2025, 7, 15));
    CHECK(due.routeSwitchDeadline(d(2023, 8, 31)) == d(2025, 2, 28));
    CHECK(due.routeSwitchDeadline(d(2022, 8, 31)) == d(2024, 2, 29));
    CHECK(due.routeSwitchDeadline(d(2022, 8, 29)) == d(2024, 2, 29));
    CHECK(due.routeSwitchDeadline(d(2024, 2, 29)) == d(2025, 8, 29));
    CHECK(due.routeSwitchDeadline(d(2023, 12, 31)) == d(2025, 6, 30));
}

TEST_CASE("Ontzorgen ends 6 months after its start, clamped to month end", "[rules][due]") {
    const DueDates due;
    CHECK(due.ontzorgenEnd(QDate()).isNull());
    CHECK(due.ontzorgenEnd(d(2024, 1, 10)) == d(2024, 7, 10));
    CHECK(due.ontzorgenEnd(d(2023, 8, 31)) == d(2024, 2, 29));
    CHECK(due.ontzorgenEnd(d(2024, 8, 31)) == d(2025, 2, 28));
    CHECK(due.ontzorgenEnd(d(2024, 3, 31)) == d(2024, 9, 30));
}

TEST_CASE("Housing is due 12 weeks after koppeling", "[rules][due]") {
    const DueDates due;
    DueBasis c;
    CHECK(due.housingDue(c).isNull());
    c.brp = d(2024, 1, 1); // only the koppeling counts
    CHECK(due.housingDue(c).isNull());
    c.koppeling = d(2024, 1, 1);
    CHECK(due.housingDue(c) == d(2024, 3, 25));
}

TEST_CASE("Next progress talk is 3 months on, clamped to month end", "[rules][due]") {
    const DueDates due;
    CHECK(due.nextProgressTalk(QDate()).isNull());
    CHECK(due.nextProgressTalk(d(2024, 5, 2)) == d(2024, 8, 2));
    CHECK(due.nextProgressTalk(d(2023, 11, 30)) == d(2024, 2, 29));
    CHECK(due.nextProgressTalk(d(2024, 11, 30)) == d(2025, 2, 28));
}

TEST_CASE("Retention runs 5 years after the duty ends", "[rules][due]") {
    const DueDates due;
    CHECK(due.retentionUntil(QDate()).isNull());
    CHECK(due.retentionUntil(d(2025, 6, 30)) == d(2030, 6, 30));
    CHECK(due.retentionUntil(d(2024, 2, 29)) == d(2029, 2, 28));
}

TEST_CASE("Due dates follow edited settings", "[rules][due]") {
    RuleSettings r;
    r.pipWeeks = 13;
    r.routeSwitchMonths = 12;
    const DueDates due(r);
    DueBasis c;
    c.duoNotice = d(2024, 1, 1);
    CHECK(due.pipDue(c) == d(2024, 4, 1));
    CHECK(due.routeSwitchDeadline(d(2024, 2, 29)) == d(2025, 2, 28));
}
