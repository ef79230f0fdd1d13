#include "ReportTable.h"

#include <QFontMetricsF>
#include <QImage>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace koers {

namespace {

// Room a cell needs beside its text: the padding on both sides and a border, in points (cellpadding 4 is
// device pixels, about 1 point at 300 dpi and 3 on a screen: the larger is taken), and a little slack.
constexpr double cellExtraPt = 2 * 3.0 + 1.5 + 2.0;

// The report is printed at 300 dots per inch; text is measured on a device of that resolution (hinting makes
// it a little wider than at 72) and converted to points.
constexpr double printDpi = 300.0;
const QImage& printDevice() {
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(printDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return device;
}

} // namespace

ReportTable::ReportTable(const QFont& font, double widthPt)
    : m_font(font)
    , m_widthPt(widthPt) {
}

void ReportTable::startRow() {
    m_rows.emplace_back();
}

void ReportTable::addCell(const QString& text, Align align, bool bold, bool header) {
    if (m_rows.empty())
        startRow();
    m_rows.back().push_back({text, align, bold || header, header});
}

double ReportTable::textWidth(const QString& text, bool bold) const {
    QFont font = m_font;
    font.setBold(bold);
    return QFontMetricsF(font, &printDevice()).horizontalAdvance(text) * 72.0 / printDpi;
}

double ReportTable::longestWord(const QString& text, bool bold) const {
    double widest = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, textWidth(word, bold));
    return widest;
}

std::vector<double> ReportTable::columnPercents() const {
    std::size_t columns = 0;
    for (const auto& row : m_rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return {};
    std::vector<double> least(columns, 0);
    std::vector<double> whole(columns, 0);
    for (const auto& row : m_rows)
        for (std::size_t c = 0; c < row.size(); ++c) {
            least[c] = std::max(least[c], longestWord(row[c].text, row[c].bold) + cellExtraPt);
            whole[c] = std::max(whole[c], textWidth(row[c].text, row[c].bold) + cellExtraPt);
        }
    const double leastSum = std::accumulate(least.begin(), least.end(), 0.0);
    const double wholeSum = std::accumulate(whole.begin(), whole.end(), 0.0);
    std::vector<double> width(columns);
    if (wholeSum <= m_widthPt) {
        // Everything fits on one line: the label column takes at least 30 %, the number columns share what
        // is left alike, so they line up (a total column no wider than the others).
        const double others = wholeSum - whole[0];
        width[0] = columns > 1 ? std::max(whole[0], std::min(0.3 * m_widthPt, m_widthPt - others)) : m_widthPt;
        const double share = columns > 1 ? (m_widthPt - width[0]) / double(columns - 1) : 0.0;
        for (std::size_t c = 1; c < columns; ++c)
            width[c] = std::max(whole[c], share);
    } else if (leastSum <= m_widthPt) {
        // Lines break at spaces: each column gets its longest word, and a share of the rest for the lines it
        // would rather keep whole.
        const double spare = m_widthPt - leastSum;
        const double wanted = wholeSum - leastSum;
        for (std::size_t c = 0; c < columns; ++c)
            width[c] = least[c] + (wanted > 0 ? spare * (whole[c] - least[c]) / wanted : 0.0);
    } else {
        width = least; // wider than the page: the words stay whole, the table scales
    }
    const double total = std::accumulate(width.begin(), width.end(), 0.0);
    std::vector<double> percent;
    for (double w : width)
        percent.push_back(100.0 * w / total);
    return percent;
}

QString ReportTable::html() const {
    const std::vector<double> percent = columnPercents();
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        out += QStringLiteral("<tr>");
        for (std::size_t c = 0; c < m_rows[r].size(); ++c) {
            const Cell& cell = m_rows[r][c];
            const QString tag = cell.header ? QStringLiteral("th") : QStringLiteral("td");
            QString attributes =
                cell.align == Align::Right ? QStringLiteral(" align=\"right\"") : QStringLiteral(" align=\"left\"");
            if (r == 0)
                attributes += QStringLiteral(" width=\"%1%\"").arg(percent[c], 0, 'f', 1);
            QString text = cell.text.toHtmlEscaped();
            if (cell.bold && !cell.header)
                text = QStringLiteral("<b>%1</b>").arg(text);
            out += QStringLiteral("<%1%2>%3</%1>").arg(tag, attributes, text);
        }
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

} // namespace koers
