// PreviewModel: the first rows of the chosen file as the current dialect reads them, for the wizard's
// dialect and mapping pages. Column headers are the file's header row (or "Column N").
#pragma once

#include "import/ImportPreview.h"

#include <QAbstractTableModel>

namespace koers {

class PreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit PreviewModel(QObject* parent = nullptr);

    void setPreview(ImportPreview preview);
    void clear();
    const ImportPreview& preview() const { return m_preview; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPreview m_preview;
};

} // namespace koers
