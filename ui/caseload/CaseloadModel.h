// The caseload (werkvoorraad) as a table model: one row per live client with the next milestone and
// whether it is late or due soon. Loaded in one query; the proxy filters and sorts on the rows directly.
#pragma once

#include "queries/CaseloadQuery.h"
#include "rules/DueState.h"

#include <QAbstractTableModel>
#include <QDate>

#include <functional>

namespace koers {

class MilestoneDigest;

class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Bsn, Municipality, Route, Status, NextMilestone, Due, Coach, ColumnCount };
    enum Role { ClientIdRole = Qt::UserRole + 1, DueStateRole };

    struct Row {
        CaseloadRow data;
        DueState dueState = DueState::NoDate;
        QString searchKey; // lower-case name, BSN and V-number, built once
        // Positions in locale-aware order (Ömer next to Omar, not after Zainab), computed once per load so
        // sorting 100,000 rows compares integers instead of collating strings.
        int nameRank = 0;
        int municipalityRank = 0;
        int coachRank = 0;
    };

    explicit CaseloadModel(QObject* parent = nullptr);

    // Replaces the rows; `today` decides late and due soon.
    void setRows(std::vector<CaseloadRow> rows, QDate today, int dueSoonDays);
    // The rows of a large caseload before their next milestones are read: those two columns say so until
    // setNextDue fills them in.
    void setRowsDuePending(std::vector<CaseloadRow> rows, QDate today, int dueSoonDays);
    void setNextDue(const MilestoneDigest& digest);
    bool duePending() const { return m_duePending; }
    void clear();
    void setShowFullBsn(bool show);

    const Row& row(int index) const { return m_rows[static_cast<size_t>(index)]; }
    int indexOfClient(const QString& clientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorting lives here, not in the proxy: the proxy then keeps this order while filtering, and a
    // keystroke does not re-sort 100,000 rows. The order is kept for the next setRows (by name until then).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool lessThan(const Row& a, const Row& b, int column);
    // Runs `change` on the rows inside one layout change.
    void relayout(const std::function<void()>& change);

    static QString foldForSearch(const QString& text);

private:
    void assignRanks();
    void sortRows();

    std::vector<Row> m_rows;
    bool m_showFullBsn = false;
    bool m_duePending = false;
    QDate m_today;
    int m_dueSoonDays = 0;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace koers
