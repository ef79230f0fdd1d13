// Numbers with decimals in the CSV files for Dutch Excel: a decimal comma ("11,6"), which Dutch Excel reads as a
// number; "11.6" it reads as a date.
#pragma once

#include <QString>

namespace koers {

inline QString excelDecimal(double value, int decimals) {
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace koers
