#include "core/CatchQtPrinters.h"

#include "import/ValueParsers.h"

using namespace koers;

TEST_CASE("Dates as Dutch spreadsheets write them", "[import][parsers]") {
    REQUIRE(ValueParsers::date(u"14-03-1990") == QDate(1990, 3, 14));
    REQUIRE(ValueParsers::date(u"4-3-1990") == QDate(1990, 3, 4));
    REQUIRE(ValueParsers::date(u"1990-03-14") == QDate(1990, 3, 14));
    REQUIRE(ValueParsers::date(u"14/03/1990") == QDate(1990, 3, 14));
    REQUIRE(ValueParsers::date(u"14.3.1990") == QDate(1990, 3, 14));
    REQUIRE(ValueParsers::date(u" 14-03-1990 00:00 ") == QDate(1990, 3, 14));
    REQUIRE(ValueParsers::date(u"29-02-2024") == QDate(2024, 2, 29));
    REQUIRE(ValueParsers::date(u"") == QDate());

    for (const char16_t* bad : {u"31-02-1990", u"29-02-2023", u"14-13-1990", u"1-2-03", u"14031990", u"morgen",
                                u"14-03-1990-1", u"1990-3-14-", u"٣-٣-١٩٩٠"}) {
        CAPTURE(QString::fromUtf16(bad));
        REQUIRE_FALSE(ValueParsers::date(bad).has_value());
    }
}

TEST_CASE("Routes as people write them", "[import][parsers]") {
    for (const char16_t* b1 : {u"B1", u"b1", u"B1-route", u"B1 route", u"b1route", u"B1-traject"})
        REQUIRE(ValueParsers::route(b1) == Route::B1);
    for (const char16_t* z :
         {u"Z", u"Z route", u"Z-route", u"zelfredzaamheidsroute", u"Zelfredzaamheid", u"Z route (self-reliance)"})
        REQUIRE(ValueParsers::route(z) == Route::Z);
    for (const char16_t* e : {u"onderwijs", u"Onderwijsroute", u"Education route", u"education"})
        REQUIRE(ValueParsers::route(e) == Route::Education);
    REQUIRE(ValueParsers::route(u"") == Route::None);
    REQUIRE_FALSE(ValueParsers::route(u"C2-route").has_value());
    REQUIRE_FALSE(ValueParsers::route(u"A2").has_value());
}

TEST_CASE("Sex, target group and status words", "[import][parsers]") {
    REQUIRE(ValueParsers::sex(u"V") == Sex::Female);
    REQUIRE(ValueParsers::sex(u"vrouw") == Sex::Female);
    REQUIRE(ValueParsers::sex(u"F") == Sex::Female);
    REQUIRE(ValueParsers::sex(u"M") == Sex::Male);
    REQUIRE(ValueParsers::sex(u"X") == Sex::Other);
    REQUIRE(ValueParsers::sex(u"") == Sex::Unknown);
    REQUIRE_FALSE(ValueParsers::sex(u"q").has_value());
    REQUIRE(ValueParsers::targetGroup(u"Asielstatushouder") == TargetGroup::Asylum);
    REQUIRE(ValueParsers::targetGroup(u"statushouder") == TargetGroup::Asylum);
    REQUIRE(ValueParsers::targetGroup(u"Gezinsmigrant") == TargetGroup::Family);
    REQUIRE(ValueParsers::targetGroup(u"overige migrant") == TargetGroup::Other);
    REQUIRE(ValueParsers::targetGroup(u"family migrant") == TargetGroup::Family);
    REQUIRE(ValueParsers::status(u"afgerond") == ClientStatus::Completed);
    REQUIRE(ValueParsers::status(u"ontheffing") == ClientStatus::Dispensed);
}

TEST_CASE("Every exported word reads back as its value", "[import][parsers]") {
    for (Route r : allValues<Route>())
        REQUIRE(ValueParsers::route(ValueParsers::routeText(r)) == r);
    for (Sex s : allValues<Sex>())
        REQUIRE(ValueParsers::sex(ValueParsers::sexText(s)) == s);
    for (TargetGroup g : allValues<TargetGroup>())
        REQUIRE(ValueParsers::targetGroup(ValueParsers::targetGroupText(g)) == g);
    for (ClientStatus s : allValues<ClientStatus>())
        REQUIRE(ValueParsers::status(ValueParsers::statusText(s)) == s);
    REQUIRE(ValueParsers::date(ValueParsers::dateText(QDate(2001, 2, 3))) == QDate(2001, 2, 3));
}

TEST_CASE("The export's formula guard is undone on import", "[import][parsers]") {
    REQUIRE(ValueParsers::cellText(u"'=SOM(A1)") == u"=SOM(A1)");
    REQUIRE(ValueParsers::cellText(u"'@home") == u"@home");
    REQUIRE(ValueParsers::cellText(u"'t Gooi") == u"'t Gooi");
    REQUIRE(ValueParsers::cellText(u"'-12") == u"'-12"); // the writer never guards a plain number
}
