#include "core/CatchQtPrinters.h"

#include "domain/PlanVersion.h"
#include "rules/FirstPip.h"

using namespace koers;

namespace {

PlanVersion version(QDate decided, bool deleted = false) {
    PlanVersion p;
    p.decisionDate = decided;
    p.meta.deleted = deleted;
    return p;
}

} // namespace

TEST_CASE("The first PIP is the earliest decision date of the live versions", "[rules][firstpip]") {
    CHECK(FirstPip::of({}).isNull());
    CHECK(FirstPip::of({version(QDate())}).isNull());
    // A route switch adds a later version: the first PIP stays where it was.
    CHECK(FirstPip::of({version(QDate(2025, 3, 1)), version(QDate(2026, 1, 5))}) == QDate(2025, 3, 1));
    // Versions come in any order (a sync merge), and one without a decision date does not count.
    CHECK(FirstPip::of({version(QDate(2026, 1, 5)), version(QDate()), version(QDate(2025, 3, 1))}) ==
          QDate(2025, 3, 1));
    // A deleted version is gone.
    CHECK(FirstPip::of({version(QDate(2024, 12, 1), true), version(QDate(2025, 3, 1))}) == QDate(2025, 3, 1));

    FirstPip running;
    running.add(QDate(2025, 6, 1));
    running.add(QDate());
    running.add(QDate(2025, 2, 1));
    running.add(QDate(2025, 9, 1));
    CHECK(running.date() == QDate(2025, 2, 1));
}
