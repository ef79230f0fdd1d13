// Dashboard recomputation at 100,000 clients with about 10 milestones each (design §9: under 200 ms).
// Reading the facts from the file (CaseloadFacts) happens once per opened dashboard and is timed apart;
// a recomputation is what every filter change costs. Prints medians, then runs Catch's own benchmark.
#include <catch2/catch.hpp>

#include "BenchDatabase.h"
#include "report/DashboardFigures.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace koers;

namespace {

double medianMs(DashboardFigures& figures, const DashboardFilter& filter, int runs) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto all = figures.computeAll(filter);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        REQUIRE(all.ok());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void perFigure(DashboardFigures& figures, const DashboardFilter& filter) {
    for (FigureId id : DashboardFigures::allFigures()) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto fig = figures.compute(id, filter);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            REQUIRE(fig.ok());
        }
        std::sort(times.begin(), times.end());
        std::printf("  %-22s median %7.1f ms\n", qPrintable(DashboardFigures::code(id)), times[2]);
    }
}

} // namespace

TEST_CASE("Dashboard recomputation at 100,000 clients", "[bench][dashboard]") {
    FixedClock clock(bench::benchNow());
    auto store = bench::openBenchStore(clock, 100000, 20261102);
    REQUIRE(store.ok());
    auto figures = DashboardFigures::forStore(*store.value());
    REQUIRE(figures.ok());

    DashboardFilter year;
    year.from = QDate(2026, 1, 1);

    std::vector<double> loads;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer load;
        load.start();
        REQUIRE(figures->reload().ok());
        loads.push_back(double(load.nsecsElapsed()) / 1e6);
    }
    std::printf("reading the facts from the file: first %.0f ms, then %.0f and %.0f ms\n", loads[0], loads[1],
                loads[2]);

    std::printf("whole dashboard, period 2026, all municipalities: median %.1f ms over 11 runs\n",
                medianMs(figures.value(), year, 11));
    perFigure(figures.value(), year);

    DashboardFilter one = year;
    auto place = store.value()->db().queryText(u"SELECT id FROM municipality ORDER BY name LIMIT 1");
    REQUIRE(place.ok());
    one.municipalityIds = {place.value()};
    std::printf("whole dashboard, one municipality: median %.1f ms over 11 runs\n", medianMs(figures.value(), one, 11));

    BENCHMARK("whole dashboard, period 2026") {
        return figures->computeAll(year).ok();
    };
}
