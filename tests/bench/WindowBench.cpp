// The window while long work runs (issue 16): a widget on the window's thread asks for a repaint every 10 ms and
// records when it is painted; the longest gap between two paints while a sync export and a sync import run
// through WorkDialog (as the window runs them) is how long the window was frozen. And the unlock: opening the
// file (key derivation included and shown apart) until the caseload shows every client, then until their next
// milestones are read (in slices, with the longest gap between repaints meanwhile), and the agenda's tab.
// Run on demand from an optimised build:
//     build/tests/bench/koers_bench "[window]"
// KOERS_BENCH_CLIENTS (default 20000) for the sync steps; the unlock uses the shared 100,000-client file.
#include <catch2/catch.hpp>

#include "BenchDatabase.h"
#include "BenchSupport.h"
#include "caseload/AgendaView.h"
#include "caseload/CaseloadView.h"
#include "demo/DemoLoader.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "util/Clock.h"
#include "widgets/WorkDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <cstdio>

using namespace koers;

namespace {

// Asks for a repaint every 10 ms; remembers the longest time between two paints.
class PaintProbe final : public QWidget {
public:
    PaintProbe() {
        resize(200, 100);
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout, this, [this] { update(); });
    }
    void start() {
        m_longestNs = 0;
        m_paints = 0;
        m_last.start();
        m_ticker.start();
    }
    void stop() { m_ticker.stop(); }
    double longestMs() const { return static_cast<double>(m_longestNs) / 1e6; }
    int paints() const { return m_paints; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), m_paints % 2 ? Qt::white : Qt::lightGray);
        m_longestNs = std::max(m_longestNs, m_last.nsecsElapsed());
        m_last.restart();
        ++m_paints;
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_last;
    qint64 m_longestNs = 0;
    int m_paints = 0;
};

} // namespace

TEST_CASE("The window keeps repainting during a sync export and import; unlock to a usable caseload",
          "[window][!benchmark]") {
    const int clients = bench::envInt("KOERS_BENCH_CLIENTS", 20000);
    QTemporaryDir dir;
    SystemClock clock;
    const QByteArray pass = QByteArrayLiteral("bench");
    const QByteArray packagePass = QByteArrayLiteral("bench package");
    auto source = Store::create(dir.filePath(QStringLiteral("source.koers")), pass, clock, QStringLiteral("bench"));
    REQUIRE(source.ok());
    REQUIRE(DemoLoader::load(*source.value(), clients, 1).ok());
    auto target = Store::create(dir.filePath(QStringLiteral("target.koers")), pass, clock, QStringLiteral("bench"));
    REQUIRE(target.ok());

    PaintProbe probe;
    probe.show();
    QApplication::processEvents();
    const QString package = dir.filePath(QStringLiteral("full.koerssync"));

    probe.start();
    QElapsedTimer t;
    t.start();
    auto exported = WorkDialog::run(&probe, QStringLiteral("Export"), *source.value(), [&](Progress& progress) {
        SyncExportOptions options;
        options.progress = &progress;
        return SyncExporter(*source.value()).exportTo(package, packagePass, options);
    });
    const double exportS = static_cast<double>(t.nsecsElapsed()) / 1e9;
    probe.stop();
    REQUIRE(exported.has_value());
    REQUIRE(exported->ok());
    const double exportGap = probe.longestMs();
    const int exportPaints = probe.paints();

    probe.start();
    t.restart();
    auto imported = WorkDialog::run(&probe, QStringLiteral("Import"), *target.value(), [&](Progress& progress) {
        SyncImportOptions options;
        options.progress = &progress;
        return SyncImporter(*target.value()).importFrom(package, packagePass, options);
    });
    const double importS = static_cast<double>(t.nsecsElapsed()) / 1e9;
    probe.stop();
    REQUIRE(imported.has_value());
    REQUIRE(imported->ok());
    std::printf("%d clients, %lld records\n"
                "  sync export in the window: %.1f s, %d repaints, longest gap between repaints %.0f ms\n"
                "  sync import in the window: %.1f s, %d repaints, longest gap between repaints %.0f ms\n",
                clients, static_cast<long long>(exported->value().rows), exportS, exportPaints, exportGap, importS,
                probe.paints(), probe.longestMs());
    std::fflush(stdout);
    source.value().reset();
    target.value().reset();

    // Unlock at 100,000 clients: the file opened, then the caseload and the agenda filled and painted.
    FixedClock fixed(bench::benchNow());
    {
        auto warm = bench::openBenchStore(fixed, 100000, 20261102); // made once, then cached
        REQUIRE(warm.ok());
    }
    const QString path = QDir::temp().filePath(QStringLiteral("koers-bench-100000-seed20261102-v2.koers"));
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    std::vector<double> opens, caseloads, filled, gaps, agendas;
    for (int run = 0; run < 5; ++run) {
        CaseloadView caseload(settings);
        AgendaView agenda;
        caseload.resize(1280, 720);
        agenda.resize(1280, 720);
        caseload.show();
        QApplication::processEvents();
        std::unique_ptr<Store> store;
        opens.push_back(bench::timeMs([&] {
            auto opened = Store::open(path, bench::benchPassphrase(), fixed, QStringLiteral("bench"));
            REQUIRE(opened.ok());
            store = std::move(opened.value());
        }));
        // What the window does after unlocking: the caseload's clients read, filled and painted (usable: found,
        // opened, sorted by name); their next milestones follow in slices (the agenda waits for its tab).
        QElapsedTimer sinceOpen;
        sinceOpen.start();
        caseload.reload(*store);
        QApplication::processEvents();
        caseloads.push_back(static_cast<double>(sinceOpen.nsecsElapsed()) / 1e6);
        REQUIRE(caseload.loading());
        probe.start();
        while (caseload.loading())
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        probe.stop();
        filled.push_back(static_cast<double>(sinceOpen.nsecsElapsed()) / 1e6);
        gaps.push_back(probe.longestMs());
        REQUIRE(caseload.errorText().isEmpty());
        // The agenda when its tab is opened.
        agendas.push_back(bench::timeMs([&] {
            agenda.show();
            agenda.reload(*store);
            QApplication::processEvents();
        }));
    }
    const double fills = bench::median(caseloads);
    std::printf("unlock at 100,000 clients (5 runs, medians): opening the file %.0f ms (key derivation included), "
                "caseload's clients filled and painted %.0f ms, together %.0f ms; every next milestone in %.0f ms, "
                "longest gap between repaints meanwhile %.0f ms; the agenda when its tab opens %.0f ms\n",
                bench::median(opens), fills, bench::median(opens) + fills, bench::median(filled), bench::median(gaps),
                bench::median(agendas));
    CHECK(fills > 0);
}
