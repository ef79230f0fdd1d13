#include "FigurePanel.h"

#include "FigureTableModel.h"
#include "report/DashboardFigures.h"
#include "storage/ExportFile.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCursor>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace koers {

namespace {

// Colours with meaning: red is late, green on schedule; the rest from one calm palette, distinguishable
// in greyscale by lightness.
QColor seriesColour(FigureId id, int series) {
    static const QColor palette[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x6a, 0xa8, 0xdc), QColor(0xe0, 0x8a, 0x1e),
                                     QColor(0xa0, 0xa7, 0xb4)};
    switch (id) {
    case FigureId::MilestonesPerCoach: {
        static const QColor states[] = {QColor(0x4c, 0x9a, 0x2a), QColor(0xc0, 0x39, 0x2b), QColor(0x1f, 0x5f, 0xa8)};
        return states[series % 3];
    }
    case FigureId::WeeksToPip:
        return series == 0 ? palette[0] : palette[2];
    case FigureId::InflowPerQuarter:
        return series == 0 ? palette[0] : palette[3];
    case FigureId::LateTrend:
        return QColor(0xc0, 0x39, 0x2b);
    default:
        return palette[series % 4];
    }
}

// Figures whose categories are names get horizontal bars, so every name stays readable.
bool isHorizontal(FigureId id) {
    return id == FigureId::CaseloadPerCoach || id == FigureId::MilestonesPerCoach || id == FigureId::ClientsPerPhase;
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

QString defaultFileName(const Figure& fig, const QString& suffix) {
    return fig.code + QLatin1Char('.') + suffix;
}

} // namespace

FigurePanel::FigurePanel(QWidget* parent)
    : QFrame(parent)
    , m_model(new FigureTableModel(this)) {
    setFrameShape(QFrame::StyledPanel);
    m_chooseFile = [](QWidget* p, const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(p, caption, suggested, filter);
    };

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);

    m_tableButton = new QToolButton(this);
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setToolTip(tr("Show the numbers of this chart as a table"));
    m_pngButton = new QToolButton(this);
    m_pngButton->setText(tr("PNG"));
    m_pngButton->setToolTip(tr("Export the chart as a PNG image"));
    m_pngButton->setAccessibleName(tr("Export the chart as a PNG image"));
    m_csvButton = new QToolButton(this);
    m_csvButton->setText(tr("CSV"));
    m_csvButton->setToolTip(tr("Export the numbers as CSV"));
    m_csvButton->setAccessibleName(tr("Export the numbers as CSV"));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_tableButton);
    header->addWidget(m_pngButton);
    header->addWidget(m_csvButton);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(200, 150);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Columns as wide as their titles and numbers: a scroll bar rather than a clipped word.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Double-click a number to open those clients; Ctrl+C copies the selection"));
    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &FigurePanel::copySelection);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { activate(index.row(), m_model->seriesOfColumn(index.column())); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_tableButton, &QToolButton::toggled, this, &FigurePanel::setShowTable);
    connect(m_pngButton, &QToolButton::clicked, this, &FigurePanel::exportPngInteractive);
    connect(m_csvButton, &QToolButton::clicked, this, &FigurePanel::exportCsvInteractive);
}

FigurePanel::~FigurePanel() = default;

const Figure& FigurePanel::figure() const {
    return m_model->figure();
}

void FigurePanel::setFigure(const Figure& figure) {
    m_model->setFigure(figure);
    m_title->setText(figure.title);
    m_chartView->setAccessibleName(figure.title);
    m_table->setAccessibleName(figure.title);
    rebuildChart();
}

bool FigurePanel::showsTable() const {
    return m_stack->currentWidget() == m_table;
}

void FigurePanel::setShowTable(bool table) {
    m_stack->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_chartView);
    if (m_tableButton->isChecked() != table)
        m_tableButton->setChecked(table);
}

void FigurePanel::rebuildChart() {
    QChart* old = m_chartView->chart();
    m_chartView->setChart(buildChart());
    delete old; // setChart hands the previous chart back instead of deleting it
}

