// FigurePanel: one dashboard figure as a chart (built by FigureChart; hover shows the number, a click opens the
// clients behind it) or as a table of the same numbers, with export of the chart as PNG and of the numbers as CSV.
// The file dialog is a seam, so tests can export without a modal dialog.
#pragma once

#include "report/Figure.h"

#include <QFrame>

class QChart;
class QHBoxLayout;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace koers {

class Prompts;

class FigureTableModel;

class FigurePanel final : public QFrame {
    Q_OBJECT

public:
    explicit FigurePanel(QWidget* parent = nullptr);
    ~FigurePanel() override;

    void setFigure(const Figure& figure);
    const Figure& figure() const;
    // Where the PNG and CSV buttons ask for a file name; without it (a panel that only draws) they do nothing.
    void setPrompts(Prompts* prompts) { m_prompts = prompts; }

    // Puts `chooser` in the title's place (the cohort panel picks one figure of its family there).
    void setTitleChooser(QWidget* chooser);

    bool showsTable() const;
    void setShowTable(bool table);

    bool exportPng(const QString& path);
    bool exportCsv(const QString& path);

    QChartView* chartView() const { return m_chartView; }
    QTableView* tableView() const { return m_table; }
    FigureTableModel* tableModel() const { return m_model; }
    QToolButton* tableButton() const { return m_tableButton; }
    QToolButton* pngButton() const { return m_pngButton; }
    QToolButton* csvButton() const { return m_csvButton; }

    // What a click on a cell means, in words, for the caseload's title.
    QString describe(int category, int series) const;

Q_SIGNALS:
    // A bar, a table cell (double-click or Enter): the clients behind that number. An empty seriesKey
    // means all series of the category.
    void cellActivated(const QString& categoryKey, const QString& seriesKey, const QString& description);
    void exportFailed(const QString& message);

private:
    void rebuildChart();
    void showValue(bool hovering, int category, int series);
    void activate(int category, int series);
    void exportPngInteractive();
    void exportCsvInteractive();
    void copySelection();

    QLabel* m_title = nullptr;
    QHBoxLayout* m_header = nullptr;
    QToolButton* m_tableButton = nullptr;
    QToolButton* m_pngButton = nullptr;
    QToolButton* m_csvButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_chartView = nullptr;
    QTableView* m_table = nullptr;
    FigureTableModel* m_model = nullptr;
    Prompts* m_prompts = nullptr;
};

} // namespace koers
