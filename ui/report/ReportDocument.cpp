#include "ReportDocument.h"

#include "storage/ExportFile.h"

#include "dashboard/FigurePanel.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsScene>
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

// A measure as the reader's locale writes it (44,1 in Dutch); the CSV keeps the machine-readable 44.1.
QString measureHtml(const Report& report, const ReportSection& section, int measure, int category) {
    const QString text = report.measureText(section, measure, category); // empty, hidden, or the number
    if (text.isEmpty())
        return QStringLiteral("-");
    if (section.measureMarks[std::size_t(measure)][std::size_t(category)] != CellMark::Shown)
        return esc(text);
    const FigureMeasure& m = section.figure.measures[std::size_t(measure)];
    return QLocale().toString(m.values[std::size_t(category)], 'f', m.decimals);
}

QString tableHtml(const Report& report, const ReportSection& section) {
    const Figure& fig = section.figure;
    const bool single = fig.seriesKeys.size() == 1;
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    // The label column gets a fixed share, so a narrow number column never breaks a word like "Total".
    html += QStringLiteral("<tr><th align=\"left\" width=\"30%\">%1</th>").arg(esc(fig.categoryTitle));
    for (const QString& s : fig.series)
        html += QStringLiteral("<th align=\"right\">%1</th>").arg(esc(s));
    if (!single)
        html += QStringLiteral("<th align=\"right\">%1</th>").arg(esc(ReportDocument::tr("Total")));
    for (const FigureMeasure& m : fig.measures)
        html += QStringLiteral("<th align=\"right\">%1</th>").arg(esc(m.name));
    html += QStringLiteral("</tr>");
    for (int c = 0; c < fig.categoryKeys.size(); ++c) {
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(fig.categories[c]));
        for (int s = 0; s < fig.seriesKeys.size(); ++s)
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(esc(report.cellText(section, s, c)));
        if (!single)
            html += QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(esc(report.cellText(section, -1, c)));
        for (int m = 0; m < int(fig.measures.size()); ++m)
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(measureHtml(report, section, m, c));
        html += QStringLiteral("</tr>");
    }
    if (!Report::hasTotalRow(fig))
        return html + QStringLiteral("</table>");
    html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(ReportDocument::tr("Total")));
    for (int s = 0; s < fig.seriesKeys.size(); ++s)
        html += QStringLiteral("<td align=\"right\"><b>%1</b></td>")
                    .arg(esc(single ? report.cellText(section, -1, -1) : report.cellText(section, s, -1)));
    if (!single)
        html += QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(esc(report.cellText(section, -1, -1)));
    for (std::size_t m = 0; m < fig.measures.size(); ++m)
        html += QStringLiteral("<td></td>");
    html += QStringLiteral("</tr></table>");
    return html;
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
    // The dashboard's own chart, taken from a panel that is never shown and painted straight from its
    // scene at twice the resolution, so it stays sharp in print.
    FigurePanel panel;
    panel.setFigure(publishable(section));
    QChart* chart = panel.chartView()->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->resize(QSizeF(size));
    // The chart lays itself out on posted layout requests: deliver those before painting.
    QCoreApplication::sendPostedEvents();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    chart->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size * 2)), area);
    painter.end();
    return image;
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
        // A page per figure: explanation, table and chart stay together.
        html += QStringLiteral("<h2 style=\"page-break-before: always\">%1. %2</h2>")
                    .arg(i + 1)
                    .arg(esc(section.figure.title));
        html += QStringLiteral("<p>%1</p>").arg(esc(section.explanation));
        html += tableHtml(report, section);
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
