#include "ImportIssueModel.h"

#include <QBrush>
#include <QColor>

namespace koers {

ImportIssueModel::ImportIssueModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void ImportIssueModel::setReport(const ImportReport* report) {
    beginResetModel();
    m_lines.clear();
    if (report) {
        for (const auto& i : report->rejected)
            m_lines.push_back({i.row, true, i.message});
        for (const auto& i : report->warnings)
            m_lines.push_back({i.row, false, i.message});
        std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) { return a.row < b.row; });
    }
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Line& line = m_lines[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RowColumn:
            return line.row;
        case KindColumn:
            return line.refused ? tr("Refused") : tr("Warning");
        case ReasonColumn:
            return line.message;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == KindColumn && line.refused)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case KindColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace koers
