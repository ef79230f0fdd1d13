// The figure table holds every figure once, and each entry is complete: what the engine, the drill-down, the
// CSV and the chart builder read from it is there and consistent.
#include "core/CatchQtPrinters.h"

#include "report/CaseloadFacts.h"
#include "report/FigureTable.h"
#include "report/FigureTerms.h"

#include <set>
#include <string>

using namespace koers;

TEST_CASE("The figure table has one complete entry per figure", "[report][figures]") {
    const CaseloadFacts facts;
    const DashboardFilter filter{QDate(2026, 1, 1), QDate(2026, 12, 31), {}, {}, {}, {}};
    const RuleSettings rules;
    const FigureTerms terms(facts, filter, QDate(2026, 11, 2), rules);

    std::set<int> ids;
    std::set<std::string> keys;
    for (const FigureDef& def : FigureTable::all()) {
        INFO(def.key);
        CHECK(ids.insert(int(def.id)).second);
        CHECK(keys.insert(def.key).second);
        CHECK(&FigureTable::of(def.id) == &def);
        REQUIRE(def.describe);
        REQUIRE(def.classify);
        // The B&W report explains each of its figures; the dashboard's are explained in the README.
        CHECK((def.explanation != nullptr) == (def.use != FigureUse::Dashboard));
        // No coach appears in the report.
        CHECK_FALSE((def.use != FigureUse::Dashboard && def.axis == FigureAxis::Coaches));

        Figure fig;
        def.describe(fig, terms);
        CHECK_FALSE(fig.title.isEmpty());
        CHECK_FALSE(fig.categoryTitle.isEmpty());
        CHECK_FALSE(fig.valueTitle.isEmpty());
        CHECK(fig.seriesKeys.size() >= 1);
        CHECK(fig.series.size() == fig.seriesKeys.size());
        CHECK(fig.categories.size() == fig.categoryKeys.size());
        const bool fixed = def.axis == FigureAxis::Fixed || def.axis == FigureAxis::Months;
        CHECK(fig.categoryKeys.isEmpty() == !fixed); // the other axes take their categories from the counts
        CHECK(fig.categoryKeys.removeDuplicates() == 0);
        CHECK(fig.seriesKeys.removeDuplicates() == 0);
    }
    // Every FigureId is in the table (the enum ends with CohortWorkOrEducation).
    CHECK(ids.size() == std::size_t(FigureId::CohortWorkOrEducation) + 1);
    CHECK(FigureTable::ids(FigureUse::Dashboard).size() + FigureTable::ids(FigureUse::Report).size() +
              FigureTable::ids(FigureUse::Cohort).size() ==
          ids.size());
    for (FigureId id : FigureTable::ids(FigureUse::Cohort))
        CHECK(std::string(FigureTable::of(id).key).rfind("cohort_", 0) == 0); // CSV keys start with cohort_
}

TEST_CASE("Monthly figures run from the period's first month to the reference month", "[report][figures]") {
    const CaseloadFacts facts;
    const RuleSettings rules;
    const DashboardFilter year{QDate(2026, 1, 15), QDate(2026, 12, 31), {}, {}, {}, {}};
    const FigureTerms terms(facts, year, QDate(2026, 11, 2), rules);
    REQUIRE(terms.monthKeys().size() == 11);
    CHECK(terms.monthKeys().front() == QStringLiteral("2026-01"));
    CHECK(terms.monthKeys().back() == QStringLiteral("2026-11"));
    CHECK(terms.monthCountDays().front() == CaseloadFacts::day(QDate(2026, 1, 31)));
    CHECK(terms.monthCountDays().back() == CaseloadFacts::day(QDate(2026, 11, 2))); // ref in ref's own month
    const DashboardFilter open{QDate(), QDate(), {}, {}, {}, {}};
    CHECK(FigureTerms(facts, open, QDate(2026, 11, 2), rules).monthKeys().size() == 12);
}
