// Report: the anonymous B&W report as numbers: the report figures of DashboardFigures for a ReportSpec,
// each with its small-cell marks and a plain-language explanation, and the CSV of exactly those numbers.
// No name, BSN or date of birth is ever part of it; coaches do not appear either.
#pragma once

#include "DashboardFigures.h"
#include "Figure.h"
#include "ReportSpec.h"
#include "SmallCellSuppression.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

class QIODevice;

namespace koers {

class Store;

struct ReportSection {
    Figure figure;
    SuppressedTable marks;
    std::vector<std::vector<CellMark>> measureMarks; // [measure][category]
    QString explanation;
};

class Report {
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    // Computes from the figures' facts (loaded on first use); the spec's municipalities must exist.
    static Result<Report> make(DashboardFigures& figures, Store& store, const ReportSpec& spec);
    static Result<Report> make(Store& store, const ReportSpec& spec);

    // One row per figure, category and series, then the totals and the measures (Dutch Excel dialect):
    // figure;figure_label;category;category_label;series;series_label;value, each stable key with its label in
    // the report's language beside it; hidden values as "<5" or "x", decimals with a decimal comma.
    Status writeCsv(QIODevice& device) const;
    Status writeCsv(const QString& path) const;

    // The text of one cell as published (series -1: the category's total; category -1: the series' total).
    QString cellText(const ReportSection& section, int series, int category) const;
    // Empty where nobody stands behind the measure; a decimal comma, as the CSV for Dutch Excel has it.
    QString measureText(const ReportSection& section, int measure, int category) const;

    QString periodText() const;
    // Whether adding up the categories means something (not for the two steps of timeliness).
    static bool hasTotalRow(const Figure& figure) { return figure.id != FigureId::Timeliness; }
    static QString explanation(FigureId id, const SmallCellSuppression& suppression);

    ReportSpec spec;
    QStringList municipalityNames; // sorted; all of them when the spec names none
    QDate madeOn;
    QDate referenceDate;
    SmallCellSuppression suppression;
    std::vector<ReportSection> sections;
};

} // namespace koers
