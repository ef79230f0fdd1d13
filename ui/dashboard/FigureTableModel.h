// FigureTableModel: the numbers of one dashboard figure as a table (one row per category, one column per
// series, a total, and the share line and measures where the figure has them), so every chart can be read by a
// screen reader, sorted and copied.
#pragma once

#include "report/Figure.h"

#include <QAbstractTableModel>

namespace koers {

class FigureTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit FigureTableModel(QObject* parent = nullptr);

    void setFigure(const Figure& figure);
    const Figure& figure() const { return m_figure; }

    // Which figure cell a table cell shows: series -1 for the category, the total and the line columns.
    int categoryOfRow(int row) const { return row; }
    int seriesOfColumn(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The selected cells as tab-separated text with the column titles, for the clipboard.
    QString toTsv(const QModelIndexList& cells) const;

private:
    bool hasTotal() const { return m_figure.seriesKeys.size() > 1; }
    int totalColumn() const { return hasTotal() ? int(m_figure.seriesKeys.size()) + 1 : -1; }
    int lineColumn() const;
    // The measure a column shows (the share of a cohort), -1 for other columns.
    int measureOfColumn(int column) const;

    Figure m_figure;
};

} // namespace koers
