// The team lead's screens at the sizes coaches and leads use (1280 x 720 laptops, 1920 x 1080 screens), in Dutch:
// every coach's name readable on the dashboard's charts and the caseload's Coach column in view. With
// KOERS_SCREENSHOT_DIR set it also saves the screenshots, to look at.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "caseload/CaseloadView.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoLoader.h"
#include "report/FigureTable.h"
#include "rules/DueState.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"
#include "ui/ScriptedPrompts.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace koers;

namespace {

struct DutchWindow {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<AppSettings> settings;
    test::ScriptedPrompts prompts;
    std::unique_ptr<MainWindow> window;
    QTranslator dutch;

    explicit DutchWindow(QSize size) {
        REQUIRE(dutch.load(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/koers_nl.qm")));
        QCoreApplication::installTranslator(&dutch);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        const QString path = dir.filePath(QStringLiteral("demo.koers"));
        auto store = Store::create(path, "een lange wachtzin voor de test", clock, QStringLiteral("lead"));
        REQUIRE(store.ok());
        REQUIRE(DemoLoader::load(*store.value(), 600, 7).ok());
        window = std::make_unique<MainWindow>(*settings, clock, prompts);
        window->setStore(std::move(store.value()), path);
        window->resize(size);
        window->show();
        QTest::qWait(100);
    }
    ~DutchWindow() {
        window.reset();
        QLocale::setDefault(QLocale::c());
        QCoreApplication::removeTranslator(&dutch);
    }

    void shoot(const QString& name) const {
        const QString out = qEnvironmentVariable("KOERS_SCREENSHOT_DIR");
        if (!out.isEmpty())
            REQUIRE(window->grab().save(QDir(out).filePath(name)));
    }
};

// The labels a chart's category axis draws, as the axis has them (it elides what does not fit itself: "...").
QStringList axisLabels(FigurePanel* panel) {
    for (QAbstractAxis* axis : panel->chartView()->chart()->axes(Qt::Vertical))
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    return {};
}

} // namespace

TEST_CASE("At 1280 x 720 and 1920 x 1080 every coach keeps a readable name on the dashboard",
          "[ui][dashboard][layout]") {
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        DutchWindow w(size);
        w.window->tabs()->setCurrentIndex(3); // the dashboard, made when first shown
        REQUIRE(w.window->dashboard() != nullptr);
        QTest::qWait(300); // let the charts lay out
        w.shoot(QStringLiteral("dashboard-nl-%1x%2.png").arg(size.width()).arg(size.height()));
        for (FigureId id : {FigureId::CaseloadPerCoach, FigureId::MilestonesPerCoach}) {
            FigurePanel* panel = w.window->dashboard()->panel(id);
            INFO(size.width() << " " << int(id));
            // The panel is on screen at a size a chart can use (the dashboard scrolls rather than squeeze it).
            CHECK(panel->chartView()->width() >= 360);
            CHECK(panel->chartView()->height() >= 200);
            CHECK(panel->chartView()->height() >= panel->chartView()->minimumHeight()); // a line per name
            const QStringList labels = axisLabels(panel);
            REQUIRE(labels.size() == panel->figure().categoryKeys.size());
            const QFontMetrics metrics(panel->chartView()->chart()->axes(Qt::Vertical).front()->labelsFont());
            CHECK_FALSE(panel->chartView()->chart()->axes(Qt::Vertical).front()->labelsTruncated());
            for (const QString& label : labels) {
                CHECK_FALSE(label.contains(QChar(0x2026))); // no "..." of ours or the axis' own
                // Short enough for the axis: a third of the chart at most.
                CHECK(metrics.horizontalAdvance(label) <= panel->chartView()->width() / 3);
            }
        }
        w.window->tabs()->setCurrentIndex(0);
        QTest::qWait(100);
        w.shoot(QStringLiteral("caseload-nl-%1x%2.png").arg(size.width()).arg(size.height()));
        // The Coach column is in view, as wide as the longest coach's name.
        QTableView* table = w.window->caseload()->table();
        QHeaderView* header = table->horizontalHeader();
        const int coach = CaseloadModel::Coach;
        CHECK(header->sectionViewportPosition(coach) + header->sectionSize(coach) <= table->viewport()->width());
        int widest = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            widest = std::max(
                widest, table->fontMetrics().horizontalAdvance(table->model()->index(r, coach).data().toString()));
        CHECK(header->sectionSize(coach) >= widest + 8);
        // The due date with its state in words ("... (binnenkort)", the longest) and its icon is not cut off either.
        const int due = CaseloadModel::Due;
        int longestDue = 0;
        for (DueState state : {DueState::Late, DueState::DueSoon})
            longestDue = std::max(longestDue, table->fontMetrics().horizontalAdvance(QStringLiteral("%1 (%2)").arg(
                                                  QLocale().toString(QDate(2026, 11, 3), QLocale::ShortFormat),
                                                  dueStateLabel(state).toLower())));
        // The icon, its spacing and the cell's margins take about 24 pixels besides (measured: 175 pixels cut it off).
        CHECK(header->sectionSize(due) >= longestDue + table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 24);
    }
}
