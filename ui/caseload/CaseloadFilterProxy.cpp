#include "CaseloadFilterProxy.h"

#include <QRegularExpression>

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
    // A comma separates words too: the list shows "Kaya, Ömer", and that is what gets typed (or pasted) back.
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList words = CaseloadModel::foldForSearch(text).split(separators, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void CaseloadFilterProxy::setCoachId(const QString& coachId) {
    m_coachId = coachId;
    refilter();
}

void CaseloadFilterProxy::setMunicipalityId(const QString& municipalityId) {
    m_municipalityId = municipalityId;
    refilter();
}

void CaseloadFilterProxy::setRoute(std::optional<Route> route) {
    m_route = route;
    refilter();
}

void CaseloadFilterProxy::setStatus(std::optional<ClientStatus> status) {
    m_status = status;
    refilter();
}

void CaseloadFilterProxy::setDueFilter(DueFilter filter) {
    m_due = filter;
    refilter();
}

void CaseloadFilterProxy::setClientIds(const QStringList& ids) {
    m_clientIds = QSet<QString>(ids.begin(), ids.end());
    refilter();
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

void CaseloadFilterProxy::refilter() {
    // invalidate() rebuilds the mapping in one pass and signals one layout change. The incremental
    // invalidateRowsFilter() emits an insert or remove per contiguous range, which is quadratic when a
    // search matches rows scattered over 100,000 (seconds per keystroke).
    invalidate();
}

void CaseloadFilterProxy::sort(int column, Qt::SortOrder order) {
    // The source model sorts; the proxy stays unsorted and keeps the source order while filtering.
    m_model->sort(column, order);
}

} // namespace koers
