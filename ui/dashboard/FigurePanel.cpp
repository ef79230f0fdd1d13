#include "FigurePanel.h"

#include "FigureChart.h"
#include "FigureTableModel.h"
#include "prompts/Prompts.h"
#include "report/DashboardFigures.h"
#include "report/FigureTable.h"
#include "storage/ExportFile.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCursor>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace koers {

namespace {

QString defaultFileName(const Figure& fig, const QString& suffix) {
    return fig.code + QLatin1Char('.') + suffix;
}

} // namespace

FigurePanel::FigurePanel(QWidget* parent)
    : QFrame(parent)
    , m_model(new FigureTableModel(this)) {
    setFrameShape(QFrame::StyledPanel);

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
    m_header = header;
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
    // A bar per name needs a line of text per name: the chart grows with the coaches, and the dashboard
    // scrolls rather than squeeze the names (Qt Charts then cuts them to "...").
    int minimumHeight = 150;
    if (FigureTable::of(figure.id).chart == FigureChartKind::HorizontalBars) {
        const int line = QFontMetrics(m_chartView->font()).height() + 4;
        minimumHeight = std::max(minimumHeight, int(figure.categoryKeys.size()) * line + 90);
    }
    m_chartView->setMinimumHeight(minimumHeight);
    rebuildChart();
}

void FigurePanel::setTitleChooser(QWidget* chooser) {
    m_title->hide();
    m_header->insertWidget(0, chooser, 1);
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
    FigureChart built(figure());
    if (QAbstractBarSeries* bars = built.bars()) {
        // The chart lists categories in its own order (horizontal ones first on top): map back.
        const bool horizontal = built.horizontal();
        const int count = int(figure().categoryKeys.size());
        auto categoryOf = [horizontal, count](int index) {
            return FigureChart::categoryOf(horizontal, count, index);
        };
        connect(bars, &QAbstractBarSeries::hovered, this, [this, bars, categoryOf](bool on, int index, QBarSet* set) {
            showValue(on, categoryOf(index), int(bars->barSets().indexOf(set)));
        });
        connect(bars, &QAbstractBarSeries::clicked, this, [this, bars, categoryOf](int index, QBarSet* set) {
            activate(categoryOf(index), int(bars->barSets().indexOf(set)));
        });
    }
    if (QLineSeries* share = built.shareLine()) {
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
    QChart* old = m_chartView->chart();
    m_chartView->setChart(built.take());
    delete old; // setChart hands the previous chart back instead of deleting it
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
    if (!m_prompts)
        return;
    const QString path = m_prompts->saveFileName(
        this, tr("Export chart"), defaultFileName(figure(), QStringLiteral("png")), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void FigurePanel::exportCsvInteractive() {
    if (!m_prompts)
        return;
    const QString path = m_prompts->saveFileName(
        this, tr("Export numbers"), defaultFileName(figure(), QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void FigurePanel::copySelection() {
    const QString text = m_model->toTsv(m_table->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace koers
