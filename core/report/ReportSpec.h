// ReportSpec: what a B&W report covers: a period (a quarter, half year, year or any from-to) and one or
// more municipalities, and the small-cell threshold its tables are published with.
#pragma once

#include "DashboardFilter.h"
#include "SmallCellSuppression.h"

#include <QDate>
#include <QStringList>

namespace koers {

struct ReportSpec {
    QDate from;
    QDate to;
    QStringList municipalityIds; // empty: every municipality
    int threshold = SmallCellSuppression::defaultThreshold;

    static ReportSpec quarter(int year, int quarter) {
        const QDate first(year, 3 * (quarter - 1) + 1, 1);
        return {first, first.addMonths(3).addDays(-1), {}, SmallCellSuppression::defaultThreshold};
    }
    static ReportSpec halfYear(int year, int half) {
        const QDate first(year, half == 2 ? 7 : 1, 1);
        return {first, first.addMonths(6).addDays(-1), {}, SmallCellSuppression::defaultThreshold};
    }
    static ReportSpec year(int year) {
        return {QDate(year, 1, 1), QDate(year, 12, 31), {}, SmallCellSuppression::defaultThreshold};
    }

    bool isValid() const { return from.isValid() && to.isValid() && from <= to && threshold >= 1; }

    DashboardFilter filter() const {
        DashboardFilter f;
        f.from = from;
        f.to = to;
        f.municipalityIds = municipalityIds;
        return f;
    }
};

} // namespace koers
