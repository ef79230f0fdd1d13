#include "Report.h"

#include "ExcelNumber.h"
#include "FigureTable.h"
#include "csv/CsvWriter.h"
#include "storage/ExportFile.h"
#include "storage/Store.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace koers {

Result<Report> Report::make(Store& store, const ReportSpec& spec) {
    auto figures = DashboardFigures::forStore(store);
    if (!figures.ok())
        return figures.error();
    return make(figures.value(), store, spec);
}

Result<Report> Report::make(DashboardFigures& figures, Store& store, const ReportSpec& spec) {
    if (!spec.isValid())
        return makeError(ErrorCode::Invalid, tr("The period of the report is not valid."));
    Report report;
    report.spec = spec;
    report.madeOn = store.clock().today();
    report.referenceDate = spec.filter().referenceDate(report.madeOn);
    report.suppression = SmallCellSuppression(spec.threshold);

    QHash<QString, QString> names;
    {
        auto st = store.db().prepare(u"SELECT id, name FROM municipality WHERE deleted = 0");
        if (!st.ok())
            return st.error();
        KOERS_TRY(st->each([&names](Statement& row) { names.insert(row.text(0), row.text(1)); }));
    }
    if (spec.municipalityIds.isEmpty()) {
        report.municipalityNames = names.values();
    } else {
        for (const QString& id : spec.municipalityIds) {
            if (!names.contains(id))
                return makeError(ErrorCode::NotFound, tr("The report names a municipality that does not exist."));
            report.municipalityNames << names.value(id);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(report.municipalityNames.begin(), report.municipalityNames.end(),
              [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });

    const DashboardFilter filter = spec.filter();
    std::vector<FigureId> ids = DashboardFigures::reportFigures();
    for (FigureId id : DashboardFigures::cohortFigures())
        ids.push_back(id);
    for (FigureId id : ids) {
        auto fig = figures.compute(id, filter);
        if (!fig.ok())
            return fig.error();
        ReportSection section;
        section.figure = std::move(fig.value());
        section.marks = report.suppression.apply(section.figure.values, hasTotalRow(section.figure));
        // A measure over a step with a hidden count would give that count away (a share), and a median
        // of a handful of clients describes those few: hidden as well.
        for (const FigureMeasure& m : section.figure.measures) {
            std::vector<CellMark> marks;
            for (std::size_t c = 0; c < m.values.size(); ++c)
                marks.push_back(section.marks.anyHiddenIn(int(c)) ||
                                        section.figure.categoryTotal(int(c)) < spec.threshold
                                    ? CellMark::Secondary
                                    : CellMark::Shown);
            section.measureMarks.push_back(std::move(marks));
        }
        section.explanation = explanation(id, report.suppression);
        report.sections.push_back(std::move(section));
    }
    return report;
}

QString Report::cellText(const ReportSection& section, int series, int category) const {
    const Figure& fig = section.figure;
    if (series < 0 && category < 0)
        return suppression.text(fig.total(), section.marks.grandTotal);
    if (series < 0)
        return suppression.text(fig.categoryTotal(category), section.marks.categoryTotals[std::size_t(category)]);
    if (category < 0)
        return suppression.text(fig.seriesTotal(series), section.marks.seriesTotals[std::size_t(series)]);
    return suppression.text(fig.value(series, category),
                            section.marks.cells[std::size_t(series)][std::size_t(category)]);
}

QString Report::measureText(const ReportSection& section, int measure, int category) const {
    const FigureMeasure& m = section.figure.measures[std::size_t(measure)];
    const double v = m.values[std::size_t(category)];
    if (std::isnan(v))
        return {}; // nobody to measure (and a "-" would start a formula in a spreadsheet)
    if (section.measureMarks[std::size_t(measure)][std::size_t(category)] != CellMark::Shown)
        return SmallCellSuppression::secondaryText();
    return excelDecimal(v, m.decimals);
}

Status Report::writeCsv(QIODevice& device) const {
    CsvWriter w = CsvWriter::forExcel(device);
    // The stable keys for scripts, each with its label in the report's language beside it for people.
    KOERS_TRY(w.writeRow({QStringLiteral("figure"), QStringLiteral("figure_label"), QStringLiteral("category"),
                          QStringLiteral("category_label"), QStringLiteral("series"), QStringLiteral("series_label"),
                          QStringLiteral("value")}));
    const QString total = QStringLiteral("total");
    const QString totalLabel = tr("Total");
    for (const ReportSection& section : sections) {
        const Figure& fig = section.figure;
        auto row = [&](const QString& category, const QString& categoryLabel, const QString& series,
                       const QString& seriesLabel, const QString& value) {
            return w.writeRow({fig.code, fig.title, category, categoryLabel, series, seriesLabel, value});
        };
        const bool single = fig.seriesKeys.size() == 1;
        for (int c = 0; c < fig.categoryKeys.size(); ++c) {
            for (int s = 0; s < fig.seriesKeys.size(); ++s)
                KOERS_TRY(row(fig.categoryKeys[c], fig.categories[c], fig.seriesKeys[s], fig.series[s],
                              cellText(section, s, c)));
            if (!single)
                KOERS_TRY(row(fig.categoryKeys[c], fig.categories[c], total, totalLabel, cellText(section, -1, c)));
        }
        if (!single && hasTotalRow(fig))
            for (int s = 0; s < fig.seriesKeys.size(); ++s)
                KOERS_TRY(row(total, totalLabel, fig.seriesKeys[s], fig.series[s], cellText(section, s, -1)));
        if (hasTotalRow(fig))
            KOERS_TRY(row(total, totalLabel, total, totalLabel, cellText(section, -1, -1)));
        for (int m = 0; m < int(fig.measures.size()); ++m) {
            const FigureMeasure& measure = fig.measures[std::size_t(m)];
            for (int c = 0; c < fig.categoryKeys.size(); ++c)
                KOERS_TRY(
                    row(fig.categoryKeys[c], fig.categories[c], measure.key, measure.name, measureText(section, m, c)));
        }
    }
    return w.finish();
}

Status Report::writeCsv(const QString& path) const {
    ExportFile file(path);
    KOERS_TRY(file.open());
    KOERS_TRY(writeCsv(file.device()));
    return file.commit();
}

QString Report::periodText() const {
    const QLocale locale;
    return tr("%1 to %2")
        .arg(locale.toString(spec.from, QLocale::LongFormat), locale.toString(spec.to, QLocale::LongFormat));
}

QString Report::explanation(FigureId id, const SmallCellSuppression& suppression) {
    const char* source = FigureTable::of(id).explanation;
    const QString text = source ? tr(source) : QString();
    return text + QLatin1Char(' ') +
           tr("Numbers from 1 to %1 are shown as \"%2\"; \"%3\" is a number hidden so that a total cannot "
              "reveal a small one.")
               .arg(suppression.threshold() - 1)
               .arg(suppression.smallText(), SmallCellSuppression::secondaryText());
}

} // namespace koers
