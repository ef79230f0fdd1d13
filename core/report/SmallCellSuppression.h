// SmallCellSuppression: which numbers of a table may be published in an anonymous report. Counts from 1
// to threshold - 1 are hidden ("<5"); where a shown row or column total would let a reader compute a
// hidden cell back, the next-smallest cell of that line is hidden too (secondary suppression).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace koers {

enum class CellMark {
    Shown,
    Small,     // 1 .. threshold - 1: shown as "<5"
    Secondary, // hidden so a total does not reveal a small cell: shown as "x"
};

// The marks of a table values[series][category] with its totals: per category over the series, per
// series over the categories, and the grand total.
struct SuppressedTable {
    std::vector<std::vector<CellMark>> cells; // [series][category], as Figure::values
    std::vector<CellMark> categoryTotals;
    std::vector<CellMark> seriesTotals;
    CellMark grandTotal = CellMark::Shown;

    bool anyHiddenIn(int category) const;
};

class SmallCellSuppression {
    Q_DECLARE_TR_FUNCTIONS(SmallCellSuppression)

public:
    explicit SmallCellSuppression(int threshold = defaultThreshold);

    int threshold() const { return m_threshold; }
    // `seriesTotalsShown` false: the table is published without totals per series (and without a grand
    // total), so only the totals per category can give a hidden cell away.
    SuppressedTable apply(const std::vector<std::vector<qint64>>& values, bool seriesTotalsShown = true) const;

    // "<5", "x" or the number itself.
    QString text(qint64 value, CellMark mark) const;
    QString smallText() const;
    static QString secondaryText() { return QStringLiteral("x"); }

    static constexpr int defaultThreshold = 5;

private:
    int m_threshold;
};

} // namespace koers
