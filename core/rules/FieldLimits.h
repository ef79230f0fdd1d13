// The documented bounds of every stored value, in one place: the longest text a field takes, the range of
// dates and numbers. The spreadsheet import, sync packages (and the hub) and the window's forms all check
// them, so a 10 MB name can neither be typed, imported nor received (it once made a dossier PDF take minutes).
#pragma once

#include "rules/ClientValidator.h"

#include <QDate>
#include <QString>

#include <optional>

namespace koers {

class FieldLimits {
public:
    // Characters (UTF-16 code units) a text column takes.
    static int maxLength(QStringView column);
    static constexpr int nameLength = 200;
    static constexpr int noteLength = 10000;
    static constexpr int idLength = 64;
    // A letterhead logo: an image of at most logoBytes bytes, stored as base64 text of at most logoLength characters.
    static constexpr int logoBytes = 256 * 1024;
    static constexpr int logoLength = (logoBytes + 2) / 3 * 4;
    // Any stored date lies in these years (a date of birth or a future date has its own rule in ClientValidator).
    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2199;
    // Hours, scores, euros and version numbers.
    static constexpr double maxNumber = 1e7;

    // The first value of the record that breaks a bound, with a translated reason naming the field.
    template <class T>
    static std::optional<ValidationIssue> check(const T& record) {
        std::optional<ValidationIssue> issue;
        T::fields(record, [&issue](const char* column, const auto& value) {
            if (!issue)
                issue = checkValue(column, value);
        });
        return issue;
    }

    static std::optional<ValidationIssue> checkValue(const char* column, const QString& value);
    static std::optional<ValidationIssue> checkValue(const char* column, const QDate& value);
    static std::optional<ValidationIssue> checkValue(const char* column, double value);
    static std::optional<ValidationIssue> checkValue(const char* column, int value);
    template <class V>
    static std::optional<ValidationIssue> checkValue(const char*, const V&) {
        return std::nullopt; // enumerations and flags are checked when they are parsed
    }
};

} // namespace koers
