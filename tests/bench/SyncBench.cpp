// Sync export and import of a full package (issue 16's targets), against the sqlcipher shell in the same run:
//  - export: Koers opens the file and writes the encrypted package of every record; the shell opens the same file
//    and dumps the same tables with `.mode csv` (no compression, no encryption of the output);
//  - import: Koers creates an empty file and merges the package; the shell creates an empty encrypted file and
//    `.import`s the package's own CSVs (taken out of it beforehand) into tables of text columns.
// Both sides are timed end to end, key derivation included, alternately. Peak resident memory is the
// benchmark process's during Koers's step (the peak is reset before it); "baseline" is the resident size then.
// Run on demand from an optimised build:
//     build/tests/bench/koers_bench "[sync]"
// KOERS_BENCH_CLIENTS (default 20000, the other row 100000) and KOERS_BENCH_RUNS (default 3).
#include <catch2/catch.hpp>

#include "BenchSupport.h"
#include "demo/DemoLoader.h"
#include "storage/Store.h"
#include "sync/SyncArchive.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncTables.h"
#include "util/Clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace koers;

namespace {

// Progress shows while the benchmark runs, even when its output goes to a file.
template <class... Args>
void report(const char* format, Args... args) {
    std::printf(format, args...);
    std::fflush(stdout);
}

double seconds(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

void removeDatabase(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Prints how long each phase of an operation took, when it ends.
class PhaseTimes final : public Progress {
public:
    void begin(const QString& phase, qint64) override {
        finish();
        m_phase = phase;
        m_timer.start();
    }
    void advance(qint64) override {}
    bool cancelled() const override { return false; }
    void finish() {
        if (!m_phase.isEmpty())
            report("    %s: %.2f s\n", qPrintable(m_phase), seconds(m_timer));
        m_phase.clear();
    }

private:
    QString m_phase;
    QElapsedTimer m_timer;
};

struct Step {
    std::vector<double> koers, shell, peak, baseline;
    void print(const char* name) const {
        const double k = bench::median(koers), s = bench::median(shell);
        report("MEDIAN %s: koers %.2f s, sqlcipher shell %.2f s, ratio %.2f; peak RSS %.0f MB (baseline %.0f MB)\n",
               name, k, s, s > 0 ? k / s : 0.0, bench::median(peak), bench::median(baseline));
    }
};

} // namespace

TEST_CASE("Sync export and import of a full package against the sqlcipher shell", "[sync][!benchmark]") {
    const int clients = bench::envInt("KOERS_BENCH_CLIENTS", 20000);
    const int runs = bench::envInt("KOERS_BENCH_RUNS", 3);
    if (bench::sqlcipherShell().isEmpty())
        FAIL("the sqlcipher shell is not installed (apt install sqlcipher)");
    QTemporaryDir dir;
    // The real clock: with a frozen one every stamp shares one millisecond, and millions of records would
    // overflow the stamp's six-digit counter.
    SystemClock clock;
    const QByteArray pass = QByteArrayLiteral("bench");
    const QByteArray packagePass = QByteArrayLiteral("bench package");
    const QString sourcePath = dir.filePath(QStringLiteral("source.koers"));

    qint64 records = 0;
    {
        auto source = Store::create(sourcePath, pass, clock, QStringLiteral("bench"));
        REQUIRE(source.ok());
        QElapsedTimer fill;
        fill.start();
        auto demo = DemoLoader::load(*source.value(), clients, 1);
        REQUIRE(demo.ok());
        records = demo->records;
        report("filled %d clients, %lld records in %.1f s\n", demo->clients, static_cast<long long>(records),
               seconds(fill));
    } // closed: the shell cannot read a file Koers holds

    const QString package = dir.filePath(QStringLiteral("full.koerssync"));
    const QStringList tables = sync::tableNames();
    QByteArray dump = ".mode csv\n.headers on\n";
    const QString dumpDir = dir.filePath(QStringLiteral("dump"));
    QDir().mkpath(dumpDir);
    for (const QString& table : tables)
        dump += ".once " + QFile::encodeName(QDir(dumpDir).filePath(table + QStringLiteral(".csv"))) +
                "\nSELECT * FROM " + table.toLatin1() + ";\n";

    Step exports;
    for (int i = 0; i < runs; ++i) {
        bench::resetPeakRss();
        exports.baseline.push_back(bench::statusMb("VmRSS:"));
        QElapsedTimer t;
        t.start();
        {
            auto source = Store::open(sourcePath, pass, clock, QStringLiteral("bench"));
            REQUIRE(source.ok());
            auto exported = SyncExporter(*source.value()).exportTo(package, packagePass, {});
            INFO((exported.ok() ? QString() : exported.message()).toStdString());
            REQUIRE(exported.ok());
            REQUIRE(exported->rows >= records);
        }
        exports.koers.push_back(seconds(t));
        exports.peak.push_back(bench::peakRssMb());
        exports.shell.push_back(bench::runSqlcipher(sourcePath, pass, dump));
        REQUIRE(exports.shell.back() > 0);
        report("export run %d: koers %.2f s (%.1f MB package), shell .mode csv %.2f s, peak %.0f MB\n", i + 1,
               exports.koers.back(), static_cast<double>(QFileInfo(package).size()) / 1e6, exports.shell.back(),
               exports.peak.back());
    }

    // The package's own CSVs for the shell: synthetic demo data, in the benchmark's temporary folder.
    const QString csvDir = dir.filePath(QStringLiteral("package"));
    QDir().mkpath(csvDir);
    QByteArray importScript = "PRAGMA journal_mode = WAL;\n.mode csv\n";
    {
        auto entries = SyncArchive::read(package, packagePass);
        REQUIRE(entries.ok());
        for (const SyncArchiveEntry& e : entries.value()) {
            if (!e.name.endsWith(QLatin1String(".csv")))
                continue;
            const QString path = QDir(csvDir).filePath(e.name);
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            REQUIRE(f.write(e.data) == e.data.size());
            importScript +=
                ".import " + QFile::encodeName(path) + " " + QFileInfo(e.name).completeBaseName().toLatin1() + "\n";
        }
    }

    Step imports;
    std::vector<double> repeats;
    for (int i = 0; i < runs; ++i) {
        const QString targetPath = dir.filePath(QStringLiteral("target.koers"));
        removeDatabase(targetPath);
        bench::resetPeakRss();
        imports.baseline.push_back(bench::statusMb("VmRSS:"));
        QElapsedTimer t;
        t.start();
        {
            auto target = Store::create(targetPath, pass, clock, QStringLiteral("bench"));
            REQUIRE(target.ok());
            PhaseTimes phases;
            SyncImportOptions options;
            options.progress = &phases;
            auto imported = SyncImporter(*target.value()).importFrom(package, packagePass, options);
            phases.finish();
            INFO((imported.ok() ? QString() : imported.message()).toStdString());
            REQUIRE(imported.ok());
            REQUIRE(imported->total.added == records);
        }
        imports.koers.push_back(seconds(t));
        imports.peak.push_back(bench::peakRssMb());
        {
            auto target = Store::open(targetPath, pass, clock, QStringLiteral("bench"));
            REQUIRE(target.ok());
            t.restart();
            auto again = SyncImporter(*target.value()).importFrom(package, packagePass);
            REQUIRE(again.ok());
            REQUIRE(again->total.unchanged == records);
            repeats.push_back(seconds(t));
        }
        const QString shellPath = dir.filePath(QStringLiteral("shell.db"));
        removeDatabase(shellPath);
        imports.shell.push_back(bench::runSqlcipher(shellPath, pass, importScript));
        REQUIRE(imports.shell.back() > 0);
        report("import run %d: koers %.2f s into an empty file (%.2f s again, all unchanged), shell .import %.2f s, "
               "peak %.0f MB\n",
               i + 1, imports.koers.back(), repeats.back(), imports.shell.back(), imports.peak.back());
    }
    report("%d clients, %lld records, %d runs\n", clients, static_cast<long long>(records), runs);
    exports.print("sync-export (full)");
    imports.print("sync-import into an empty file");
    report("MEDIAN repeated import (all unchanged): %.2f s\n", bench::median(repeats));
}
