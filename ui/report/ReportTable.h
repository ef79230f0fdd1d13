// ReportTable: one table of the B&W report as HTML for QTextDocument, with column widths chosen from the text
// itself: every column at least as wide as its longest word, so no word breaks ("Asielstatushou|der",
// "Totaa|l" and "1974|2" when the document shared the width out by itself), and the rest of the width
// shared by what each column needs to keep its lines whole.
#pragma once

#include <QFont>
#include <QString>

#include <vector>

namespace koers {

class ReportTable {
public:
    enum class Align { Left, Right };

    // widthPt: the width of the page's text, in points, that the table fills.
    ReportTable(const QFont& font, double widthPt);

    void startRow();
    // Plain text (escaped here); a header row's cells are bold by themselves.
    void addCell(const QString& text, Align align, bool bold = false, bool header = false);

    // Per column, its share of the table in percent (they add up to 100).
    std::vector<double> columnPercents() const;
    QString html() const;

private:
    struct Cell {
        QString text;
        Align align = Align::Left;
        bool bold = false;
        bool header = false;
    };

    double textWidth(const QString& text, bool bold) const;
    double longestWord(const QString& text, bool bold) const;

    QFont m_font;
    double m_widthPt;
    std::vector<std::vector<Cell>> m_rows;
};

} // namespace koers
