#include "SmallCellSuppression.h"

#include <algorithm>

namespace koers {

namespace {

// The table with its totals as one grid: row s < S is a series, row S the category totals; column
// c < C a category, column C the series totals. Every row and every column of the grid is a line whose
// last cell is the total of the others, which is what a reader can subtract with.
struct Grid {
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<qint64> value;
    std::vector<CellMark> mark;

    qint64& v(std::size_t r, std::size_t c) { return value[r * cols + c]; }
    CellMark& m(std::size_t r, std::size_t c) { return mark[r * cols + c]; }
};

// One line: the cells `members` and their total `total`, as indices into the grid. Returns true when
// it hid another cell.
bool protect(Grid& g, const std::vector<std::size_t>& members, std::size_t total) {
    if (g.mark[total] != CellMark::Shown)
        return false;
    int hidden = 0;
    for (std::size_t i : members)
        hidden += g.mark[i] != CellMark::Shown ? 1 : 0;
    if (hidden != 1)
        return false; // none hidden, or two or more: the total gives only their sum
    // The next-smallest shown cell; zeros protect nothing (a reader sees they are zero).
    std::size_t best = total;
    for (std::size_t i : members)
        if (g.mark[i] == CellMark::Shown && g.value[i] > 0 && (best == total || g.value[i] < g.value[best]))
            best = i;
    g.mark[best] = CellMark::Secondary; // no candidate: hide the total itself
    return true;
}

} // namespace

bool SuppressedTable::anyHiddenIn(int category) const {
    for (const auto& series : cells)
        if (series[std::size_t(category)] != CellMark::Shown)
            return true;
    return categoryTotals[std::size_t(category)] != CellMark::Shown;
}

SmallCellSuppression::SmallCellSuppression(int threshold)
    : m_threshold(std::max(1, threshold)) {
}

SuppressedTable SmallCellSuppression::apply(const std::vector<std::vector<qint64>>& values,
                                            bool seriesTotalsShown) const {
    const std::size_t seriesCount = values.size();
    const std::size_t categoryCount = seriesCount ? values[0].size() : 0;
    Grid g;
    g.rows = seriesCount + 1;
    g.cols = categoryCount + 1;
    g.value.assign(g.rows * g.cols, 0);
    for (std::size_t s = 0; s < seriesCount; ++s)
        for (std::size_t c = 0; c < categoryCount; ++c) {
            const qint64 v = values[s][c];
            g.v(s, c) = v;
            g.v(s, categoryCount) += v;
            g.v(seriesCount, c) += v;
            g.v(seriesCount, categoryCount) += v;
        }
    // Primary: every small count, totals included.
    g.mark.resize(g.value.size());
    for (std::size_t i = 0; i < g.value.size(); ++i)
        g.mark[i] = g.value[i] > 0 && g.value[i] < m_threshold ? CellMark::Small : CellMark::Shown;

    // Secondary: until no line reveals a single hidden cell. Each pass hides at least one more cell of a
    // finite grid, so this ends.
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t r = 0; seriesTotalsShown && r < g.rows; ++r) {
            std::vector<std::size_t> members;
            for (std::size_t c = 0; c < categoryCount; ++c)
                members.push_back(r * g.cols + c);
            changed |= protect(g, members, r * g.cols + categoryCount);
        }
        const std::size_t lastColumn = seriesTotalsShown ? g.cols : categoryCount;
        for (std::size_t c = 0; c < lastColumn; ++c) {
            std::vector<std::size_t> members;
            for (std::size_t r = 0; r < seriesCount; ++r)
                members.push_back(r * g.cols + c);
            changed |= protect(g, members, seriesCount * g.cols + c);
        }
    }

    SuppressedTable t;
    t.cells.assign(seriesCount, std::vector<CellMark>(categoryCount, CellMark::Shown));
    for (std::size_t s = 0; s < seriesCount; ++s)
        for (std::size_t c = 0; c < categoryCount; ++c)
            t.cells[s][c] = g.m(s, c);
    for (std::size_t c = 0; c < categoryCount; ++c)
        t.categoryTotals.push_back(g.m(seriesCount, c));
    for (std::size_t s = 0; s < seriesCount; ++s)
        t.seriesTotals.push_back(g.m(s, categoryCount));
    t.grandTotal = g.m(seriesCount, categoryCount);
    return t;
}

QString SmallCellSuppression::smallText() const {
    return QStringLiteral("<%1").arg(m_threshold);
}

QString SmallCellSuppression::text(qint64 value, CellMark mark) const {
    switch (mark) {
    case CellMark::Small:
        return smallText();
    case CellMark::Secondary:
        return secondaryText();
    case CellMark::Shown:
        break;
    }
    return QString::number(value);
}

} // namespace koers
