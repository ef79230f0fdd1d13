// The audit log as a read-only table for the team lead (AuditQuery underneath); a new filter reloads it.
#pragma once

#include "queries/AuditQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace koers {

class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, Device, Action, Client, Record, Detail, ColumnCount };

    explicit AuditModel(Store& store, QObject* parent = nullptr);

    Status setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    const AuditRow& entry(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const QHash<QString, QString>& deviceNames() const { return m_deviceNames; }
    const std::vector<AuditRow>& rows() const { return m_rows; }

private:
    Store& m_store;
    AuditFilter m_filter;
    std::vector<AuditRow> m_rows;
    QHash<QString, QString> m_deviceNames; // id to name
};

} // namespace koers
