#include "ReportDocument.h"

#include "ReportTable.h"
#include "dashboard/FigureChart.h"
#include "report/FigureTable.h"
#include "storage/ExportFile.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace koers {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// A measure as the reader's locale writes it (44,1 in Dutch).
QString measureText(const Report& report, const ReportSection& section, int measure, int category) {
    const QString text = report.measureText(section, measure, category); // empty, hidden, or the number
    if (text.isEmpty())
        return QStringLiteral("-");
    if (section.measureMarks[std::size_t(measure)][std::size_t(category)] != CellMark::Shown)
        return text;
    const FigureMeasure& m = section.figure.measures[std::size_t(measure)];
    return QLocale().toString(m.values[std::size_t(category)], 'f', m.decimals);
}

// The width a table gets on an A4 page as QTextDocument prints it: 21 cm less its 2 cm margins (482 points),
// less the document's own margin and the table's border; measured on the PDF as 461 points, and a little less
// taken, so a column is never a hair too narrow for its word.
constexpr double textWidthPt = 455.0;

QString tableHtml(const Report& report, const ReportSection& section, const QFont& font) {
    const Figure& fig = section.figure;
    const bool single = fig.seriesKeys.size() == 1;
    using A = ReportTable::Align;
    ReportTable table(font, textWidthPt);
    table.startRow();
    table.addCell(fig.categoryTitle, A::Left, true, true);
    for (const QString& s : fig.series)
        table.addCell(s, A::Right, true, true);
    if (!single)
        table.addCell(ReportDocument::tr("Total"), A::Right, true, true);
    for (const FigureMeasure& m : fig.measures)
        table.addCell(m.name, A::Right, true, true);
    for (int c = 0; c < fig.categoryKeys.size(); ++c) {
        table.startRow();
        table.addCell(fig.categories[c], A::Left);
        for (int s = 0; s < fig.seriesKeys.size(); ++s)
            table.addCell(report.cellText(section, s, c), A::Right);
        if (!single)
            table.addCell(report.cellText(section, -1, c), A::Right, true);
        for (int m = 0; m < int(fig.measures.size()); ++m)
            table.addCell(measureText(report, section, m, c), A::Right);
    }
    if (Report::hasTotalRow(fig)) {
        table.startRow();
        table.addCell(ReportDocument::tr("Total"), A::Left, true);
        for (int s = 0; s < fig.seriesKeys.size(); ++s)
            table.addCell(single ? report.cellText(section, -1, -1) : report.cellText(section, s, -1), A::Right, true);
        if (!single)
            table.addCell(report.cellText(section, -1, -1), A::Right, true);
        for (std::size_t m = 0; m < fig.measures.size(); ++m)
            table.addCell(QString(), A::Right);
    }
    return table.html();
}

} // namespace

Figure ReportDocument::publishable(const ReportSection& section) {
    Figure fig = section.figure;
    for (std::size_t s = 0; s < fig.values.size(); ++s)
        for (std::size_t c = 0; c < fig.values[s].size(); ++c)
            if (section.marks.cells[s][c] != CellMark::Shown)
                fig.values[s][c] = 0;
    fig.measures.clear();
    return fig;
}

QImage ReportDocument::chart(const ReportSection& section, QSize size) {
    // The dashboard's own chart, built without a panel and painted at twice the resolution for print.
    return FigureChart::image(publishable(section), size);
}

std::unique_ptr<QTextDocument> ReportDocument::build(const Report& report) {
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    const QLocale locale;

    QString html = QStringLiteral("<html><body>");
    // Title page.
    html += QStringLiteral("<p><br/><br/><br/></p>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Civic integration report")));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("For the college van burgemeester en wethouders")));
    html += QStringLiteral("<p><br/></p><table cellpadding=\"4\">");
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Municipalities"), report.municipalityNames.join(QStringLiteral(", ")));
    row(tr("Period"), report.periodText());
    row(tr("Figures as of"), locale.toString(report.referenceDate, QLocale::LongFormat));
    row(tr("Made on"), locale.toString(report.madeOn, QLocale::LongFormat));
    html += QStringLiteral("</table><p><br/></p>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("This report holds anonymous figures only: no names, citizen service numbers or dates "
                            "of birth. Numbers from 1 to %1 are shown as \"%2\", and where a total would reveal "
                            "such a number another one is hidden as \"%3\". Charts draw hidden numbers as 0.")
                             .arg(report.suppression.threshold() - 1)
                             .arg(report.suppression.smallText(), SmallCellSuppression::secondaryText())));

    for (std::size_t i = 0; i < report.sections.size(); ++i) {
        const ReportSection& section = report.sections[i];
        const QString name = QStringLiteral("chart-%1.png").arg(i);
        doc->addResource(QTextDocument::ImageResource, QUrl(name), chart(section, QSize(640, 300)));
        // The cohort family gets a section of its own, introduced once.
        const bool cohort = FigureTable::of(section.figure.id).use == FigureUse::Cohort;
        const bool firstCohort =
            cohort && (i == 0 || FigureTable::of(report.sections[i - 1].figure.id).use != FigureUse::Cohort);
        if (firstCohort) {
            html += QStringLiteral("<h1 style=\"page-break-before: always\">%1</h1>").arg(esc(tr("Cohorts")));
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("A cohort is everyone who started with the municipality in one year (from the "
                                    "koppeling, or else the BRP registration or DUO's notice), asylum status holders "
                                    "apart from family and other migrants, as the CBS (Statistiek Wet inburgering) "
                                    "and the Divosa benchmark count them. Each cohort is followed from its start to "
                                    "the end of this period, also the people who left since.")));
        }
        // A page per figure: explanation, table and chart stay together.
        html += QStringLiteral("<h2%1>%2. %3</h2>")
                    .arg(firstCohort ? QString() : QStringLiteral(" style=\"page-break-before: always\""))
                    .arg(i + 1)
                    .arg(esc(section.figure.title));
        html += QStringLiteral("<p>%1</p>").arg(esc(section.explanation));
        html += tableHtml(report, section, font);
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"560\" height=\"262\"/></p>").arg(name);
    }
    html += QStringLiteral("</body></html>");
    doc->setHtml(html);
    return doc;
}

void ReportDocument::print(const Report& report, QPagedPaintDevice& device) {
    build(report)->print(&device);
}

Status ReportDocument::writePdf(const Report& report, const QString& path) {
    ExportFile file(path);
    KOERS_TRY(file.open());
    {
        QPdfWriter writer(&file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(tr("Civic integration report"));
        writer.setCreator(QStringLiteral("Koers"));
        print(report, writer);
    }
    return file.commit();
}

} // namespace koers
