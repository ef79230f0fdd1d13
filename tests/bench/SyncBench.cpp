// Sync export and import at the size of design §9: 100,000 clients, each with its full demo dossier (about
// ten milestones). Run on demand from a Release build:
//     build-release/tests/bench/koers_bench "[sync]"
// KOERS_BENCH_CLIENTS overrides the number of clients, KOERS_BENCH_RUNS the runs per measurement;
// KOERS_BENCH_IMPORTS=0 measures the export only.
// Prints the median of the runs; the database files and packages live in a temporary folder.
#include <catch2/catch.hpp>

#include "demo/DemoLoader.h"
#include "storage/Store.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace koers;

namespace {

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Progress shows while the benchmark runs, even when its output goes to a file.
template <class... Args>
void report(const char* format, Args... args) {
    std::printf(format, args...);
    std::fflush(stdout);
}

double seconds(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

} // namespace

TEST_CASE("Sync export and import of a full caseload", "[sync][!benchmark]") {
    const int clients = envInt("KOERS_BENCH_CLIENTS", 100000);
    const int runs = envInt("KOERS_BENCH_RUNS", 3);
    QTemporaryDir dir;
    // The real clock: with a frozen one every stamp shares one millisecond, and millions of records would
    // overflow the stamp's six-digit counter.
    SystemClock clock;
    const QByteArray pass = QByteArrayLiteral("bench");
    const QByteArray packagePass = QByteArrayLiteral("bench package");

    auto source = Store::create(dir.filePath(QStringLiteral("source.koers")), pass, clock, QStringLiteral("bench"));
    REQUIRE(source.ok());
    QElapsedTimer fill;
    fill.start();
    auto demo = DemoLoader::load(*source.value(), clients, 1);
    REQUIRE(demo.ok());
    auto milestones = source.value()->db().queryInt(u"SELECT count(*) FROM milestone");
    report("filled %d clients, %lld records (%lld milestones) in %.1f s\n", demo->clients,
           static_cast<long long>(demo->records), static_cast<long long>(milestones.value()), seconds(fill));

    const QString package = dir.filePath(QStringLiteral("full.koerssync"));
    std::vector<double> exports;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto exported = SyncExporter(*source.value()).exportTo(package, packagePass, {});
        INFO((exported.ok() ? QString() : exported.message()).toStdString());
        REQUIRE(exported.ok());
        exports.push_back(seconds(t));
        report("export run %d: %.2f s, %lld rows, %.1f MB\n", i + 1, exports.back(),
               static_cast<long long>(exported->rows), static_cast<double>(QFileInfo(package).size()) / 1e6);
    }

    std::vector<double> imports;
    std::vector<double> repeats;
    const int importRuns =
        qEnvironmentVariableIsSet("KOERS_BENCH_IMPORTS") ? qEnvironmentVariableIntValue("KOERS_BENCH_IMPORTS") : runs;
    for (int i = 0; i < importRuns; ++i) {
        auto target =
            Store::create(dir.filePath(QStringLiteral("target%1.koers").arg(i)), pass, clock, QStringLiteral("bench"));
        REQUIRE(target.ok());
        QElapsedTimer t;
        t.start();
        auto imported = SyncImporter(*target.value()).importFrom(package, packagePass);
        INFO((imported.ok() ? QString() : imported.message()).toStdString());
        REQUIRE(imported.ok());
        imports.push_back(seconds(t));
        REQUIRE(imported->total.added == demo->records);
        t.restart();
        auto again = SyncImporter(*target.value()).importFrom(package, packagePass);
        INFO((again.ok() ? QString() : again.message()).toStdString());
        REQUIRE(again.ok());
        repeats.push_back(seconds(t));
        REQUIRE(again->total.unchanged == demo->records);
        report("import run %d: %.2f s into an empty file, %.2f s again (all unchanged)\n", i + 1, imports.back(),
               repeats.back());
    }
    report("MEDIAN export %.2f s (%d runs)\n", median(exports), runs);
    if (importRuns > 0)
        report("MEDIAN import %.2f s, repeated import %.2f s (%d runs)\n", median(imports), median(repeats),
               importRuns);
}
