// ReportDocument: the B&W report as a printable document: a title page, then per figure a short
// explanation, its table (hidden numbers as "<5" / "x") and its chart, built by the dashboard's
// FigureChart. QTextDocument::print adds the page numbers; the same document feeds PDF and print preview.
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>

class QTextDocument;
class QPagedPaintDevice;

namespace koers {

class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    static std::unique_ptr<QTextDocument> build(const Report& report);
    static void print(const Report& report, QPagedPaintDevice& device);
    static Status writePdf(const Report& report, const QString& path);

    // The figure with its hidden numbers drawn as 0, so a chart never shows more than the table.
    static Figure publishable(const ReportSection& section);
    static QImage chart(const ReportSection& section, QSize size);
};

} // namespace koers
