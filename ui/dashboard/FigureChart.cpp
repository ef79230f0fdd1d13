#include "FigureChart.h"

#include "report/FigureTable.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace koers {

namespace {

// Colours with meaning: red is late, green on schedule; the rest from one calm palette, distinguishable
// in greyscale by lightness.
QColor seriesColour(FigureColours colours, int series) {
    static const QColor palette[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x6a, 0xa8, 0xdc), QColor(0xe0, 0x8a, 0x1e),
                                     QColor(0xa0, 0xa7, 0xb4)};
    static const QColor late(0xc0, 0x39, 0x2b);
    switch (colours) {
    case FigureColours::MilestoneStates: {
        static const QColor states[] = {QColor(0x4c, 0x9a, 0x2a), late, QColor(0x1f, 0x5f, 0xa8)};
        return states[series % 3];
    }
    case FigureColours::WithinOrLater:
        return series == 0 ? palette[0] : palette[2];
    case FigureColours::WithOrWithout:
        return series == 0 ? palette[0] : palette[3];
    case FigureColours::Late:
        return late;
    case FigureColours::Palette:
        break;
    }
    return palette[series % 4];
}

// "Z route (self-reliance)" is "Z route" in a legend that has to fit beside three others; the table
// and the tooltips keep the full name.
QString legendName(const QString& name) {
    const qsizetype paren = name.indexOf(QLatin1String(" ("));
    return paren > 0 && name.endsWith(QLatin1Char(')')) ? name.left(paren) : name;
}

qint64 largestStack(const Figure& fig) {
    qint64 top = 0;
    for (int c = 0; c < fig.categoryKeys.size(); ++c)
        top = std::max(top, fig.categoryTotal(c));
    return top;
}

// The bars that get a label on an axis of many categories: a bar-category axis would shorten every label
// to "...", so only every few bars are labelled.
std::vector<int> labelledBars(FigureChartKind kind, int count) {
    std::vector<int> shown;
    if (kind == FigureChartKind::Histogram) {
        // The first, every fifth (a 10-week norm among them) and the last ("26+").
        for (int i = 0; i < count; ++i)
            if (i == 0 || (i + 1) % 5 == 0 || i == count - 1)
                shown.push_back(i);
        if (shown.size() >= 2 && shown[shown.size() - 1] - shown[shown.size() - 2] < 3)
            shown.erase(shown.end() - 2); // keep "26+" clear of "25"
        return shown;
    }
    // Counted back from the last (the latest month always has a label). Month and quarter names need
    // some 80 pixels each: four of them fit a third of the window.
    const int step = (count + 3) / 4;
    for (int i = count - 1; i >= 0; i -= step)
        shown.insert(shown.begin(), i);
    return shown;
}

// A name as a narrow axis can show it: whole when it fits, else with the first name as an initial ("J. van
// Leeuwen"), and only then cut with an ellipsis. The tooltip and the table keep the whole name.
QString shortName(const QString& name, const QFontMetricsF& metrics, qreal maxWidth) {
    if (metrics.horizontalAdvance(name) <= maxWidth)
        return name;
    QString shorter = name;
    if (const qsizetype space = name.indexOf(QLatin1Char(' ')); space > 0)
        shorter = name.left(1) + QLatin1String(". ") + name.mid(space + 1).trimmed();
    return metrics.elidedText(shorter, Qt::ElideRight, maxWidth);
}

// A label under a bar that is wider than the bar's slot goes on two lines, broken at the space nearest its
// middle (axis labels are rich text). One word stays one line.
QString wrappedLabel(const QString& label, const QFontMetricsF& metrics, qreal slot) {
    if (metrics.horizontalAdvance(label) <= slot)
        return label;
    qsizetype best = -1;
    for (qsizetype i = label.indexOf(QLatin1Char(' ')); i >= 0; i = label.indexOf(QLatin1Char(' '), i + 1))
        if (best < 0 || std::abs(i - label.size() / 2) < std::abs(best - label.size() / 2))
            best = i;
    if (best < 0)
        return label;
    return label.left(best).toHtmlEscaped() + QLatin1String("<br>") + label.mid(best + 1).toHtmlEscaped();
}

// Keeps a bar-category axis's labels readable whatever size the chart gets: Qt Charts would cut them to "..."
// (and does so already when the rows are a little low), so the labels are shortened or wrapped here, for the
// room the chart has, whenever its plot area changes.
void fitLabels(QChart* chart, QBarCategoryAxis* axis, const QStringList& full, bool horizontal) {
    axis->setTruncateLabels(false);
    auto fit = [chart, axis, full, horizontal] {
        const QFontMetricsF metrics(axis->labelsFont());
        QStringList shown;
        if (horizontal) {
            const qreal room = std::max(80.0, chart->size().width() / 3 - 12);
            for (const QString& name : full)
                shown << shortName(name, metrics, room);
        } else {
            const qreal slot = chart->plotArea().width() / std::max<qsizetype>(1, full.size()) - 8;
            for (const QString& label : full)
                shown << wrappedLabel(label, metrics, slot);
        }
        // A bar-category axis drops a label it already has: two coaches of one name stay two bars.
        for (qsizetype i = 1; i < shown.size(); ++i)
            while (shown.indexOf(shown[i]) < i)
                shown[i] += QChar(0x200B); // a zero-width space
        if (shown != axis->categories())
            axis->setCategories(shown);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
    fit();
}

} // namespace

