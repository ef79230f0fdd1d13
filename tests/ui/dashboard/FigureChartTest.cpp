// The chart builder draws a figure as its table entry says, for a panel and for the report alike; the report's
// image needs no panel and no window.
#include "core/CatchQtPrinters.h"

#include "dashboard/FigureChart.h"
#include "report/FigureTable.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QWidget>

using namespace koers;

namespace {

// A figure as the engine hands it over: its entry's description, then counts.
Figure milestonesPerRoute() {
    Figure fig;
    fig.id = FigureId::MilestoneProgress;
    fig.code = QStringLiteral("milestone_progress");
    fig.title = QStringLiteral("Milestones achieved and late");
    fig.categoryKeys = QStringList{QStringLiteral("b1"), QStringLiteral("z")};
    fig.categories = QStringList{QStringLiteral("B1 route"), QStringLiteral("Z route")};
    fig.seriesKeys = QStringList{QStringLiteral("on_schedule"), QStringLiteral("late"), QStringLiteral("achieved")};
    fig.series = QStringList{QStringLiteral("On schedule"), QStringLiteral("Late"), QStringLiteral("Achieved")};
    fig.values = {{12, 3}, {4, 9}, {20, 1}};
    return fig;
}

} // namespace

TEST_CASE("The chart follows the figure's entry: kind, order and colours", "[ui][dashboard][chart]") {
    Figure coaches = milestonesPerRoute();
    coaches.id = FigureId::MilestonesPerCoach; // names as categories: horizontal bars, first on top
    FigureChart horizontal(coaches);
    REQUIRE(qobject_cast<QHorizontalStackedBarSeries*>(horizontal.bars()));
    CHECK(horizontal.horizontal());
    CHECK(FigureChart::categoryOf(true, 2, 0) == 1);
    // The bottom bar is the last category; the late series is red, as everywhere late is.
    CHECK(horizontal.bars()->barSets().at(1)->at(0) == 9);
    CHECK(horizontal.bars()->barSets().at(1)->color() == QColor(0xc0, 0x39, 0x2b));

    FigureChart vertical(milestonesPerRoute());
    REQUIRE(qobject_cast<QStackedBarSeries*>(vertical.bars()));
    CHECK_FALSE(vertical.horizontal());
    CHECK(vertical.bars()->barSets().at(1)->at(0) == 4);
    CHECK(vertical.shareLine() == nullptr);

    Figure empty = milestonesPerRoute();
    empty.categoryKeys.clear();
    empty.categories.clear();
    empty.values = {{}, {}, {}};
    FigureChart none(empty);
    CHECK(none.bars() == nullptr);
    CHECK_FALSE(none.chart()->title().isEmpty());
}

TEST_CASE("The report's chart image is drawn without a panel or a window", "[ui][dashboard][chart]") {
    const int windowsBefore = int(QApplication::topLevelWidgets().size());
    const QImage image = FigureChart::image(milestonesPerRoute(), QSize(640, 300));
    CHECK(int(QApplication::topLevelWidgets().size()) == windowsBefore);
    REQUIRE(image.size() == QSize(1280, 600));
    // Something was drawn: not every pixel is the white background.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 7)
        for (int x = 0; x < image.width() && !drawn; x += 7)
            drawn = image.pixelColor(x, y) != QColor(Qt::white);
    CHECK(drawn);
}
