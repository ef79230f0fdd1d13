// Figure: one dashboard or report figure as plain numbers, independent of any widget: categories (the
// bars or slices), series (the stacked parts), a count per series and category, and stable keys for
// both so a caller can ask which clients stand behind a number (DashboardFigures::clientIds).
#pragma once

#include <QString>
#include <QStringList>

#include <cmath>
#include <vector>

namespace koers {

enum class FigureId {
    CaseloadPerCoach,   // clients per coach, stacked by route
    ClientsPerPhase,    // clients per phase of their path
    MilestonesPerCoach, // milestones on schedule, late and achieved, per coach
    WeeksToPip,         // histogram of weeks from the start of involvement to the first PIP
    InflowPerQuarter,   // new clients per quarter, with and without a PIP
    LateTrend,          // milestones late at the end of each month
    // The B&W report's own figures (DashboardFigures::reportFigures()).
    InflowPerTargetGroup, // new clients per target group
    ClientsPerRoute,      // clients per current route, by target group
    Timeliness,           // brede intake and first PIP within the norm or later
    MilestoneProgress,    // milestones achieved, late and on schedule, per route
    ModulesCompleted,     // MAP, PVT and KNM completed
    ExamsPassed,          // language exams passed, per part
    Outflow,              // clients who left, by reason
    ParticipationAtEnd,   // clients by participation (work, education, volunteering)
    // The cohort family (DashboardFigures::cohortFigures()): per year of start and group, the share that ...
    CohortIntakeStarted,   // ... started the brede intake within the first year
    CohortPipInNorm,       // ... had a PIP within the PIP norm (10 weeks)
    CohortPipInSixMonths,  // ... had a PIP within 6 months
    CohortInRoute,         // ... is in a learning route
    CohortExamPassed,      // ... passed an exam
    CohortWorkOrEducation, // ... works or is in education
};

// A number per category beside the counts (the median weeks to a PIP); NaN where undefined.
struct FigureMeasure {
    QString key;  // stable ("median_weeks")
    QString name; // translated
    std::vector<double> values;
    int decimals = 1;
};

struct Figure {
    FigureId id = FigureId::CaseloadPerCoach;
    QString code; // stable name for files and CSV ("caseload_per_coach")
    QString title;
    QString categoryTitle;                   // what the categories are ("Coach", "Week")
    QString valueTitle;                      // what is counted ("Clients", "Milestones")
    QStringList categories;                  // labels, translated
    QStringList categoryKeys;                // stable keys (coach id, phase code, "2026-Q1", ...), same order
    QStringList series;                      // labels, translated
    QStringList seriesKeys;                  // stable keys, same order
    std::vector<std::vector<qint64>> values; // values[series][category]

    // An optional line over the bars in percent (the share of an inflow quarter that has a PIP); NaN
    // where it is undefined (no clients).
    QString lineName;
    std::vector<double> line;
    // An optional norm drawn as a mark between categories: the index of the last category within it
    // (the 10-week norm of the PIP histogram), -1 for none.
    int normAfterCategory = -1;
    QString normLabel;
    std::vector<FigureMeasure> measures;

    qint64 value(int series, int category) const { return values[std::size_t(series)][std::size_t(category)]; }
    qint64 categoryTotal(int category) const {
        qint64 sum = 0;
        for (const auto& s : values)
            sum += s[std::size_t(category)];
        return sum;
    }
    qint64 seriesTotal(int series) const {
        qint64 sum = 0;
        for (qint64 v : values[std::size_t(series)])
            sum += v;
        return sum;
    }
    qint64 total() const {
        qint64 sum = 0;
        for (std::size_t s = 0; s < values.size(); ++s)
            sum += seriesTotal(int(s));
        return sum;
    }
    int categoryIndex(const QString& key) const { return int(categoryKeys.indexOf(key)); }
    int seriesIndex(const QString& key) const { return int(seriesKeys.indexOf(key)); }
    bool hasLine() const { return !line.empty(); }
};

} // namespace koers
