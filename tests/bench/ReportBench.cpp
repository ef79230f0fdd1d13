// The B&W report at 100,000 clients (issue 7: under 3 s): reading the facts from the file, computing the
// report's figures with their suppression, and writing the PDF (with charts) and the CSV. Each run
// starts from a fresh DashboardFigures, so the facts are read every time, as the CLI does. Prints medians.
#include <catch2/catch.hpp>

#include "BenchDatabase.h"
#include "BenchSupport.h"
#include "report/CaseloadFacts.h"
#include "report/Report.h"
#include "report/ReportDocument.h"

#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace koers;

TEST_CASE("B&W report at 100,000 clients", "[bench][report]") {
    FixedClock clock(bench::benchNow());
    auto store = bench::openBenchStore(clock, 100000, 20261102);
    REQUIRE(store.ok());
    QTemporaryDir dir;
    const int runs =
        qEnvironmentVariableIntValue("KOERS_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("KOERS_BENCH_RUNS") : 5;
    const ReportSpec spec = ReportSpec::year(2026);

    // CPU time beside the wall clock: on the shared 2-core build machine the wall clock mostly measures
    // how long the process waited for a core.
    std::vector<double> facts, figures, pdf, csv, total, cpu;
    for (int i = 0; i < runs; ++i) {
        double t = bench::timeMs([&] { REQUIRE(CaseloadFacts::load(*store.value()).ok()); });
        facts.push_back(t);

        std::optional<Report> report;
        const std::clock_t cpuStart = std::clock();
        const double whole = bench::timeMs([&] {
            figures.push_back(bench::timeMs([&] {
                auto made = Report::make(*store.value(), spec);
                REQUIRE(made.ok());
                report = std::move(made.value());
            }));
            pdf.push_back(bench::timeMs(
                [&] { REQUIRE(ReportDocument::writePdf(*report, dir.filePath(QStringLiteral("r.pdf"))).ok()); }));
            csv.push_back(
                bench::timeMs([&] { REQUIRE(report->writeCsv(dir.filePath(QStringLiteral("r.csv"))).ok()); }));
        });
        total.push_back(whole);
        cpu.push_back(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        std::printf("run %d: facts alone %.0f ms; report %.0f ms (CPU %.0f ms) = figures (facts included) %.0f + "
                    "PDF %.0f + CSV %.0f\n",
                    i + 1, t, whole, cpu.back(), figures.back(), pdf.back(), csv.back());
    }
    std::printf("median over %d runs: facts alone %.0f ms; whole report %.0f ms, CPU %.0f ms (figures %.0f, PDF %.0f, "
                "CSV %.0f)\n",
                runs, bench::median(facts), bench::median(total), bench::median(cpu), bench::median(figures),
                bench::median(pdf), bench::median(csv));
}
