#include "core/CatchQtPrinters.h"

#include "util/TimeOrderedUuid.h"

#include <QRegularExpression>
#include <QSet>

using namespace koers;

TEST_CASE("Time-ordered UUIDs are version 7, sort in the order made and stay unique", "[util][uuid]") {
    TimeOrderedUuid uuids;
    const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const qint64 t = 1793000000000; // November 2026
    QString previous;
    QSet<QString> seen;
    // The same millisecond many times, then a clock that steps back: still increasing.
    for (int i = 0; i < 10000; ++i) {
        const QString id = uuids.next(i < 5000 ? t : t - 60000);
        REQUIRE(form.match(id).hasMatch());
        REQUIRE(id > previous);
        seen.insert(id);
        previous = id;
    }
    REQUIRE(seen.size() == 10000);
    REQUIRE(uuids.next(t + 1000) > previous);
    // The time is in front: the first 8 hex digits are its top 32 bits.
    REQUIRE(QString::number(t, 16).rightJustified(12, QLatin1Char('0')).left(8) == TimeOrderedUuid().next(t).left(8));
}
