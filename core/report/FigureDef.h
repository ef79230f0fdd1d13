// FigureDef: everything that defines one figure, in one entry of the figure table (FigureTable): its stable key,
// its labels and series, the axis its categories follow (and so their order and how a key finds its
// category back), the classifier that says which clients or milestones count where, the explanation the
// B&W report prints, and the kind of chart and colours it is drawn with. The engine (DashboardFigures), the
// drill-down, the CSV and the chart builder read this entry and know no figure by name.
#pragma once

#include "Figure.h"

#include <QtGlobal>

namespace koers {

class FigureTerms;

// Where a figure's categories come from.
enum class FigureAxis {
    Fixed,    // the list describe() gives (phases, routes, weeks, ...); every one shown, in that order.
              // The classifier's category is the index in that list.
    Coaches,  // the coaches counted, sorted by name ("No coach" among them); category: the coach index
              // (-1 without coach), key: the coach id ("" without coach)
    Quarters, // every quarter from the period's start (or the first counted) to ref's; category:
              // year * 4 + quarter - 1, key "2026-Q1"
    Months,   // FigureTerms::monthKeys(); category: the index of the month
    Cohorts,  // every cohort from the first counted year to ref's, both groups a year (FigureTerms::cohortOf);
              // key "2024_asylum", "2024_family_other"
};

// How the chart builder draws a figure.
enum class FigureChartKind {
    HorizontalBars, // names as categories: horizontal bars, so every name stays readable; first on top
    Bars,           // a few categories: vertical bars, stacked when there are several series
    Histogram,      // many numbered categories: vertical bars labelled at the first, every fifth and the last
    TimeLine,       // quarters or months: vertical bars labelled every few, counted back from the latest
};

// The colours of the series: meaning where colours have one (red is late), else one calm palette.
enum class FigureColours {
    Palette,         // palette colours in series order
    MilestoneStates, // on schedule green, late red, achieved blue
    WithinOrLater,   // within a norm dark blue, later orange
    WithOrWithout,   // with dark blue, without grey
    Late,            // every series red
};

// Where a figure appears: the dashboard's grid, the B&W report, or both as one of the cohort family (the
// dashboard's cohort panel, which shows one at a time, and the report's cohort section).
enum class FigureUse { Dashboard, Report, Cohort };

// A non-owning reference to the callable a classifier reports to: visit(client index, category, series).
class FigureVisit {
public:
    template <class F>
    explicit FigureVisit(F& f)
        : m_object(&f)
        , m_call([](void* object, qint32 client, int category, int series) {
            (*static_cast<F*>(object))(client, category, series);
        }) {}
    void operator()(qint32 client, int category, int series) const { m_call(m_object, client, category, series); }

private:
    void* m_object;
    void (*m_call)(void*, qint32, int, int);
};

struct FigureDef {
    FigureId id;
    const char* key; // stable, for files and CSV ("caseload_per_coach")
    FigureUse use;
    FigureAxis axis;
    // Fills the title, the category and value titles, the series (labels and keys), for a Fixed axis the
    // categories (labels and keys), and the norm mark or line name when the figure has one.
    void (*describe)(Figure& figure, const FigureTerms& terms);
    // Calls visit(client, category, series) for every client or milestone the figure counts; a milestone
    // late in several months of a Months axis once per month.
    void (*classify)(const FigureTerms& terms, const FigureVisit& visit);
    // Adds what is computed from the counts (a share line, measures); may be null.
    void (*finish)(Figure& figure, const FigureTerms& terms);
    // The plain-language explanation in the B&W report (context "Report"); null for dashboard-only figures.
    const char* explanation;
    FigureChartKind chart;
    FigureColours colours;
};

} // namespace koers
