// The chart builder draws a figure as its table entry says, for a panel and for the report alike; the report's
// image needs no panel and no window.
#include "core/CatchQtPrinters.h"

#include "dashboard/FigureChart.h"
#include "report/FigureTable.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QTest>
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

namespace {

QStringList shownLabels(QChartView& view, Qt::Orientation orientation) {
    for (QAbstractAxis* axis : view.chart()->axes(orientation))
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            CHECK_FALSE(categories->labelsTruncated()); // Qt Charts' own "..." never appears
            return categories->categories();
        }
    return {};
}

void showIn(QChartView& view, const Figure& figure, QSize size) {
    FigureChart built(figure);
    view.setChart(built.take());
    view.resize(size);
    view.show();
    QTest::qWait(50);
}

} // namespace

TEST_CASE("Names too long for a narrow chart keep their surname; labels too wide for a bar wrap",
          "[ui][dashboard][chart]") {
    Figure coaches = milestonesPerRoute();
    coaches.id = FigureId::CaseloadPerCoach;
    coaches.categories =
        QStringList{QStringLiteral("Anouk de Wit"), QStringLiteral("Maria-Fernanda Gonçalves Vandenbroucke-Oliveira")};
    {
        QChartView view;
        showIn(view, coaches, QSize(380, 260));
        const QStringList labels = shownLabels(view, Qt::Vertical);
        // Listed from the bottom: the second coach first.
        REQUIRE(labels.size() == 2);
        CHECK(labels[1] == QStringLiteral("Anouk de Wit"));
        CHECK(labels[0].startsWith(QStringLiteral("M. Gonçalves")));
    }
    {
        QChartView wide;
        showIn(wide, coaches, QSize(1400, 400));
        CHECK(shownLabels(wide, Qt::Vertical)[0] == coaches.categories[1]);
    }

    Figure routes = milestonesPerRoute();
    routes.categoryKeys =
        QStringList{QStringLiteral("b1"), QStringLiteral("education"), QStringLiteral("z"), QStringLiteral("none")};
    routes.categories = QStringList{QStringLiteral("B1-route"), QStringLiteral("Onderwijsroute"),
                                    QStringLiteral("Z-route (zelfredzaamheid)"), QStringLiteral("Nog niet gekozen")};
    routes.values = {{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}};
    QChartView narrow;
    showIn(narrow, routes, QSize(400, 300));
    const QStringList labels = shownLabels(narrow, Qt::Horizontal);
    REQUIRE(labels.size() == 4);
    CHECK(labels[0] == QStringLiteral("B1-route"));
    CHECK(labels[2] == QStringLiteral("Z-route<br>(zelfredzaamheid)"));
}
