#include "AuditModel.h"

#include "report/AuditText.h"
#include "report/RecordText.h"
#include "storage/DeviceNames.h"

#include <QLocale>

namespace koers {

AuditModel::AuditModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
}

Status AuditModel::setFilter(const AuditFilter& filter) {
    auto rows = AuditQuery(m_store).rows(filter);
    if (!rows.ok())
        return rows.error();
    auto names = DeviceNames(m_store).all();
    if (!names.ok())
        return names.error();
    beginResetModel();
    m_deviceNames = std::move(names.value());
    m_filter = filter;
    m_rows = std::move(rows.value());
    endResetModel();
    return {};
}

int AuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditRow& r = entry(index.row());
    // The stored words behind the shown ones, for whoever must look further.
    if (role == Qt::ToolTipRole && index.column() == Action)
        return r.action;
    if (role == Qt::ToolTipRole && index.column() == Device)
        return r.device;
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return r.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Time:
        return QLocale().toString(r.at.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    case User:
        return r.actor;
    case Device:
        return DeviceNames::display(m_deviceNames, r.device);
    case Action:
        return audittext::actionLabel(r.action);
    case Client:
        return r.clientName.isEmpty() && !r.clientId.isEmpty() ? tr("(unknown client)") : r.clientName;
    case Record:
        return r.table.isEmpty() ? QString() : recordtext::tableLabel(r.table);
    case Detail:
        return audittext::detailText(r, m_deviceNames);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Device:
        return tr("Device");
    case Action:
        return tr("Action");
    case Client:
        return tr("Client");
    case Record:
        return tr("Record");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags AuditModel::flags(const QModelIndex& index) const {
    // Read-only: the log is append-only, and nothing here edits it.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace koers
