#include "PreviewModel.h"

namespace koers {

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void PreviewModel::setPreview(ImportPreview preview) {
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

void PreviewModel::clear() {
    setPreview({});
}

int PreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_preview.rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_preview.columnCount);
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const QStringList& row = m_preview.rows[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        // One line per cell in the preview; the full text is in the tooltip.
        QString text = row.value(index.column());
        return text.replace(QLatin1Char('\r'), QString()).replace(QLatin1Char('\n'), QChar(0x21B5));
    }
    if (role == Qt::ToolTipRole)
        return row.value(index.column());
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + (m_preview.header.isEmpty() ? 1 : 2); // spreadsheet row numbers
    if (section < m_preview.header.size())
        return m_preview.header[section];
    return tr("Column %1").arg(section + 1);
}

} // namespace koers
