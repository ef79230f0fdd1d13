#include "CaseloadFilterProxy.h"

#include <QCollator>

namespace koers {

CaseloadFilterProxy::CaseloadFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void CaseloadFilterProxy::setSourceModel(QAbstractItemModel* model) {
    m_model = qobject_cast<CaseloadModel*>(model);
    Q_ASSERT(m_model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CaseloadFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void CaseloadFilterProxy::setCoachId(const QString& coachId) {
    m_coachId = coachId;
    invalidateRowsFilter();
}

void CaseloadFilterProxy::setMunicipalityId(const QString& municipalityId) {
    m_municipalityId = municipalityId;
    invalidateRowsFilter();
}

void CaseloadFilterProxy::setRoute(std::optional<Route> route) {
    m_route = route;
    invalidateRowsFilter();
}

void CaseloadFilterProxy::setStatus(std::optional<ClientStatus> status) {
    m_status = status;
    invalidateRowsFilter();
}

void CaseloadFilterProxy::setDueFilter(DueFilter filter) {
    m_due = filter;
    invalidateRowsFilter();
}

void CaseloadFilterProxy::setClientIds(const QStringList& ids) {
    m_clientIds = QSet<QString>(ids.begin(), ids.end());
    invalidateRowsFilter();
}

bool CaseloadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const CaseloadModel::Row& row = m_model->row(sourceRow);
    const CaseloadRow& r = row.data;
    if (!m_coachId.isEmpty() && r.coachId != m_coachId)
        return false;
    if (!m_municipalityId.isEmpty() && r.municipalityId != m_municipalityId)
        return false;
    if (m_route && r.route != *m_route)
        return false;
    if (m_status && r.status != *m_status)
        return false;
    switch (m_due) {
    case DueFilter::All:
        break;
    case DueFilter::Late:
        if (row.dueState != DueState::Late)
            return false;
        break;
    case DueFilter::DueWithinWindow:
        if (row.dueState != DueState::DueSoon)
            return false;
        break;
    case DueFilter::LateOrDueWithinWindow:
        if (row.dueState != DueState::Late && row.dueState != DueState::DueSoon)
            return false;
        break;
    }
    if (!m_clientIds.isEmpty() && !m_clientIds.contains(r.clientId))
        return false;
    for (const QString& w : m_words)
        if (!row.searchKey.contains(w))
            return false;
    return true;
}

bool CaseloadFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const CaseloadRow& a = m_model->row(left.row()).data;
    const CaseloadRow& b = m_model->row(right.row()).data;
    static const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    auto text = [](const QString& x, const QString& y) {
        return collator.compare(x, y) < 0;
    };
    switch (left.column()) {
    case CaseloadModel::Name:
        if (const int c = collator.compare(a.lastName, b.lastName); c != 0)
            return c < 0;
        return text(a.firstNames, b.firstNames);
    case CaseloadModel::Bsn:
        return a.bsn < b.bsn;
    case CaseloadModel::Municipality:
        return text(a.municipality, b.municipality);
    case CaseloadModel::Route:
        return a.route < b.route;
    case CaseloadModel::Status:
        return a.status < b.status;
    case CaseloadModel::NextMilestone:
        return a.nextMilestone < b.nextMilestone;
    case CaseloadModel::Due:
        // Rows without a date go last.
        if (a.nextDue.isValid() != b.nextDue.isValid())
            return a.nextDue.isValid();
        return a.nextDue < b.nextDue;
    case CaseloadModel::Coach:
        return text(a.coach, b.coach);
    default:
        return false;
    }
}

} // namespace koers