FigureChart::FigureChart(const Figure& figure)
    : m_chart(new QChart) {
    build(figure);
}

FigureChart::~FigureChart() {
    delete m_chart; // null once taken
}

QChart* FigureChart::take() {
    QChart* chart = m_chart;
    m_chart = nullptr;
    return chart;
}

void FigureChart::build(const Figure& fig) {
    const FigureDef& def = FigureTable::of(fig.id);
    QChart* chart = m_chart;
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    chart->legend()->setFont(small);
    chart->legend()->setShowToolTips(true);
    chart->legend()->setVisible(fig.seriesKeys.size() > 1 || fig.hasLine() || fig.normAfterCategory >= 0);
    if (fig.categoryKeys.isEmpty()) {
        chart->setTitle(tr("No clients match the filters"));
        return;
    }

    m_horizontal = def.chart == FigureChartKind::HorizontalBars;
    const bool horizontal = m_horizontal;
    const int count = int(fig.categoryKeys.size());
    QAbstractBarSeries* bars = nullptr;
    if (horizontal)
        bars = new QHorizontalStackedBarSeries;
    else if (fig.seriesKeys.size() > 1)
        bars = new QStackedBarSeries;
    else
        bars = new QBarSeries;
    m_bars = bars;
    // One or two bars would otherwise fill the whole chart.
    bars->setBarWidth(std::min(horizontal ? 0.7 : 0.8, 0.2 * double(count)));
    for (int s = 0; s < fig.seriesKeys.size(); ++s) {
        auto* set = new QBarSet(legendName(fig.series[s]));
        set->setColor(seriesColour(def.colours, s));
        set->setBorderColor(seriesColour(def.colours, s));
        for (int i = 0; i < count; ++i)
            set->append(double(fig.value(s, categoryOf(horizontal, count, i))));
        bars->append(set);
    }
    chart->addSeries(bars);

    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels << fig.categories[categoryOf(horizontal, count, i)];
    QAbstractAxis* categories = nullptr;
    QValueAxis* indexAxis = nullptr;
    if (!horizontal && count > 6) {
        auto* sparse = new QCategoryAxis;
        sparse->setRange(-0.5, double(count) - 0.5);
        sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        sparse->setGridLineVisible(false);
        for (int i : labelledBars(def.chart, count))
            sparse->append(labels[i], i);
        categories = sparse;
        indexAxis = sparse;
    } else {
        auto* all = new QBarCategoryAxis;
        all->append(labels);
        categories = all;
    }
    categories->setLabelsFont(small);
    categories->setTruncateLabels(false);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsFont(small);
    values->setRange(0, double(std::max<qint64>(largestStack(fig), 4)));
    values->applyNiceNumbers();
    values->setMinorTickCount(0);
    if (def.chart == FigureChartKind::Histogram)
        categories->setTitleText(fig.categoryTitle);
    categories->setTitleFont(small);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    if (auto* all = qobject_cast<QBarCategoryAxis*>(categories))
        fitLabels(chart, all, labels, horizontal);

    // Lines over the bars use a hidden value axis whose range puts category i at x = i.
    QValueAxis* lineX = indexAxis;
    auto ensureLineX = [&]() {
        if (lineX)
            return lineX;
        lineX = new QValueAxis;
        lineX->setRange(-0.5, double(count) - 0.5);
        lineX->setVisible(false);
        chart->addAxis(lineX, Qt::AlignTop);
        return lineX;
    };
    if (fig.normAfterCategory >= 0 && fig.normAfterCategory < count) {
        auto* norm = new QLineSeries;
        norm->setName(fig.normLabel);
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        norm->setPen(pen);
        const double x = fig.normAfterCategory + 0.5;
        norm->append(x, 0);
        norm->append(x, values->max());
        chart->addSeries(norm);
        norm->attachAxis(ensureLineX());
        norm->attachAxis(values);
    }
    if (fig.hasLine()) {
        auto* share = new QLineSeries;
        m_share = share;
        share->setName(fig.lineName);
        QPen pen(QColor(0x2b, 0x2b, 0x2b));
        pen.setWidth(2);
        share->setPen(pen);
        share->setPointsVisible(true);
        for (int c = 0; c < count; ++c)
            if (!std::isnan(fig.line[std::size_t(c)]))
                share->append(c, fig.line[std::size_t(c)]);
        auto* percent = new QValueAxis;
        percent->setRange(0, 100);
        percent->setTickCount(values->tickCount());
        percent->setLabelFormat(QStringLiteral("%d%%"));
        percent->setLabelsFont(small);
        chart->addAxis(percent, Qt::AlignRight);
        chart->addSeries(share);
        share->attachAxis(ensureLineX());
        share->attachAxis(percent);
    }
}

QImage FigureChart::image(const Figure& figure, QSize size) {
    // Painted straight from a scene of its own: no view, no window.
    QGraphicsScene scene;
    FigureChart built(figure);
    QChart* chart = built.take();
    scene.addItem(chart); // the scene owns the chart from here
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->resize(QSizeF(size));
    // The chart lays itself out on posted layout requests: deliver those before painting, twice, since fitting
    // the labels to the laid-out chart asks for one more layout.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size * 2)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace koers
