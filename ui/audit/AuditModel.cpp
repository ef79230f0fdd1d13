#include "AuditModel.h"

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
    beginResetModel();
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

QString AuditModel::actionText(const QString& action) const {
    // The stored codes are stable English words; each the program writes gets a translated label.
    static const struct {
        const char* code;
        const char* label;
    } labels[] = {
        {"create", QT_TR_NOOP("added")},
        {"create_file", QT_TR_NOOP("file created")},
        {"update", QT_TR_NOOP("changed")},
        {"delete", QT_TR_NOOP("deleted")},
        {"anonymise", QT_TR_NOOP("anonymised (retention)")},
        {"passwd", QT_TR_NOOP("passphrase changed")},
        {"restore", QT_TR_NOOP("backup restored")},
        {"migrate", QT_TR_NOOP("file format updated")},
        {"settings", QT_TR_NOOP("settings changed")},
        {"import", QT_TR_NOOP("clients imported")},
        {"export", QT_TR_NOOP("caseload exported")},
        {"export-dossier", QT_TR_NOOP("dossier exported (access request)")},
        {"export-report", QT_TR_NOOP("report made")},
        {"sync_export", QT_TR_NOOP("sync package written")},
        {"sync_import", QT_TR_NOOP("sync package imported")},
        {"sync_restore", QT_TR_NOOP("conflict: other version restored")},
        {"sync_dismiss", QT_TR_NOOP("conflict dismissed")},
    };
    for (const auto& l : labels)
        if (action == QLatin1String(l.code))
            return tr(l.label);
    return action;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditRow& r = entry(index.row());
    if (role == Qt::ToolTipRole && index.column() == Action)
        return r.action;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Time:
        return QLocale().toString(r.at.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    case User:
        return r.actor;
    case Device:
        return r.device.left(8); // enough to tell devices apart
    case Action:
        return actionText(r.action);
    case Client:
        return r.clientName.isEmpty() && !r.clientId.isEmpty() ? tr("(unknown client)") : r.clientName;
    case Record:
        return r.table;
    case Detail:
        return r.detail;
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
