// Search and filters of the caseload. Reads the model's rows directly (no QVariant per cell), so a
// keystroke over 100,000 clients stays well under the 30 ms target.
#pragma once

#include "CaseloadModel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace koers {

class CaseloadFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class DueFilter { All, Late, DueWithinWindow, LateOrDueWithinWindow };

    explicit CaseloadFilterProxy(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Every word must occur in the name, BSN or V-number; case and diacritics are ignored
    // (CaseloadModel::foldForSearch), and words may be separated by commas as in the list's "Surname, First names".
    void setSearchText(const QString& text);
    void setCoachId(const QString& coachId); // empty = all
    void setMunicipalityId(const QString& municipalityId);
    void setRoute(std::optional<Route> route);
    void setStatus(std::optional<ClientStatus> status);
    void setDueFilter(DueFilter filter);
    // Restricts the rows to these clients (a chart's drill-down); empty = no restriction.
    void setClientIds(const QStringList& ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    CaseloadModel* m_model = nullptr;
    QStringList m_words;
    QString m_coachId;
    QString m_municipalityId;
    std::optional<Route> m_route;
    std::optional<ClientStatus> m_status;
    DueFilter m_due = DueFilter::All;
    QSet<QString> m_clientIds;
};

} // namespace koers
