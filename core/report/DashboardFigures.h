// DashboardFigures: the engine of the team lead's dashboard figures (and the B&W report's). Every figure is one
// entry of the figure table (FigureTable, definitions there and in the README, "Figure definitions"); the engine
// counts with the entry's classifier, orders its categories by its axis, and lists the clients behind a number
// with the same classifier, so a count and its drill-down cannot disagree. The facts come from the file by SQL
// (CaseloadFacts, one pass per table with the per-client aggregates); every filter change then recomputes from
// those facts in memory, because re-reading an encrypted file of 100,000 clients per filter change takes
// seconds, not 200 ms.
#pragma once

#include "CaseloadFacts.h"
#include "DashboardFilter.h"
#include "Figure.h"
#include "rules/RuleSettings.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

class QIODevice;

namespace koers {

class Store;

class DashboardFigures {
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)

public:
    explicit DashboardFigures(Store& store, RuleSettings rules = {});
    // Uses the rule settings stored in the file (the PIP norm).
    static Result<DashboardFigures> forStore(Store& store);

    // Reads the facts from the file again; call after the data changed. compute() reads them on first use.
    Status reload();

    // The dashboard's figures.
    static std::vector<FigureId> allFigures();
    // The B&W report's own figures (see "Report figures" in the README).
    static std::vector<FigureId> reportFigures();
    // The cohort family: one at a time in the dashboard's cohort panel, all in the report's cohort section.
    static std::vector<FigureId> cohortFigures();
    static QString code(FigureId id);

    Result<Figure> compute(FigureId id, const DashboardFilter& filter);
    Result<std::vector<Figure>> computeAll(const DashboardFilter& filter);

    // The clients behind one number: the same definition as the count, for one category and one series
    // (an empty seriesKey: every series of the category). Sorted by id.
    Result<QStringList> clientIds(FigureId id, const DashboardFilter& filter, const QString& categoryKey,
                                  const QString& seriesKey = {});

    // One row per category and series (and per category for the line): figure, category key, category,
    // series key, series, value. Dutch Excel dialect (decimal comma), formula-safe.
    static Status writeCsv(const Figure& figure, QIODevice& device);

    // The last category of the PIP histogram; it holds every later week too.
    static constexpr int maxWeekBin = 26;

private:
    Status ensureLoaded();

    Store* m_store;
    RuleSettings m_rules;
    std::optional<CaseloadFacts> m_facts;
};

} // namespace koers
