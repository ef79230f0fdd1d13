// The B&W report as printed, in Dutch: no table header or number broken inside a word (it read
// "Asielstatushou|der", "Totaa|l" and "1974|2"), and the widths a table's columns get.
#include "core/CatchQtPrinters.h"

#include "demo/DemoLoader.h"
#include "report/ReportDocument.h"
#include "report/ReportTable.h"
#include "storage/Store.h"

#include <QFontMetricsF>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

using namespace koers;

TEST_CASE("Every column of a report table is as wide as its longest word", "[ui][report][print]") {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    const double width = 455;
    ReportTable table(font, width);
    const QStringList header{QStringLiteral("Leerroute"), QStringLiteral("Asielstatushouder"),
                             QStringLiteral("Gezinsmigrant"), QStringLiteral("Overige migrant"),
                             QStringLiteral("Totaal")};
    table.startRow();
    for (const QString& h : header)
        table.addCell(h, ReportTable::Align::Right, true, true);
    table.startRow();
    for (const char* cell : {"Z-route (zelfredzaamheid)", "15109", "3342", "1291", "19742"})
        table.addCell(QString::fromUtf8(cell), ReportTable::Align::Right, true);
    const std::vector<double> percent = table.columnPercents();
    REQUIRE(percent.size() == 5);
    double sum = 0;
    QFont bold = font;
    bold.setBold(true);
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(qRound(72 / 0.0254));
    device.setDotsPerMeterY(qRound(72 / 0.0254));
    const QFontMetricsF metrics(bold, &device);
    for (std::size_t c = 0; c < percent.size(); ++c) {
        sum += percent[c];
        const QString word = header[int(c)].split(QLatin1Char(' ')).first();
        INFO(word.toStdString());
        CHECK(percent[c] / 100 * width >= metrics.horizontalAdvance(word) + 6);
    }
    CHECK(sum == Approx(100));
    CHECK(table.html().contains(QStringLiteral("<th align=\"right\" width=\"")));
}

TEST_CASE("The printed report in Dutch breaks no word of a table", "[ui][report][print]") {
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/koers_nl")));
    QCoreApplication::installTranslator(&dutch);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    struct Restore {
        QTranslator& t;
        ~Restore() {
            QCoreApplication::removeTranslator(&t);
            QLocale::setDefault(QLocale::c());
        }
    } restore{dutch};

    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC));
    auto store = Store::create(dir.filePath(QStringLiteral("r.koers")), "pass", clock, QStringLiteral("lead"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 3000, 7).ok());
    auto report = Report::make(*store.value(), ReportSpec::year(2026));
    REQUIRE(report.ok());
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(ReportDocument::writePdf(report.value(), pdf).ok());

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    QSet<QString> tokens;
    for (const QString& t : QString::fromUtf8(text.readAllStandardOutput())
                                .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        tokens.insert(t);
    for (const char* word : {"Asielstatushouder", "Gezinsmigrant", "Totaal", "Onderwijsroute", "Behaald"})
        CHECK(tokens.contains(QString::fromUtf8(word)));
    CHECK_FALSE(tokens.contains(QStringLiteral("Asielstatushou")));
    CHECK_FALSE(tokens.contains(QStringLiteral("Totaa")));
    // Every number of the tables stands whole in the text (the four- and five-digit totals among them).
    for (const ReportSection& section : report->sections)
        for (int c = -1; c < section.figure.categoryKeys.size(); ++c)
            for (int s = -1; s < section.figure.seriesKeys.size(); ++s) {
                if (c < 0 && !Report::hasTotalRow(section.figure))
                    continue;
                const QString cell = report->cellText(section, s, c);
                INFO(section.figure.code.toStdString() << " " << c << " " << s);
                CHECK(tokens.contains(cell));
            }
}
