// Small-cell suppression of the B&W report's tables: primary ("<5") and secondary ("x") hiding, with
// totals per row and column and a grand total.
#include <catch2/catch.hpp>

#include "report/SmallCellSuppression.h"

using namespace koers;

namespace {

using Values = std::vector<std::vector<qint64>>;
constexpr CellMark S = CellMark::Shown;
constexpr CellMark P = CellMark::Small;
constexpr CellMark X = CellMark::Secondary;

} // namespace

TEST_CASE("Counts from 1 to threshold - 1 are hidden, 0 and the threshold itself are not", "[report][suppression]") {
    const SmallCellSuppression sup(5);
    // One series, four categories: 0, 5, 12, 20. Nothing small, nothing hidden.
    const SuppressedTable t = sup.apply(Values{{0, 5, 12, 20}});
    REQUIRE(t.cells[0] == std::vector<CellMark>{S, S, S, S});
    REQUIRE(t.grandTotal == S);
    REQUIRE(sup.text(0, t.cells[0][0]) == QStringLiteral("0"));
    REQUIRE(sup.text(5, t.cells[0][1]) == QStringLiteral("5"));
    REQUIRE(sup.text(4, CellMark::Small) == QStringLiteral("<5"));
    REQUIRE(SmallCellSuppression(10).text(7, CellMark::Small) == QStringLiteral("<10"));
}

TEST_CASE("A 3 in a row whose total is shown takes the next-smallest cell with it", "[report][suppression]") {
    const SmallCellSuppression sup(5);
    // Two series (rows) over three categories: the 3 alone would follow from the row total 3 + 9 + 20.
    const SuppressedTable t = sup.apply(Values{{3, 9, 20}, {10, 11, 12}});
    REQUIRE(t.cells[0][0] == P);
    REQUIRE(t.cells[0][1] == X); // 9 is the next-smallest of the row
    REQUIRE(t.cells[0][2] == S);
    REQUIRE(t.seriesTotals[0] == S); // 32
    // The column of the 3 (3 + 10 = 13) reveals it as well: its next-smallest, the 10, goes too; the
    // column of the 9 likewise loses its 11. Row 2 then has two hidden cells: safe.
    REQUIRE(t.cells[1][0] == X);
    REQUIRE(t.cells[1][1] == X);
    REQUIRE(t.cells[1][2] == S);
    REQUIRE(t.categoryTotals == std::vector<CellMark>{S, S, S});
}

TEST_CASE("Zeros are never chosen to protect a small cell", "[report][suppression]") {
    const SmallCellSuppression sup(5);
    // One series: 0, 2, 0, 7. The 2 would follow from the total 9; the zeros protect nothing, so the 7 goes.
    const SuppressedTable t = sup.apply(Values{{0, 2, 0, 7}});
    REQUIRE(t.cells[0] == std::vector<CellMark>{S, P, S, X});
    REQUIRE(t.grandTotal == S);
}

TEST_CASE("A single small cell beside zeros only: the total goes", "[report][suppression]") {
    const SmallCellSuppression sup(5);
    const SuppressedTable t = sup.apply(Values{{0, 3, 0}});
    REQUIRE(t.cells[0] == std::vector<CellMark>{S, P, S});
    REQUIRE(t.grandTotal == P); // 3 is small itself
    REQUIRE(t.seriesTotals[0] == P);
}

TEST_CASE("Two small cells in a line protect each other", "[report][suppression]") {
    const SmallCellSuppression sup(5);
    const SuppressedTable t = sup.apply(Values{{2, 4, 30}});
    REQUIRE(t.cells[0] == std::vector<CellMark>{P, P, S});
    REQUIRE(t.grandTotal == S);
}

TEST_CASE("Secondary suppression runs until no line reveals a single hidden cell", "[report][suppression]") {
    const SmallCellSuppression sup(5);
    // A small cell in the middle of a 3 x 3 table with every total shown.
    const Values v{{20, 21, 22}, {23, 1, 24}, {25, 26, 27}};
    const SuppressedTable t = sup.apply(v);
    REQUIRE(t.cells[1][1] == P);
    // Every row and column of the grid that holds a hidden cell holds at least two, or its total is hidden.
    auto hidden = [](CellMark m) {
        return m != CellMark::Shown;
    };
    for (std::size_t s = 0; s < 3; ++s) {
        int n = 0;
        for (std::size_t c = 0; c < 3; ++c)
            n += hidden(t.cells[s][c]);
        REQUIRE((n != 1 || hidden(t.seriesTotals[s])));
    }
    for (std::size_t c = 0; c < 3; ++c) {
        int n = 0;
        for (std::size_t s = 0; s < 3; ++s)
            n += hidden(t.cells[s][c]);
        REQUIRE((n != 1 || hidden(t.categoryTotals[c])));
    }
    // The smallest neighbours were chosen: 23 in the row, 21 in the column.
    REQUIRE(t.cells[1][0] == X);
    REQUIRE(t.cells[0][1] == X);
    REQUIRE(t.cells[2][2] == S);
}

TEST_CASE("A small total is hidden too, and the totals line is protected like any other", "[report][suppression]") {
    const SmallCellSuppression sup(5);
    // Category totals 3 (hidden), 10, 20 with the grand total 33 shown: another category total goes.
    const SuppressedTable t = sup.apply(Values{{1, 5, 10}, {2, 5, 10}});
    REQUIRE(t.cells[0][0] == P);
    REQUIRE(t.cells[1][0] == P);
    REQUIRE(t.categoryTotals[0] == P);
    REQUIRE(t.categoryTotals[1] == X); // the next-smallest total, 10
    REQUIRE(t.grandTotal == S);
}

TEST_CASE("Without totals per series only the category totals are protected against", "[report][suppression]") {
    const SmallCellSuppression sup(5);
    // Timeliness: categories intake and PIP, series within and after the norm; published with a total
    // per category only. The 3 within for the PIP takes its neighbour (after) along, and nothing else:
    // the intake's 40 and 28 stay, because no published total adds them to the hidden cells.
    const Values values{{40, 3}, {28, 64}};
    const SuppressedTable t = sup.apply(values, false);
    REQUIRE(t.cells[0] == std::vector<CellMark>{S, P});
    REQUIRE(t.cells[1] == std::vector<CellMark>{S, X});
    REQUIRE(t.categoryTotals == std::vector<CellMark>{S, S});
    // With totals per series the same table loses the intake's cells too.
    const SuppressedTable all = sup.apply(values);
    REQUIRE(all.cells[0][0] == X);
}
