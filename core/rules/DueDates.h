// DueDates: the Wi2021 deadlines as pure functions of a client's dates and the rule settings. A missing
// (null) date in gives a null date out, so "not known yet" never turns into a made-up deadline.
#pragma once

#include "DueBasis.h"
#include "RuleSettings.h"

#include <QDate>

namespace koers {

class DueDates {
public:
    explicit DueDates(RuleSettings rules = {});

    const RuleSettings& rules() const { return m_rules; }

    // The municipality's involvement starts at the koppeling; without one, at BRP registration or DUO's notice.
    // The one definition: the dashboard and report figures count from it too (CaseloadFacts).
    static QDate involvementStart(const DueBasis& basis);
    QDate intakeDue(const DueBasis& basis) const;
    // Counted from DUO's notice, else BRP registration, else koppeling (Besluit inburgering 2021 art. 5.3).
    QDate pipDue(const DueBasis& basis) const;
    // Last day of the integration term: the term starts the day after the first PIP's date.
    QDate termEnd(QDate firstPipDate) const;
    QDate routeSwitchDeadline(QDate firstPipDate) const;
    QDate ontzorgenEnd(QDate start) const;
    QDate housingDue(const DueBasis& basis) const;
    QDate nextProgressTalk(QDate lastTalkOrPip) const;
    // 29 February plus whole years lands on 28 February in common years; for retention a day early is safe.
    QDate retentionUntil(QDate dutyEnd) const;

    // Adds whole months, ending on the month's last day when the day does not exist (31 Aug + 6 = 28/29 Feb).
    static QDate addMonthsClamped(QDate date, int months);
    static QDate addWeeks(QDate date, int weeks);

private:
    RuleSettings m_rules;
};

} // namespace koers
