// FigureTerms: the terms every figure definition is written in (README, "Figure definitions"), for one filter
// over the facts: who is selected, in the caseload, in the period; what "started", "late" and "achieved"
// mean. The figure table (FigureTable) classifies with these and nothing else, so each term has one
// definition whichever figure uses it. Days are Julian day numbers, as in CaseloadFacts.
#pragma once

#include "CaseloadFacts.h"
#include "DashboardFilter.h"
#include "rules/RuleSettings.h"

#include <optional>
#include <vector>

namespace koers {

class FigureTerms {
public:
    // ref: the reference day, DashboardFilter::referenceDate of today.
    FigureTerms(const CaseloadFacts& facts, const DashboardFilter& filter, QDate ref, const RuleSettings& rules);

    const CaseloadFacts& facts() const { return *m_facts; }
    const DashboardFilter& filter() const { return *m_filter; }
    const RuleSettings& rules() const { return *m_rules; }
    QDate refDate() const { return m_refDate; }
    qint32 ref() const { return m_ref; }
    qint32 from() const { return m_from; } // ClientFact::longAgo without a `from`
    qint32 soon() const { return m_soon; } // ref + 6 months: a term ending by then means "finishing"
    int pipNormDays() const { return m_pipNormDays; }
    int intakeNormDays() const { return m_intakeNormDays; }

    // Not deleted, and in the filter's municipalities, coach, current route and target group.
    bool selected(const ClientFact& c) const;
    // Selected, started on/before ref (or start unknown), open at ref (open status or closed after ref).
    bool inCaseloadAt(const ClientFact& c) const;
    // Selected, started on/before ref (or start unknown), not closed before `from`.
    bool inPeriod(const ClientFact& c) const;
    // `from` <= day <= ref.
    bool inRange(qint32 day) const { return day >= m_from && day <= m_ref; }
    // Selected, with a known start from `from` to ref: the inflow of the period.
    bool startedInPeriod(const ClientFact& c) const;
    // Days from the start to the first PIP, for selected clients whose first PIP lies from `from` to ref.
    std::optional<qint32> pipDays(const ClientFact& c) const;
    // Days from the start to the completed brede intake, for intakes completed from `from` to ref.
    std::optional<qint32> intakeDays(const ClientFact& c) const;

    // The cohort a client belongs to: selected, with a known start on or before ref, grouped by the year of the
    // start and split asylum status holders / family and other migrants (as CBS and the Divosa benchmark do);
    // as a number, year * 2 + group (0 asylum, 1 family and other). A cohort is followed from its start to
    // ref, whatever the period's start.
    std::optional<int> cohortOf(const ClientFact& c) const;
    static int cohortYear(int cohort) { return cohort / 2; }
    static bool cohortIsAsylum(int cohort) { return cohort % 2 == 0; }
    // The last day of the cohort's first year, or ref when that is earlier.
    qint32 cohortFirstYearEnd(int cohort) const;

    // Due before `day` and not achieved by it; a milestone due on the day itself is not late yet.
    static bool lateAt(const MilestoneFact& m, qint32 day) { return m.dueDay < day && m.doneDay > day; }
    enum MilestoneState { OnSchedule, Late, Achieved, Before = -1 };
    // At ref: achieved in the period, late, or on schedule; Before: achieved before the period (counted nowhere).
    MilestoneState milestoneState(const MilestoneFact& m) const;
    // Calls visit(milestone, state) for the task milestones of clients in the period that count.
    template <class Visit>
    void eachMilestoneInPeriod(Visit&& visit) const {
        const std::vector<char>& counted = clientsInPeriod();
        for (const MilestoneFact& m : m_facts->milestones) {
            if (!counted[std::size_t(m.client)])
                continue;
            if (const MilestoneState state = milestoneState(m); state != Before)
                visit(m, state);
        }
    }
    // Per client (same order as the facts): whether it is in the period. Computed once per filter.
    const std::vector<char>& clientsInPeriod() const;

    // The months a monthly figure shows: from `from`'s month (without one: the 12 months up to ref) to ref's
    // month, as "yyyy-MM", and the day each is counted on: its last day, or ref in ref's own month.
    const QStringList& monthKeys() const { return m_monthKeys; }
    const std::vector<qint32>& monthCountDays() const { return m_monthDays; }
    static QDate monthOfKey(const QString& key);

private:
    const CaseloadFacts* m_facts;
    const DashboardFilter* m_filter;
    const RuleSettings* m_rules;
    QDate m_refDate;
    qint32 m_ref = 0;
    qint32 m_from = ClientFact::longAgo; // "on/after from" holds for everything when there is no `from`
    qint32 m_soon = 0;
    std::vector<char> m_municipalityOk;
    bool m_anyMunicipality = true;
    bool m_anyCoach = true;
    qint32 m_coach = -1;
    int m_pipNormDays = 70;
    int m_intakeNormDays = 70;
    QStringList m_monthKeys;
    std::vector<qint32> m_monthDays;
    mutable std::vector<char> m_inPeriod; // filled on first use
    mutable bool m_inPeriodKnown = false;
};

} // namespace koers
