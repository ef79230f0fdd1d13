#include "core/CatchQtPrinters.h"

#include "domain/Milestone.h"
#include "rules/DueState.h"
#include "util/Clock.h"

using namespace koers;

namespace {

Milestone dueOn(QDate date, MilestoneStatus status = MilestoneStatus::Planned) {
    Milestone m;
    m.dueDate = date;
    m.status = status;
    return m;
}

} // namespace

TEST_CASE("Due state boundaries around today", "[rules][duestate]") {
    const FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(23, 30), Qt::UTC));
    const QDate today = clock.today();
    const int soon = 14;

    CHECK(dueState(dueOn(QDate()), today, soon) == DueState::NoDate);
    CHECK(dueState(dueOn(today.addDays(-1)), today, soon) == DueState::Late);
    CHECK(dueState(dueOn(today), today, soon) == DueState::DueSoon);
    CHECK(dueState(dueOn(today.addDays(14)), today, soon) == DueState::DueSoon);
    CHECK(dueState(dueOn(today.addDays(15)), today, soon) == DueState::Upcoming);
    CHECK(dueState(dueOn(today.addDays(-100), MilestoneStatus::InProgress), today, soon) == DueState::Late);
}

TEST_CASE("Achieved and waived milestones are done whatever their date", "[rules][duestate]") {
    const QDate today(2026, 3, 10);
    CHECK(dueState(dueOn(today.addDays(-30), MilestoneStatus::Achieved), today, 14) == DueState::Done);
    CHECK(dueState(dueOn(QDate(), MilestoneStatus::Waived), today, 14) == DueState::Done);
}

TEST_CASE("Due soon window of zero days only covers today", "[rules][duestate]") {
    const QDate today(2024, 2, 29);
    CHECK(dueState(dueOn(today), today, 0) == DueState::DueSoon);
    CHECK(dueState(dueOn(QDate(2024, 3, 1)), today, 0) == DueState::Upcoming);
}

TEST_CASE("Every due state has its own label", "[rules][duestate]") {
    const DueState all[] = {DueState::NoDate, DueState::Upcoming, DueState::DueSoon, DueState::Late, DueState::Done};
    QStringList labels;
    for (DueState s : all)
        labels << dueStateLabel(s);
    CHECK(labels == QStringList{QStringLiteral("No date yet"), QStringLiteral("Planned"), QStringLiteral("Due soon"),
                                QStringLiteral("Late"), QStringLiteral("Done")});
}
