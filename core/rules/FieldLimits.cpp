#include "FieldLimits.h"

#include <QCoreApplication>

#include <cmath>

namespace koers {

namespace {

bool endsWithId(QStringView column) {
    return column == u"id" || column.endsWith(u"_id");
}

} // namespace

int FieldLimits::maxLength(QStringView column) {
    if (endsWithId(column))
        return idLength;
    if (column == u"bsn")
        return 9;
    if (column == u"cbs_code")
        return 10;
    if (column == u"v_number")
        return 20;
    if (column == u"phone")
        return 40;
    if (column == u"email")
        return 254;
    if (column == u"address" || column == u"letterhead_address")
        return 500;
    if (column == u"logo")
        return logoLength;
    if (column == u"note" || column == u"summary" || column == u"next_step" || column == u"goal" ||
        column == u"action" || column == u"override_reason")
        return noteLength;
    return nameLength; // names, organisations, providers, countries, languages, choices, teams
}

std::optional<ValidationIssue> FieldLimits::checkValue(const char* column, const QString& value) {
    const QString name = QString::fromLatin1(column);
    const int limit = maxLength(name);
    if (value.size() <= limit)
        return std::nullopt;
    return ValidationIssue{
        name,
        QCoreApplication::translate("Validation", "The field %1 is longer than %2 characters.").arg(name).arg(limit)};
}

std::optional<ValidationIssue> FieldLimits::checkValue(const char* column, const QDate& value) {
    if (!value.isValid() || (value.year() >= firstYear && value.year() <= lastYear))
        return std::nullopt;
    const QString name = QString::fromLatin1(column);
    return ValidationIssue{name, QCoreApplication::translate("Validation", "The date in %1 lies outside %2 to %3.")
                                     .arg(name)
                                     .arg(firstYear)
                                     .arg(lastYear)};
}

std::optional<ValidationIssue> FieldLimits::checkValue(const char* column, double value) {
    if (std::isfinite(value) && value >= 0 && value <= maxNumber)
        return std::nullopt;
    const QString name = QString::fromLatin1(column);
    return ValidationIssue{
        name, QCoreApplication::translate("Validation", "The number in %1 is negative or too large.").arg(name)};
}

std::optional<ValidationIssue> FieldLimits::checkValue(const char* column, int value) {
    return checkValue(column, static_cast<double>(value));
}

} // namespace koers
