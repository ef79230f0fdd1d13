#include <catch2/catch.hpp>

#include "core/CatchQtPrinters.h"

#include "util/TimeText.h"

using namespace koers;

// TimeText stands in for Qt's ISO formatting in stored data, so it must give Qt's text exactly.
TEST_CASE("TimeText writes what Qt's ISO formats write", "[util][timetext]") {
    const QDate dates[] = {QDate(1, 1, 1),     QDate(999, 12, 31), QDate(1960, 1, 1),
                           QDate(2000, 2, 29), QDate(2024, 10, 9), QDate(9999, 12, 31)};
    const QTime times[] = {QTime(0, 0), QTime(9, 5, 7, 3), QTime(23, 59, 59, 999), QTime(12, 30, 0, 50)};
    for (const QDate& d : dates) {
        CHECK(TimeText::isoDate(d) == d.toString(Qt::ISODate));
        for (const QTime& t : times) {
            const QDateTime utc(d, t, Qt::UTC);
            CHECK(TimeText::isoUtcMs(utc) == utc.toString(Qt::ISODateWithMs));
        }
    }
    // What TimeText leaves to Qt.
    CHECK(TimeText::isoDate(QDate()) == QString());
    CHECK(TimeText::isoDate(QDate(-44, 3, 15)) == QDate(-44, 3, 15).toString(Qt::ISODate));
    CHECK(TimeText::isoDate(QDate(12345, 1, 1)) == QDate(12345, 1, 1).toString(Qt::ISODate));
    const QDateTime local(QDate(2024, 5, 1), QTime(8, 0), Qt::OffsetFromUTC, 7200);
    CHECK(TimeText::isoUtcMs(local) == local.toString(Qt::ISODateWithMs));
    CHECK(TimeText::isoUtcMs(QDateTime()) == QDateTime().toString(Qt::ISODateWithMs));

    char ascii[10];
    REQUIRE(TimeText::writeIsoDate(QDate(2024, 3, 1), ascii));
    CHECK(QByteArray(ascii, 10) == "2024-03-01");
    CHECK_FALSE(TimeText::writeIsoDate(QDate(), ascii));
}
