// FigureTable: the one table of figure definitions, one FigureDef per figure, for the dashboard and the B&W
// report alike (see the README, "Figure definitions"). Adding a figure is adding an entry (and its test);
// everything else (counts, drill-down, CSV, tables and charts) reads the entry. The terms are FigureTerms'.
//
// Terms (ref = DashboardFilter::referenceDate(today), from = DashboardFilter::from):
//  - selected: not deleted, and in the filter's municipalities, coach, current route and target group.
//  - start: the start of the municipality's involvement: koppeling, else BRP registration, else DUO's
//    notice (as DueDates::involvementStart). A client without any of these dates has no start.
//  - open status: active or voluntary; every other status (exempted, dispensed, moved, completed,
//    stopped) is closed, on its status date (a closed client without status date: closed since always).
//  - in the caseload at ref: selected, start null or on/before ref, and open at ref (open status, or a
//    status date after ref).
//  - in the period: selected, start null or on/before ref, and not closed before `from` (open status,
//    or status date on/after from; with no `from` every client).
//  - first PIP: the lowest decision date over the client's live plan versions (a route switch adds a
//    version, but the first PIP stays the first).
//  - task milestones: live milestones except the deadlines (last day to switch route, end of term, end
//    of ontzorgen), which are dates rather than work; waived milestones count nowhere.
//  - achieved by day d: status achieved with a done date on/before d (achieved without a done date:
//    long ago). Late at day d: due date before d and not achieved by d. A milestone due on d itself is
//    not late on d (as rules/DueState).
//
// Figures:
//  - CaseloadPerCoach: clients in the caseload at ref, per coach (their current coach), stacked by
//    current route (a client who switched route counts in the new one).
//  - ClientsPerPhase: clients in the period, by their phase at ref, the first rule that applies:
//      done       status closed on/before ref;
//      intake     no PIP decided on/before ref;
//      PIP        the language course was not started (milestone "language course started" not
//                 achieved by ref);
//      finishing  all of the route's completion milestones (exams, KNM, MAP, PVT, bridging year, Z
//                 hours; at least one, not waived) achieved by ref, or the end of the term (its
//                 milestone's due date, so DUO's extensions count) within 6 months after ref;
//      in route   everyone else.
//  - MilestonesPerCoach: task milestones of clients in the period, per coach: achieved (done date from
//    `from` to ref), late (late at ref) and on schedule (not achieved by ref, due on/after ref or no date).
//  - WeeksToPip: clients selected whose first PIP lies from `from` to ref, by the number of days from
//    start to first PIP, in weeks rounded up (a PIP on the day of the start counts in week 1); week 26
//    holds everything later. Within the norm: at most pipWeeks × 7 days (70 days is within 10 weeks).
//  - InflowPerQuarter: clients selected whose start lies from `from` to ref, per calendar quarter of the
//    start, with and without a first PIP on/before ref; the line is the share with a PIP in percent.
//  - LateTrend: per month from `from` (without one: the 12 months up to ref) to ref's month, the task
//    milestones of clients in the period that were late at the month's last day (ref for ref's month).
//
// Report figures (the B&W report; no coach appears in them):
//  - InflowPerTargetGroup: clients selected whose start lies from `from` to ref (as InflowPerQuarter),
//    per target group.
//  - ClientsPerRoute: clients in the period, per current route and target group.
//  - Timeliness: brede intake: clients selected whose (first) intake was completed from `from` to ref,
//    within the intake norm (intakeWeeks × 7 days after the start) or later; PIP: the clients of
//    WeeksToPip, within pipWeeks × 7 days or later. Measures: the share within the norm and the median of
//    the days from start to that step, in weeks.
//  - MilestoneProgress: the milestones of MilestonesPerCoach, per current route instead of per coach.
//  - ModulesCompleted / ExamsPassed: task milestones of clients in the period counted "achieved" by
//    MilestonesPerCoach (done date from `from` to ref) of the kinds MAP, PVT, KNM / the four language exams.
//  - Outflow: clients selected with a closed status whose status date lies from `from` to ref, per status.
//  - ParticipationAtEnd: clients in the caseload at ref, by their participation (the current value:
//    the file keeps no history of it).
#pragma once

#include "FigureDef.h"

#include <vector>

namespace koers {

class FigureTable {
public:
    // Every figure, dashboard ones first, each use in display order.
    static const std::vector<FigureDef>& all();
    static const FigureDef& of(FigureId id);
    static std::vector<FigureId> ids(FigureUse use);
};

} // namespace koers
