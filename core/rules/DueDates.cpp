#include "DueDates.h"

#include <utility>

namespace koers {

namespace {

QDate firstValid(QDate a, QDate b, QDate c) {
    if (a.isValid())
        return a;
    if (b.isValid())
        return b;
    return c;
}

} // namespace

DueDates::DueDates(RuleSettings rules)
    : m_rules(std::move(rules)) {
}

QDate DueDates::addMonthsClamped(QDate date, int months) {
    // QDate::addMonths already clamps to the month end; the guard keeps null-in-null-out explicit.
    return date.isValid() ? date.addMonths(months) : QDate();
}

QDate DueDates::addWeeks(QDate date, int weeks) {
    return date.isValid() ? date.addDays(qint64(weeks) * 7) : QDate();
}

QDate DueDates::involvementStart(const DueBasis& basis) {
    return firstValid(basis.koppeling, basis.brp, basis.duoNotice);
}

QDate DueDates::intakeDue(const DueBasis& basis) const {
    return addWeeks(involvementStart(basis), m_rules.intakeWeeks);
}

QDate DueDates::pipDue(const DueBasis& basis) const {
    return addWeeks(firstValid(basis.duoNotice, basis.brp, basis.koppeling), m_rules.pipWeeks);
}

QDate DueDates::termEnd(QDate firstPipDate) const {
    if (!firstPipDate.isValid())
        return {};
    const QDate start = firstPipDate.addDays(1);
    const int year = start.year() + m_rules.termYears;
    // A term starting on 29 February has its anniversary on 1 March in a common year. QDate::addYears
    // would clamp to 28 February and so end the term a day too early.
    QDate anniversary;
    if (start.month() == 2 && start.day() == 29 && !QDate::isLeapYear(year))
        anniversary = QDate(year, 3, 1);
    else
        anniversary = QDate(year, start.month(), start.day());
    return anniversary.addDays(-1);
}

QDate DueDates::routeSwitchDeadline(QDate firstPipDate) const {
    return addMonthsClamped(firstPipDate, m_rules.routeSwitchMonths);
}

QDate DueDates::ontzorgenEnd(QDate start) const {
    return addMonthsClamped(start, m_rules.ontzorgenMonths);
}

QDate DueDates::housingDue(const DueBasis& basis) const {
    return addWeeks(basis.koppeling, m_rules.housingWeeks);
}

QDate DueDates::nextProgressTalk(QDate lastTalkOrPip) const {
    return addMonthsClamped(lastTalkOrPip, m_rules.progressTalkMonths);
}

QDate DueDates::retentionUntil(QDate dutyEnd) const {
    return dutyEnd.isValid() ? dutyEnd.addYears(m_rules.retentionYears) : QDate();
}

} // namespace koers
