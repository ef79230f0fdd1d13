// ValueParsers: spreadsheet cell text into client values, accepting what people write in Dutch and
// English ("B1-route", "Z route", "onderwijs"; "vrouw", "F"; "14-3-1990", "1990-03-14"). A nullopt
// result means the text is there but not understood; an empty cell gives the neutral value.
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace koers {

class ValueParsers {
public:
    // dd-mm-jjjj, d-m-jjjj (also with '/' or '.') and jjjj-mm-dd. Two-digit years are refused: "1-2-03"
    // could be 1903 or 2003. An empty cell is a null date.
    static std::optional<QDate> date(QStringView text);
    static std::optional<Route> route(QStringView text);
    static std::optional<Sex> sex(QStringView text);
    static std::optional<TargetGroup> targetGroup(QStringView text);
    static std::optional<ClientStatus> status(QStringView text);

    // The words the exporter writes, which the parsers above read back: file content in Dutch,
    // whatever the UI language.
    static QString dateText(QDate date);
    static QString routeText(Route route);
    static QString sexText(Sex sex);
    static QString targetGroupText(TargetGroup group);
    static QString statusText(ClientStatus status);

    // Undoes the apostrophe CsvWriter's formula guard put before "=", "+", "-" or "@", so an exported
    // note reads back as it was.
    static QString cellText(QStringView text);
    static QString cellText(const QString& text);
};

} // namespace koers
