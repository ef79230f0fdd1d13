#include "CaseloadModel.h"

#include "queries/MilestoneDigest.h"

#include "domain/Milestone.h"
#include "rules/Bsn.h"
#include "services/NameOrder.h"

#include <QApplication>
#include <QCollator>
#include <QHash>

#include <QColor>
#include <QIcon>
#include <QStyle>
#include <functional>
#include <numeric>

namespace koers {

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void CaseloadModel::setRowsDuePending(std::vector<CaseloadRow> rows, QDate today, int dueSoonDays) {
    setRows(std::move(rows), today, dueSoonDays);
    m_duePending = true;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, NextMilestone), index(rowCount() - 1, Due));
}

void CaseloadModel::setNextDue(const MilestoneDigest& digest) {
    relayout([&] {
        for (Row& row : m_rows) {
            CaseloadQuery::fillNextDue(row.data, digest);
            row.dueState = row.data.nextMilestone ? dueState(row.data.nextDue, m_today, m_dueSoonDays) : Row().dueState;
        }
        m_duePending = false;
        if (m_sortColumn == NextMilestone || m_sortColumn == Due)
            sortRows();
    });
}

void CaseloadModel::setRows(std::vector<CaseloadRow> rows, QDate today, int dueSoonDays) {
    beginResetModel();
    m_duePending = false;
    m_today = today;
    m_dueSoonDays = dueSoonDays;
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (auto& r : rows) {
        Row row;
        if (r.nextMilestone)
            row.dueState = dueState(r.nextDue, today, dueSoonDays);
        row.searchKey = foldForSearch(r.firstNames + QLatin1Char(' ') + r.lastName + QLatin1Char(' ') + r.bsn +
                                      QLatin1Char(' ') + r.vNumber);
        row.data = std::move(r);
        m_rows.push_back(std::move(row));
    }
    assignRanks();
    // The query's order is SQLite's (Ç after Z); the rows come in the order the view shows, from the first load on.
    sortRows();
    endResetModel();
}

void CaseloadModel::assignRanks() {
    // As the coach and municipality lists are sorted: Çelik beside Celik, not after Zwart.
    const QCollator collator = nameCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(m_rows.size());
    for (const Row& row : m_rows)
        keys.push_back(collator.sortKey(row.data.lastName + QLatin1Char('\t') + row.data.firstNames));
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) {
        return keys[static_cast<size_t>(a)].compare(keys[static_cast<size_t>(b)]) < 0;
    });
    for (size_t rank = 0; rank < order.size(); ++rank)
        m_rows[static_cast<size_t>(order[rank])].nameRank = static_cast<int>(rank);

    // Few distinct municipalities and coaches: rank the distinct names.
    auto rankBy = [&collator, this](auto member, auto target) {
        QStringList names;
        for (const Row& row : m_rows)
            names << row.data.*member;
        names.removeDuplicates();
        std::sort(names.begin(), names.end(),
                  [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        QHash<QString, int> rank;
        for (int i = 0; i < names.size(); ++i)
            rank.insert(names[i], i);
        for (Row& row : m_rows)
            row.*target = rank.value(row.data.*member);
    };
    rankBy(&CaseloadRow::municipality, &Row::municipalityRank);
    rankBy(&CaseloadRow::coach, &Row::coachRank);
}

QString CaseloadModel::foldForSearch(const QString& text) {
    // "omer" finds Ömer and "celik" finds Çelik: compare without case and without diacritics. Letters that are no
    // letter plus a mark (Turkish dotless ı, Polish ł, Danish ø, German ß, ...) are typed as their plain Latin
    // letters on a Dutch keyboard: "aydin" finds Aydın, "lodz" finds Łódź.
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x0131: // ı
            out.append(QLatin1Char('i'));
            break;
        case 0x0142: // ł
            out.append(QLatin1Char('l'));
            break;
        case 0x00f8: // ø
            out.append(QLatin1Char('o'));
            break;
        case 0x0111: // đ
        case 0x00f0: // ð
            out.append(QLatin1Char('d'));
            break;
        case 0x00df: // ß
            out.append(QLatin1String("ss"));
            break;
        case 0x00e6: // æ
            out.append(QLatin1String("ae"));
            break;
        case 0x0153: // œ
            out.append(QLatin1String("oe"));
            break;
        case 0x00fe: // þ
            out.append(QLatin1String("th"));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

void CaseloadModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    endResetModel();
}

void CaseloadModel::setShowFullBsn(bool show) {
    if (show == m_showFullBsn)
        return;
    m_showFullBsn = show;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Bsn), index(rowCount() - 1, Bsn));
}

