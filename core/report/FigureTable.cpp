#include "FigureTable.h"

#include "DashboardFigures.h"
#include "FigureTerms.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace koers {

namespace {

// --- Orders and keys the entries share.

const Route routeOrder[] = {Route::B1, Route::Education, Route::Z, Route::None};
const TargetGroup targetGroupOrder[] = {TargetGroup::Asylum, TargetGroup::Family, TargetGroup::Other};
const MilestoneKind moduleKinds[] = {MilestoneKind::MapDone, MilestoneKind::PvtSigned, MilestoneKind::ExamKnm};
const MilestoneKind examKinds[] = {MilestoneKind::ExamReading, MilestoneKind::ExamListening, MilestoneKind::ExamWriting,
                                   MilestoneKind::ExamSpeaking};
const ClientStatus outflowStatuses[] = {ClientStatus::Completed, ClientStatus::Dispensed, ClientStatus::Exempted,
                                        ClientStatus::Moved, ClientStatus::Stopped};
const Participation participationOrder[] = {Participation::Work, Participation::Education, Participation::Volunteering,
                                            Participation::None};

template <class E, std::size_t N>
int indexIn(const E (&list)[N], E value) {
    for (std::size_t i = 0; i < N; ++i)
        if (list[i] == value)
            return int(i);
    return -1;
}

template <class E, std::size_t N>
QStringList codesOf(const E (&list)[N]) {
    QStringList out;
    for (E e : list)
        out << toCode(e);
    return out;
}

template <class E, std::size_t N>
QStringList labelsOf(const E (&list)[N]) {
    QStringList out;
    for (E e : list)
        out << label(e);
    return out;
}

// A route's series or category; a client without a route counts under "none".
int routeIndex(Route r) {
    const int at = indexIn(routeOrder, r);
    return at < 0 ? 3 : at;
}

void titles(Figure& fig, const QString& title, const QString& categoryTitle, const QString& valueTitle) {
    fig.title = title;
    fig.categoryTitle = categoryTitle;
    fig.valueTitle = valueTitle;
}

void oneSeries(Figure& fig, const QString& key, const QString& name) {
    fig.seriesKeys = QStringList{key};
    fig.series = QStringList{name};
}

void milestoneSeries(Figure& fig) {
    fig.seriesKeys = QStringList{QStringLiteral("on_schedule"), QStringLiteral("late"), QStringLiteral("achieved")};
    fig.series = QStringList{DashboardFigures::tr("On schedule"), DashboardFigures::tr("Late"),
                             DashboardFigures::tr("Achieved")};
}

void withinSeries(Figure& fig, const QString& within) {
    fig.seriesKeys = QStringList{QStringLiteral("within"), QStringLiteral("after")};
    fig.series = QStringList{within, DashboardFigures::tr("Later")};
}

template <class E, std::size_t N>
void fixedCategories(Figure& fig, const E (&list)[N]) {
    fig.categoryKeys = codesOf(list);
    fig.categories = labelsOf(list);
}

// Calls visit(client index, client fact) for every client.
template <class F>
void eachClient(const FigureTerms& t, F&& f) {
    const auto& clients = t.facts().clients;
    for (std::size_t i = 0; i < clients.size(); ++i)
        f(qint32(i), clients[i]);
}

// --- Clients per phase.

enum Phase { Intake, Pip, InRoute, Finishing, Done };

// The first rule that applies (README): done, intake, PIP decided, finishing, in route.
Phase phaseOf(const FigureTerms& t, const ClientFact& c) {
    if (!c.openStatus && c.statusDay <= t.ref())
        return Done;
    if (c.firstPipDay > t.ref())
        return Intake;
    if (c.courseDoneDay > t.ref())
        return Pip;
    const bool partsDone = c.partsTotal > 0 && c.partsAchieved == c.partsTotal && c.partsLastDoneDay <= t.ref();
    if (partsDone || c.termEndDay <= t.soon())
        return Finishing;
    return InRoute;
}

// --- Weeks to the first PIP.

int weekBin(qint32 days) {
    // Weeks rounded up; C++ and the definition both truncate towards zero before the floor of 1.
    return std::clamp((days + 6) / 7, 1, DashboardFigures::maxWeekBin);
}

// --- Timeliness: the share within the norm and the median weeks from the start, per step.

enum Step { IntakeStep, PipStep };

double medianOf(std::vector<qint32>& values) {
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? double(values[mid]) : (double(values[mid - 1]) + double(values[mid])) / 2.0;
}

void timelinessMeasures(Figure& fig, const FigureTerms& t) {
    std::vector<qint32> intake;
    std::vector<qint32> pip;
    for (const ClientFact& c : t.facts().clients) {
        if (const auto days = t.intakeDays(c))
            intake.push_back(*days);
        if (const auto days = t.pipDays(c))
            pip.push_back(*days);
    }
    FigureMeasure share{QStringLiteral("share_within_pct"), DashboardFigures::tr("Share within the norm (%)"), {}, 1};
    FigureMeasure median{QStringLiteral("median_weeks"), DashboardFigures::tr("Median weeks"), {}, 1};
    for (int c = 0; c < fig.categoryKeys.size(); ++c) {
        const qint64 total = fig.categoryTotal(c);
        share.values.push_back(total > 0 ? 100.0 * double(fig.value(0, c)) / double(total)
                                         : std::numeric_limits<double>::quiet_NaN());
    }
    median.values.push_back(medianOf(intake) / 7.0);
    median.values.push_back(medianOf(pip) / 7.0);
    fig.measures = {share, median};
}

// --- Milestones the report counts by kind: achieved in the period.

template <std::size_t N>
void achievedOfKinds(const FigureTerms& t, const FigureVisit& visit, const MilestoneKind (&kinds)[N]) {
    t.eachMilestoneInPeriod([&](const MilestoneFact& m, FigureTerms::MilestoneState state) {
        if (const int part = indexIn(kinds, m.kind); state == FigureTerms::Achieved && part >= 0)
            visit(m.client, part, 0);
    });
}

// --- The cohort family: per cohort, the clients who meet the figure's condition ("yes") and the others.

void cohortDescribe(Figure& fig, const QString& title) {
    titles(fig, title, DashboardFigures::tr("Cohort"), DashboardFigures::tr("Clients"));
    fig.seriesKeys = QStringList{QStringLiteral("yes"), QStringLiteral("no")};
    fig.series = QStringList{DashboardFigures::tr("Yes"), DashboardFigures::tr("Not (yet)")};
}

template <class Meets>
void cohortClassify(const FigureTerms& t, const FigureVisit& visit, Meets&& meets) {
    eachClient(t, [&](qint32 i, const ClientFact& c) {
        if (const auto cohort = t.cohortOf(c))
            visit(i, *cohort, meets(c, *cohort) ? 0 : 1);
    });
}

// The share of each cohort that meets the condition.
void cohortShare(Figure& fig, const FigureTerms&) {
    FigureMeasure share{QStringLiteral("share_pct"), DashboardFigures::tr("Share (%)"), {}, 1};
    for (int c = 0; c < fig.categoryKeys.size(); ++c) {
        const qint64 total = fig.categoryTotal(c);
        share.values.push_back(total > 0 ? 100.0 * double(fig.value(0, c)) / double(total)
                                         : std::numeric_limits<double>::quiet_NaN());
    }
    fig.measures = {share};
}

bool pipBy(const FigureTerms& t, const ClientFact& c) {
    return c.firstPipDay <= t.ref();
}

std::vector<FigureDef> makeTable() {
    using K = FigureChartKind;
    using C = FigureColours;
    return {
        {FigureId::CaseloadPerCoach, "caseload_per_coach", FigureUse::Dashboard, FigureAxis::Coaches,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Caseload per coach"), DashboardFigures::tr("Coach"),
                    DashboardFigures::tr("Clients"));
             fig.seriesKeys = codesOf(routeOrder);
             fig.series = labelsOf(routeOrder);
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (t.inCaseloadAt(c))
                     visit(i, c.coach, routeIndex(c.route));
             });
         },
         nullptr, nullptr, K::HorizontalBars, C::Palette},

        {FigureId::ClientsPerPhase, "clients_per_phase", FigureUse::Dashboard, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Clients per phase"), DashboardFigures::tr("Phase"),
                    DashboardFigures::tr("Clients"));
             fig.categoryKeys = QStringList{QStringLiteral("intake"), QStringLiteral("pip"), QStringLiteral("in_route"),
                                            QStringLiteral("finishing"), QStringLiteral("done")};
             fig.categories = QStringList{DashboardFigures::tr("Intake"), DashboardFigures::tr("PIP decided"),
                                          DashboardFigures::tr("In route"), DashboardFigures::tr("Finishing"),
                                          DashboardFigures::tr("Done")};
             oneSeries(fig, QString(QLatin1String("")), DashboardFigures::tr("Clients"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (t.inPeriod(c))
                     visit(i, phaseOf(t, c), 0);
             });
         },
         nullptr, nullptr, K::HorizontalBars, C::Palette},

        {FigureId::MilestonesPerCoach, "milestones_per_coach", FigureUse::Dashboard, FigureAxis::Coaches,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Milestones per coach"), DashboardFigures::tr("Coach"),
                    DashboardFigures::tr("Milestones"));
             milestoneSeries(fig);
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             const auto& clients = t.facts().clients;
             t.eachMilestoneInPeriod([&](const MilestoneFact& m, FigureTerms::MilestoneState state) {
                 visit(m.client, clients[std::size_t(m.client)].coach, state);
             });
         },
         nullptr, nullptr, K::HorizontalBars, C::MilestoneStates},

        {FigureId::WeeksToPip, "weeks_to_pip", FigureUse::Dashboard, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms& t) {
             titles(fig, DashboardFigures::tr("Weeks from koppeling to first PIP"), DashboardFigures::tr("Weeks"),
                    DashboardFigures::tr("Clients"));
             const int pipWeeks = t.rules().pipWeeks;
             for (int w = 1; w <= DashboardFigures::maxWeekBin; ++w) {
                 fig.categoryKeys << QString::number(w);
                 fig.categories << (w == DashboardFigures::maxWeekBin ? DashboardFigures::tr("%1+").arg(w)
                                                                      : QString::number(w));
             }
             withinSeries(fig, DashboardFigures::tr("Within %n weeks", nullptr, pipWeeks));
             fig.normAfterCategory = std::clamp(pipWeeks, 1, DashboardFigures::maxWeekBin) - 1;
             fig.normLabel = DashboardFigures::tr("Norm: %n weeks", nullptr, pipWeeks);
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (const auto days = t.pipDays(c))
                     visit(i, weekBin(*days) - 1, *days <= t.pipNormDays() ? 0 : 1);
             });
         },
         nullptr, nullptr, K::Histogram, C::WithinOrLater},

        {FigureId::InflowPerQuarter, "inflow_per_quarter", FigureUse::Dashboard, FigureAxis::Quarters,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Inflow per quarter"), DashboardFigures::tr("Quarter"),
                    DashboardFigures::tr("Clients"));
             fig.seriesKeys = QStringList{QStringLiteral("with_pip"), QStringLiteral("without_pip")};
             fig.series = QStringList{DashboardFigures::tr("With PIP"), DashboardFigures::tr("Without PIP yet")};
             fig.lineName = DashboardFigures::tr("Share with PIP (%)");
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (!t.startedInPeriod(c))
                     return;
                 const QDate start = QDate::fromJulianDay(c.startDay);
                 visit(i, start.year() * 4 + (start.month() - 1) / 3, c.firstPipDay <= t.ref() ? 0 : 1);
             });
         },
         [](Figure& fig, const FigureTerms&) {
             for (int c = 0; c < fig.categoryKeys.size(); ++c) {
                 const qint64 total = fig.categoryTotal(c);
                 fig.line.push_back(total > 0 ? 100.0 * double(fig.value(0, c)) / double(total)
                                              : std::numeric_limits<double>::quiet_NaN());
             }
         },
         nullptr, K::TimeLine, C::WithOrWithout},

        {FigureId::LateTrend, "late_trend", FigureUse::Dashboard, FigureAxis::Months,
         [](Figure& fig, const FigureTerms& t) {
             titles(fig, DashboardFigures::tr("Late milestones per month"), DashboardFigures::tr("Month"),
                    DashboardFigures::tr("Milestones late at the end of the month"));
             oneSeries(fig, QStringLiteral("late"), DashboardFigures::tr("Late milestones"));
             const QLocale locale;
             fig.categoryKeys = t.monthKeys();
             for (const QString& key : fig.categoryKeys)
                 fig.categories << locale.toString(FigureTerms::monthOfKey(key), QStringLiteral("MMM yyyy"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             // A milestone is late on the count days after its due date up to (not including) its done date:
             // one run of months, found by binary search rather than a test per month.
             const std::vector<qint32>& days = t.monthCountDays();
             const std::vector<char>& counted = t.clientsInPeriod();
             for (const MilestoneFact& m : t.facts().milestones) {
                 if (!counted[std::size_t(m.client)])
                     continue;
                 const auto first = std::upper_bound(days.begin(), days.end(), m.dueDay) - days.begin();
                 const auto end = std::lower_bound(days.begin(), days.end(), m.doneDay) - days.begin();
                 for (auto month = first; month < end; ++month)
                     visit(m.client, int(month), 0);
             }
         },
         nullptr, nullptr, K::TimeLine, C::Late},

        // The B&W report's figures; no coach appears in them.
        {FigureId::InflowPerTargetGroup, "inflow_per_target_group", FigureUse::Report, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("New clients per target group"), DashboardFigures::tr("Target group"),
                    DashboardFigures::tr("Clients"));
             fixedCategories(fig, targetGroupOrder);
             oneSeries(fig, QStringLiteral("clients"), DashboardFigures::tr("Clients"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (t.startedInPeriod(c))
                     visit(i, indexIn(targetGroupOrder, c.targetGroup), 0);
             });
         },
         nullptr,
         QT_TRANSLATE_NOOP("Report", "How many people started their integration with the municipality in this period "
                                     "(from the koppeling, or else the registration in the BRP or DUO's notice), by "
                                     "target group."),
         K::Bars, C::Palette},

        {FigureId::ClientsPerRoute, "clients_per_route", FigureUse::Report, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Clients per route"), DashboardFigures::tr("Route"),
                    DashboardFigures::tr("Clients"));
             fixedCategories(fig, routeOrder);
             fig.seriesKeys = codesOf(targetGroupOrder);
             fig.series = labelsOf(targetGroupOrder);
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (t.inPeriod(c))
                     visit(i, routeIndex(c.route), indexIn(targetGroupOrder, c.targetGroup));
             });
         },
         nullptr,
         QT_TRANSLATE_NOOP("Report", "Everyone the team guided during the period, by the learning route of their "
                                     "current plan (PIP) and by target group. \"No route yet\" are people without a "
                                     "decided plan."),
         K::Bars, C::Palette},

        {FigureId::Timeliness, "timeliness", FigureUse::Report, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms& t) {
             titles(fig, DashboardFigures::tr("Timeliness of brede intake and PIP"), DashboardFigures::tr("Step"),
                    DashboardFigures::tr("Clients"));
             fig.categoryKeys = QStringList{QStringLiteral("brede_intake"), QStringLiteral("pip")};
             fig.categories = QStringList{
                 DashboardFigures::tr("Brede intake completed (norm %n weeks)", nullptr, t.rules().intakeWeeks),
                 DashboardFigures::tr("First PIP decided (norm %n weeks)", nullptr, t.rules().pipWeeks)};
             withinSeries(fig, DashboardFigures::tr("Within the norm"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (const auto days = t.intakeDays(c))
                     visit(i, IntakeStep, *days <= t.intakeNormDays() ? 0 : 1);
                 if (const auto days = t.pipDays(c))
                     visit(i, PipStep, *days <= t.pipNormDays() ? 0 : 1);
             });
         },
         timelinessMeasures,
         QT_TRANSLATE_NOOP("Report", "Were the brede intake and the plan (PIP) finished in time? Counted are the "
                                     "people whose intake was completed, or whose first PIP was decided, in this "
                                     "period: within the norm after the start, or later. The median is the middle "
                                     "value of the weeks it took."),
         K::Bars, C::WithinOrLater},

        {FigureId::MilestoneProgress, "milestone_progress", FigureUse::Report, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Milestones achieved and late"), DashboardFigures::tr("Route"),
                    DashboardFigures::tr("Milestones"));
             fixedCategories(fig, routeOrder);
             milestoneSeries(fig);
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             const auto& clients = t.facts().clients;
             t.eachMilestoneInPeriod([&](const MilestoneFact& m, FigureTerms::MilestoneState state) {
                 visit(m.client, routeIndex(clients[std::size_t(m.client)].route), state);
             });
         },
         nullptr,
         QT_TRANSLATE_NOOP("Report", "The steps in every person's plan (intake, PIP, course, exams, MAP, PVT and so "
                                     "on) of everyone guided in the period: achieved in the period, late at its end, "
                                     "or still on schedule, by learning route."),
         K::Bars, C::MilestoneStates},

        {FigureId::ModulesCompleted, "modules_completed", FigureUse::Report, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("MAP, PVT and KNM completed"), DashboardFigures::tr("Part"),
                    DashboardFigures::tr("Clients"));
             fixedCategories(fig, moduleKinds);
             oneSeries(fig, QStringLiteral("clients"), DashboardFigures::tr("Completed"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) { achievedOfKinds(t, visit, moduleKinds); }, nullptr,
         QT_TRANSLATE_NOOP("Report", "How many people completed the Module Arbeidsmarkt en Participatie (MAP), signed "
                                     "the participation statement (PVT) or passed the KNM exam in this period."),
         K::Bars, C::Palette},

        {FigureId::ExamsPassed, "exams_passed", FigureUse::Report, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Language exams passed"), DashboardFigures::tr("Exam"),
                    DashboardFigures::tr("Clients"));
             fixedCategories(fig, examKinds);
             oneSeries(fig, QStringLiteral("clients"), DashboardFigures::tr("Passed"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) { achievedOfKinds(t, visit, examKinds); }, nullptr,
         QT_TRANSLATE_NOOP("Report", "How many language exams were passed in this period, per part."), K::Bars,
         C::Palette},

        {FigureId::Outflow, "outflow", FigureUse::Report, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Outflow by reason"), DashboardFigures::tr("Reason"),
                    DashboardFigures::tr("Clients"));
             fixedCategories(fig, outflowStatuses);
             oneSeries(fig, QStringLiteral("clients"), DashboardFigures::tr("Clients"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (!c.openStatus && t.inRange(c.statusDay) && t.selected(c))
                     visit(i, indexIn(outflowStatuses, c.status), 0);
             });
         },
         nullptr,
         QT_TRANSLATE_NOOP("Report", "How many people ended their integration path in this period, by reason: "
                                     "completed, dispensation, exemption, moved to another municipality, or "
                                     "stopped."),
         K::Bars, C::Palette},

        {FigureId::ParticipationAtEnd, "participation", FigureUse::Report, FigureAxis::Fixed,
         [](Figure& fig, const FigureTerms&) {
             titles(fig, DashboardFigures::tr("Participation at the end of the period"),
                    DashboardFigures::tr("Participation"), DashboardFigures::tr("Clients"));
             fixedCategories(fig, participationOrder);
             oneSeries(fig, QStringLiteral("clients"), DashboardFigures::tr("Clients"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             eachClient(t, [&](qint32 i, const ClientFact& c) {
                 if (t.inCaseloadAt(c))
                     visit(i, indexIn(participationOrder, c.participation), 0);
             });
         },
         nullptr,
         QT_TRANSLATE_NOOP("Report", "What the people still in the caseload at the end of the period do besides "
                                     "their integration: paid work, education or volunteering, as currently "
                                     "recorded."),
         K::Bars, C::Palette},

        // The cohort family: the dashboard's cohort panel and the report's cohort section.
        {FigureId::CohortIntakeStarted, "cohort_intake_started", FigureUse::Cohort, FigureAxis::Cohorts,
         [](Figure& fig, const FigureTerms&) {
             cohortDescribe(fig, DashboardFigures::tr("Cohorts: brede intake started in the first year"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             cohortClassify(t, visit, [&t](const ClientFact& c, int cohort) {
                 return c.intakeStartDay <= t.cohortFirstYearEnd(cohort);
             });
         },
         cohortShare,
         QT_TRANSLATE_NOOP("Report", "Per cohort (the year people started with the municipality, asylum status "
                                     "holders apart from family and other migrants): how many started the brede "
                                     "intake by the end of that year (this year: by the end of the period)."),
         K::HorizontalBars, C::WithOrWithout},

        {FigureId::CohortPipInNorm, "cohort_pip_in_norm", FigureUse::Cohort, FigureAxis::Cohorts,
         [](Figure& fig, const FigureTerms& t) {
             cohortDescribe(fig, DashboardFigures::tr("Cohorts: PIP within %n weeks", nullptr, t.rules().pipWeeks));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             cohortClassify(t, visit, [&t](const ClientFact& c, int) {
                 return pipBy(t, c) && c.firstPipDay - c.startDay <= t.pipNormDays();
             });
         },
         cohortShare,
         QT_TRANSLATE_NOOP("Report", "Per cohort: how many had their first PIP decided within the PIP norm after the "
                                     "start (10 weeks, unless the norm was set otherwise)."),
         K::HorizontalBars, C::WithOrWithout},

        {FigureId::CohortPipInSixMonths, "cohort_pip_in_6_months", FigureUse::Cohort, FigureAxis::Cohorts,
         [](Figure& fig, const FigureTerms&) {
             cohortDescribe(fig, DashboardFigures::tr("Cohorts: PIP within 6 months"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             cohortClassify(t, visit, [&t](const ClientFact& c, int) {
                 return pipBy(t, c) &&
                        c.firstPipDay <= CaseloadFacts::day(QDate::fromJulianDay(c.startDay).addMonths(6));
             });
         },
         cohortShare,
         QT_TRANSLATE_NOOP("Report", "Per cohort: how many had their first PIP decided within six months after the "
                                     "start."),
         K::HorizontalBars, C::WithOrWithout},

        {FigureId::CohortInRoute, "cohort_in_route", FigureUse::Cohort, FigureAxis::Cohorts,
         [](Figure& fig, const FigureTerms&) {
             cohortDescribe(fig, DashboardFigures::tr("Cohorts: in a learning route"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             cohortClassify(t, visit, [&t](const ClientFact& c, int) { return pipBy(t, c) && c.route != Route::None; });
         },
         cohortShare,
         QT_TRANSLATE_NOOP("Report", "Per cohort: how many are in a learning route at the end of the period (a PIP "
                                     "decided, with its route; also those who finished or left since)."),
         K::HorizontalBars, C::WithOrWithout},

        {FigureId::CohortExamPassed, "cohort_exam_passed", FigureUse::Cohort, FigureAxis::Cohorts,
         [](Figure& fig, const FigureTerms&) { cohortDescribe(fig, DashboardFigures::tr("Cohorts: an exam passed")); },
         [](const FigureTerms& t, const FigureVisit& visit) {
             cohortClassify(t, visit, [&t](const ClientFact& c, int) { return c.examPassedDay <= t.ref(); });
         },
         cohortShare,
         QT_TRANSLATE_NOOP("Report", "Per cohort: how many passed at least one exam (reading, listening, writing, "
                                     "speaking or KNM) by the end of the period."),
         K::HorizontalBars, C::WithOrWithout},

        {FigureId::CohortWorkOrEducation, "cohort_work_or_education", FigureUse::Cohort, FigureAxis::Cohorts,
         [](Figure& fig, const FigureTerms&) {
             cohortDescribe(fig, DashboardFigures::tr("Cohorts: working or in education"));
         },
         [](const FigureTerms& t, const FigureVisit& visit) {
             cohortClassify(t, visit, [](const ClientFact& c, int) {
                 return c.participation == Participation::Work || c.participation == Participation::Education;
             });
         },
         cohortShare,
         QT_TRANSLATE_NOOP("Report", "Per cohort: how many have paid work or follow education, as currently "
                                     "recorded (the file keeps no history of it)."),
         K::HorizontalBars, C::WithOrWithout},
    };
}

} // namespace

const std::vector<FigureDef>& FigureTable::all() {
    static const std::vector<FigureDef> table = makeTable();
    return table;
}

const FigureDef& FigureTable::of(FigureId id) {
    for (const FigureDef& def : all())
        if (def.id == id)
            return def;
    Q_UNREACHABLE();
}

std::vector<FigureId> FigureTable::ids(FigureUse use) {
    std::vector<FigureId> out;
    for (const FigureDef& def : all())
        if (def.use == use)
            out.push_back(def.id);
    return out;
}

} // namespace koers
