#include "PipLetterDocument.h"

#include "storage/ExportFile.h"

#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace koers {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString linesHtml(const QStringList& lines) {
    QStringList escaped;
    for (const QString& l : lines)
        escaped << esc(l);
    return escaped.join(QLatin1String("<br/>"));
}

} // namespace

std::unique_ptr<QTextDocument> PipLetterDocument::build(const PipLetter& letter) {
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);

    QString html = QStringLiteral("<html><body>");
    // Letterhead: the name and address on the left, the logo on the right.
    QString logo;
    if (!letter.letterhead.logoPath.isEmpty() || !letter.letterhead.logo.isEmpty()) {
        const QImage image = letter.letterhead.logoPath.isEmpty() ? QImage::fromData(letter.letterhead.logo)
                                                                  : QImage(letter.letterhead.logoPath);
        if (!image.isNull()) {
            doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")), image);
            const int height = 60;
            const int width = image.height() > 0 ? image.width() * height / image.height() : height;
            logo = QStringLiteral("<img src=\"logo\" width=\"%1\" height=\"%2\"/>").arg(width).arg(height);
        }
    }
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>"
                           "<span style=\"font-size:15pt; font-weight:bold\">%1</span><br/>%2</td>"
                           "<td align=\"right\">%3</td></tr></table>")
                .arg(esc(letter.letterhead.name), linesHtml(letter.letterhead.address), logo);
    html += QStringLiteral("<p><br/><br/>%1</p>").arg(linesHtml(letter.recipient));
    html += QStringLiteral("<p><br/>%1</p>").arg(esc(letter.dateLine));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(letter.subject));
    html += QStringLiteral("<p>%1</p>").arg(esc(letter.salutation));
    for (const PipLetter::Block& block : letter.blocks) {
        if (!block.heading.isEmpty())
            html += QStringLiteral("<h3>%1</h3>").arg(esc(block.heading));
        if (block.kind == PipLetter::Block::Kind::Facts) {
            html += QStringLiteral("<table cellpadding=\"2\" cellspacing=\"0\" width=\"100%\">");
            for (const QString& line : block.lines)
                html += QStringLiteral("<tr><td width=\"45%\">%1</td><td>%2</td></tr>")
                            .arg(esc(line.section(QLatin1Char('\t'), 0, 0)), esc(line.section(QLatin1Char('\t'), 1)));
            html += QStringLiteral("</table>");
        } else if (block.kind == PipLetter::Block::Kind::List) {
            html += QStringLiteral("<ul>");
            for (const QString& line : block.lines)
                html += QStringLiteral("<li>%1</li>").arg(esc(line));
            html += QStringLiteral("</ul>");
        } else {
            for (const QString& line : block.lines)
                html += QStringLiteral("<p>%1</p>").arg(esc(line));
        }
    }
    html += QStringLiteral("<p><br/>%1</p>").arg(linesHtml(letter.closing));
    html += QStringLiteral("</body></html>");
    doc->setHtml(html);
    return doc;
}

Status PipLetterDocument::writePdf(const PipLetter& letter, const QString& path) {
    ExportFile file(path);
    KOERS_TRY(file.open());
    {
        QPdfWriter writer(&file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(letter.subject);
        writer.setCreator(QStringLiteral("Koers"));
        build(letter)->print(&writer);
    }
    return file.commit();
}

Result<PipLetter> PipLetterDocument::exportLetter(Store& store, const QString& clientId, int version,
                                                  const Letterhead& letterhead, const QString& pdfPath) {
    auto letter = PipLetter::load(store, clientId, version, letterhead);
    if (!letter.ok())
        return letter.error();
    KOERS_TRY(writePdf(letter.value(), pdfPath));
    KOERS_TRY(PipLetter::recordExport(store, letter.value()));
    return letter;
}

} // namespace koers