int CaseloadModel::indexOfClient(const QString& clientId) const {
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].data.clientId == clientId)
            return static_cast<int>(i);
    return -1;
}

int CaseloadModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const CaseloadRow& r = row.data;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.lastName.isEmpty() ? r.firstNames : r.lastName + QStringLiteral(", ") + r.firstNames;
        case Bsn:
            return m_showFullBsn ? r.bsn : maskBsn(r.bsn);
        case Municipality:
            return r.municipality;
        case Route:
            return label(r.route);
        case Status:
            return label(r.status);
        case NextMilestone:
            if (m_duePending)
                return tr("Reading...");
            return r.nextMilestone ? label(*r.nextMilestone) : QString();
        case Due:
            if (m_duePending)
                return QStringLiteral("…");
            if (!r.nextDue.isValid())
                return QString();
            // Late and due soon are said in words too, not by colour alone.
            if (row.dueState == DueState::Late || row.dueState == DueState::DueSoon)
                return QStringLiteral("%1 (%2)").arg(QLocale().toString(r.nextDue, QLocale::ShortFormat),
                                                     dueStateLabel(row.dueState).toLower());
            return QLocale().toString(r.nextDue, QLocale::ShortFormat);
        case Coach:
            return r.coach;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Due) {
            if (row.dueState == DueState::Late)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            if (row.dueState == DueState::DueSoon)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Due && row.dueState == DueState::Late)
            return QColor(0xb0, 0x00, 0x20);
        if (index.column() == Due && row.dueState == DueState::DueSoon)
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (index.column() == Due || index.column() == NextMilestone)
            return dueStateLabel(row.dueState);
        return {};
    case ClientIdRole:
        return r.clientId;
    case DueStateRole:
        return static_cast<int>(row.dueState);
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Bsn:
        return tr("BSN");
    case Municipality:
        return tr("Municipality");
    case Route:
        return tr("Route");
    case Status:
        return tr("Status");
    case NextMilestone:
        return tr("Next milestone");
    case Due:
        return tr("Due");
    case Coach:
        return tr("Coach");
    default:
        return {};
    }
}

} // namespace koers

namespace koers {

bool CaseloadModel::lessThan(const Row& ra, const Row& rb, int column) {
    const CaseloadRow& a = ra.data;
    const CaseloadRow& b = rb.data;
    switch (column) {
    case Name:
        return ra.nameRank < rb.nameRank;
    case Bsn:
        return a.bsn < b.bsn;
    case Municipality:
        return ra.municipalityRank < rb.municipalityRank;
    case Route:
        return a.route < b.route;
    case Status:
        return a.status < b.status;
    case NextMilestone:
        return a.nextMilestone < b.nextMilestone;
    case Due:
        // Rows without a date go last.
        if (a.nextDue.isValid() != b.nextDue.isValid())
            return a.nextDue.isValid();
        return a.nextDue < b.nextDue;
    case Coach:
        return ra.coachRank < rb.coachRank;
    default:
        return ra.nameRank < rb.nameRank;
    }
}

void CaseloadModel::sortRows() {
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [column, order](const Row& a, const Row& b) {
        return order == Qt::AscendingOrder ? lessThan(a, b, column) : lessThan(b, a, column);
    });
}

void CaseloadModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout([this] { sortRows(); });
}

void CaseloadModel::relayout(const std::function<void()>& change) {
    // One layout change keeps the selection (persistent indexes follow their clients), and the filter proxy
    // maps all rows again in one pass.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& i : before)
        ids << m_rows[static_cast<size_t>(i.row())].data.clientId;
    change();
    QHash<QString, int> rowOf;
    rowOf.reserve(static_cast<qsizetype>(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        rowOf.insert(m_rows[i].data.clientId, static_cast<int>(i));
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf.value(ids[i]), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace koers
