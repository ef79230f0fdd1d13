// FigureChart: builds the chart of one figure as its entry in the figure table says (FigureDef's chart kind and
// colours), for the dashboard's panels and for the B&W report alike; the report renders it into an image
// without creating a panel or a window.
#pragma once

#include "report/Figure.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

class QAbstractBarSeries;
class QChart;
class QLineSeries;

namespace koers {

class FigureChart {
    Q_DECLARE_TR_FUNCTIONS(FigureChart)

public:
    explicit FigureChart(const Figure& figure);
    ~FigureChart();
    Q_DISABLE_COPY_MOVE(FigureChart)

    // The chart; ownership passes to the caller (a QChartView, or a scene) with take().
    QChart* chart() const { return m_chart; }
    QChart* take();
    // The bars, for hover and click; null when no client matches.
    QAbstractBarSeries* bars() const { return m_bars; }
    // The share line over the bars, when the figure has one.
    QLineSeries* shareLine() const { return m_share; }
    // Horizontal charts list the first category on top: the bar at `index` of `count` is category
    // categoryOf(horizontal, count, index).
    bool horizontal() const { return m_horizontal; }
    static int categoryOf(bool horizontal, int count, int index) { return horizontal ? count - 1 - index : index; }

    // The figure's chart painted at twice `size` (sharp in print), white background.
    static QImage image(const Figure& figure, QSize size);

private:
    void build(const Figure& figure);

    QChart* m_chart = nullptr;
    QAbstractBarSeries* m_bars = nullptr;
    QLineSeries* m_share = nullptr;
    bool m_horizontal = false;
};

} // namespace koers
