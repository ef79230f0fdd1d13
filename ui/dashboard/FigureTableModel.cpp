#include "FigureTableModel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace koers {

FigureTableModel::FigureTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void FigureTableModel::setFigure(const Figure& figure) {
    beginResetModel();
    m_figure = figure;
    endResetModel();
}

int FigureTableModel::lineColumn() const {
    if (!m_figure.hasLine())
        return -1;
    return hasTotal() ? totalColumn() + 1 : int(m_figure.seriesKeys.size()) + 1;
}

int FigureTableModel::measureOfColumn(int column) const {
    const int first = 1 + int(m_figure.seriesKeys.size()) + (hasTotal() ? 1 : 0) + (m_figure.hasLine() ? 1 : 0);
    const int m = column - first;
    return m >= 0 && m < int(m_figure.measures.size()) ? m : -1;
}

int FigureTableModel::seriesOfColumn(int column) const {
    return column >= 1 && column <= m_figure.seriesKeys.size() ? column - 1 : -1;
}

int FigureTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_figure.categoryKeys.size());
}

int FigureTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return 1 + int(m_figure.seriesKeys.size()) + (hasTotal() ? 1 : 0) + (m_figure.hasLine() ? 1 : 0) +
           int(m_figure.measures.size());
}

QVariant FigureTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == 0)
        return m_figure.categories.value(row);
    if (const int s = seriesOfColumn(column); s >= 0)
        return m_figure.value(s, row);
    if (column == totalColumn())
        return m_figure.categoryTotal(row);
    if (column == lineColumn()) {
        const double v = m_figure.line[std::size_t(row)];
        return std::isnan(v) ? QVariant(QString()) : QVariant(QLocale().toString(v, 'f', 1));
    }
    if (const int m = measureOfColumn(column); m >= 0) {
        const FigureMeasure& measure = m_figure.measures[std::size_t(m)];
        const double v = measure.values[std::size_t(row)];
        return std::isnan(v) ? QVariant(QString()) : QVariant(QLocale().toString(v, 'f', measure.decimals));
    }
    return {};
}

namespace {

// Column titles have to share a third of the window: the parenthesis goes ("Z route (self-reliance)" is
// "Z route"; the tooltip keeps the whole name) and two words or more wrap onto two lines.
QString compactTitle(const QString& title) {
    QString t = title;
    if (const qsizetype paren = t.indexOf(QLatin1String(" ("));
        paren > 0 && t.endsWith(QLatin1Char(')')) && !t.endsWith(QLatin1String("(%)")))
        t = t.left(paren);
    if (t.size() <= 10)
        return t;
    qsizetype best = -1;
    for (qsizetype i = 0; i < t.size(); ++i)
        if (t[i] == QLatin1Char(' ') && (best < 0 || qAbs(i - t.size() / 2) < qAbs(best - t.size() / 2)))
            best = i;
    if (best > 0)
        t[best] = QLatin1Char('\n');
    return t;
}

} // namespace

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section > 0)
        return compactTitle(headerData(section, orientation, Qt::ToolTipRole).toString());
    if (section == 0)
        return m_figure.categoryTitle;
    if (const int s = seriesOfColumn(section); s >= 0)
        return m_figure.series.value(s);
    if (section == totalColumn())
        return tr("Total");
    if (section == lineColumn())
        return m_figure.lineName;
    if (const int m = measureOfColumn(section); m >= 0)
        return m_figure.measures[std::size_t(m)].name;
    return {};
}

QString FigureTableModel::toTsv(const QModelIndexList& cells) const {
    std::map<int, std::map<int, QString>> grid;
    for (const QModelIndex& i : cells)
        grid[i.row()][i.column()] = data(i).toString();
    if (grid.empty())
        return {};
    std::vector<int> columns;
    for (const auto& [row, cols] : grid)
        for (const auto& [column, text] : cols)
            if (std::find(columns.begin(), columns.end(), column) == columns.end())
                columns.push_back(column);
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const auto& [row, cols] : grid) {
        QStringList fields;
        for (int c : columns)
            fields << (cols.count(c) ? cols.at(c) : QString());
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace koers
