// ImportIssueModel: the rows an analysis refused and the remarks on rows it accepts, with the row number
// and the reason, for the wizard's validation page. Cells of refused rows are not shown here.
#pragma once

#include "import/ImportReport.h"

#include <QAbstractTableModel>

namespace koers {

class ImportIssueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RowColumn, KindColumn, ReasonColumn, ColumnCount };

    explicit ImportIssueModel(QObject* parent = nullptr);
    void setReport(const ImportReport* report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        qint64 row;
        bool refused;
        QString message;
    };
    std::vector<Line> m_lines;
};

} // namespace koers