QChart* FigurePanel::buildChart() {
    const Figure& fig = figure();
    auto* chart = new QChart;
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
        return chart;
    }

    const bool horizontal = isHorizontal(fig.id);
    QAbstractBarSeries* bars = nullptr;
    if (horizontal)
        bars = new QHorizontalStackedBarSeries;
    else if (fig.seriesKeys.size() > 1)
        bars = new QStackedBarSeries;
    else
        bars = new QBarSeries;
    // One or two bars would otherwise fill the whole chart.
    bars->setBarWidth(std::min(horizontal ? 0.7 : 0.8, 0.2 * double(fig.categoryKeys.size())));
    const int count = int(fig.categoryKeys.size());
    // Horizontal charts list the first category on top, as the table does; the axis counts from below.
    auto categoryOf = [horizontal, count](int index) {
        return horizontal ? count - 1 - index : index;
    };
    for (int s = 0; s < fig.seriesKeys.size(); ++s) {
        auto* set = new QBarSet(legendName(fig.series[s]));
        set->setColor(seriesColour(fig.id, s));
        set->setBorderColor(seriesColour(fig.id, s));
        for (int i = 0; i < count; ++i)
            set->append(double(fig.value(s, categoryOf(i))));
        bars->append(set);
    }
    chart->addSeries(bars);

    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels << fig.categories[categoryOf(i)];
    // Many categories on a horizontal axis: a bar-category axis would shorten every label to "...", so
    // label every few bars on a value axis instead, counted back from the last (the latest month, and
    // "26+" of the PIP histogram, always have a label).
    QAbstractAxis* categories = nullptr;
    QValueAxis* indexAxis = nullptr;
    if (!horizontal && count > 6) {
        auto* sparse = new QCategoryAxis;
        sparse->setRange(-0.5, double(count) - 0.5);
        sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        sparse->setGridLineVisible(false);
        std::vector<int> shown;
        if (fig.id == FigureId::WeeksToPip) {
            // Week 1, every fifth week (the 10-week norm among them) and the last, "26+".
            for (int i = 0; i < count; ++i)
                if (i == 0 || (i + 1) % 5 == 0 || i == count - 1)
                    shown.push_back(i);
            if (shown.size() >= 2 && shown[shown.size() - 1] - shown[shown.size() - 2] < 3)
                shown.erase(shown.end() - 2); // keep "26+" clear of "25"
        } else {
            // Month and quarter names need some 80 pixels each: four of them fit a third of the window.
            const int step = (count + 3) / 4;
            for (int i = count - 1; i >= 0; i -= step)
                shown.insert(shown.begin(), i);
        }
        for (int i : shown)
            sparse->append(labels[i], i);
        categories = sparse;
        indexAxis = sparse;
    } else {
        auto* all = new QBarCategoryAxis;
        all->append(labels);
        categories = all;
    }
    categories->setLabelsFont(small);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsFont(small);
    values->setRange(0, double(std::max<qint64>(largestStack(fig), 4)));
    values->applyNiceNumbers();
    values->setMinorTickCount(0);
    if (fig.id == FigureId::WeeksToPip)
        categories->setTitleText(fig.categoryTitle);
    categories->setTitleFont(small);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);

    connect(bars, &QAbstractBarSeries::hovered, this, [this, bars, categoryOf](bool on, int index, QBarSet* set) {
        showValue(on, categoryOf(index), int(bars->barSets().indexOf(set)));
    });
    connect(bars, &QAbstractBarSeries::clicked, this, [this, bars, categoryOf](int index, QBarSet* set) {
        activate(categoryOf(index), int(bars->barSets().indexOf(set)));
    });

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
        connect(share, &QLineSeries::hovered, this, [this](const QPointF& point, bool on) {
            const int c = int(std::lround(point.x()));
            if (!on || c < 0 || c >= figure().categoryKeys.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2: %3%")
                                   .arg(figure().categories[c], figure().lineName,
                                        QLocale().toString(figure().line[std::size_t(c)], 'f', 1)),
                               m_chartView);
        });
    }
    return chart;
}

QString FigurePanel::describe(int category, int series) const {
    const Figure& fig = figure();
    QString text = fig.title + QLatin1String(": ") + fig.categories.value(category);
    if (series >= 0 && fig.seriesKeys.size() > 1)
        text += QLatin1String(", ") + fig.series.value(series);
    return text;
}

void FigurePanel::showValue(bool hovering, int category, int series) {
    if (!hovering || series < 0) {
        QToolTip::hideText();
        return;
    }
    const Figure& fig = figure();
    QString text = fig.categories.value(category);
    if (fig.seriesKeys.size() > 1)
        text += QLatin1Char('\n') + fig.series.value(series);
    text += QLatin1String(": ") + QLocale().toString(fig.value(series, category));
    QToolTip::showText(QCursor::pos(), text, m_chartView);
}

void FigurePanel::activate(int category, int series) {
    const Figure& fig = figure();
    if (category < 0 || category >= fig.categoryKeys.size())
        return;
    const QString seriesKey = series >= 0 ? fig.seriesKeys.value(series) : QString();
    Q_EMIT cellActivated(fig.categoryKeys[category], seriesKey, describe(category, series));
}

bool FigurePanel::exportPng(const QString& path) {
    // Rendered at a fixed size, whether the chart or the table is on screen, so exports look alike.
    QChartView* view = m_chartView;
    const QSize size = view->isVisible() && view->width() >= 400 ? view->size() : QSize(900, 600);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const QSize before = view->size();
    if (view->size() != size)
        view->resize(size);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    if (view->size() != before)
        view->resize(before);
    ExportFile file(path);
    if (const Status opened = file.open(); !opened.ok()) {
        Q_EMIT exportFailed(opened.message());
        return false;
    }
    if (!image.save(&file.device(), "PNG")) {
        Q_EMIT exportFailed(tr("The chart could not be saved to %1.").arg(path));
        return false;
    }
    if (const Status committed = file.commit(); !committed.ok()) {
        Q_EMIT exportFailed(committed.message());
        return false;
    }
    return true;
}

bool FigurePanel::exportCsv(const QString& path) {
    ExportFile file(path);
    Status written = file.open();
    if (written.ok())
        written = DashboardFigures::writeCsv(figure(), file.device());
    if (written.ok())
        written = file.commit();
    if (!written.ok()) {
        Q_EMIT exportFailed(written.message());
        return false;
    }
    return true;
}

void FigurePanel::exportPngInteractive() {
    const QString path = m_chooseFile(this, tr("Export chart"), defaultFileName(figure(), QStringLiteral("png")),
                                      tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void FigurePanel::exportCsvInteractive() {
    const QString path = m_chooseFile(this, tr("Export numbers"), defaultFileName(figure(), QStringLiteral("csv")),
                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void FigurePanel::copySelection() {
    const QString text = m_model->toTsv(m_table->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace koers
