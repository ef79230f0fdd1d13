#include "core/CatchQtPrinters.h"

#include "caseload/CaseloadFilterProxy.h"
#include "caseload/CaseloadModel.h"

#include <QAbstractItemModelTester>

using namespace koers;

namespace {
CaseloadRow row(const char* id, const QString& first, const QString& last, const char* bsn, QDate due,
                Route route = Route::B1) {
    CaseloadRow r;
    r.clientId = QString::fromLatin1(id);
    r.firstNames = first;
    r.lastName = last;
    r.bsn = QString::fromLatin1(bsn);
    r.route = route;
    if (due.isValid()) {
        r.nextMilestone = MilestoneKind::PvtSigned;
        r.nextDue = due;
    }
    return r;
}

QStringList names(const QAbstractItemModel& m) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, CaseloadModel::Name).data().toString();
    return out;
}
} // namespace

TEST_CASE("Caseload model: sorting by locale, search without diacritics, due-state filters", "[ui][caseload]") {
    CaseloadModel model;
    CaseloadFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate today(2026, 11, 2);
    model.setRows({row("1", QStringLiteral("Zainab"), QStringLiteral("Zaman"), "111222333", today.addDays(-3)),
                   row("2", QStringLiteral("Ömer"), QStringLiteral("Çelik"), "123456782", today.addDays(5)),
                   row("3", QStringLiteral("Omar"), QStringLiteral("Celik"), "990000012", today.addDays(60), Route::Z),
                   row("4", QStringLiteral("Şeyma"), QStringLiteral("Aydın"), "", QDate())},
                  today, 14);

    proxy.sort(CaseloadModel::Name);
    REQUIRE(names(proxy) == QStringList{QStringLiteral("Aydın, Şeyma"), QStringLiteral("Celik, Omar"),
                                        QStringLiteral("Çelik, Ömer"), QStringLiteral("Zaman, Zainab")});
    proxy.sort(CaseloadModel::Due, Qt::AscendingOrder);
    REQUIRE(names(proxy).first() == QStringLiteral("Zaman, Zainab"));
    REQUIRE(names(proxy).last() == QStringLiteral("Aydın, Şeyma")); // no date: last

    proxy.setSearchText(QStringLiteral("celik"));
    REQUIRE(proxy.rowCount() == 2);
    proxy.setSearchText(QStringLiteral("omer CELIK"));
    REQUIRE(names(proxy) == QStringList{QStringLiteral("Çelik, Ömer")});
    // Letters without a plain base letter are found as a Dutch keyboard types them.
    proxy.setSearchText(QStringLiteral("aydin"));
    REQUIRE(names(proxy) == QStringList{QStringLiteral("Aydın, Şeyma")});
    proxy.setSearchText(QStringLiteral("SEYMA AYDIN"));
    REQUIRE(names(proxy) == QStringList{QStringLiteral("Aydın, Şeyma")});
    CHECK(CaseloadModel::foldForSearch(QStringLiteral("Łódź Søren Straße Æsa İlkay")) ==
          QStringLiteral("lodz soren strasse aesa ilkay"));
    proxy.setSearchText(QStringLiteral("333"));
    REQUIRE(names(proxy) == QStringList{QStringLiteral("Zaman, Zainab")});
    proxy.setSearchText(QString());

    proxy.setDueFilter(CaseloadFilterProxy::DueFilter::Late);
    REQUIRE(names(proxy) == QStringList{QStringLiteral("Zaman, Zainab")});
    proxy.setDueFilter(CaseloadFilterProxy::DueFilter::DueWithinWindow);
    REQUIRE(names(proxy) == QStringList{QStringLiteral("Çelik, Ömer")});
    proxy.setDueFilter(CaseloadFilterProxy::DueFilter::All);
    proxy.setRoute(Route::Z);
    REQUIRE(names(proxy) == QStringList{QStringLiteral("Celik, Omar")});
    proxy.setRoute(std::nullopt);
    proxy.setClientIds({QStringLiteral("1"), QStringLiteral("4")});
    REQUIRE(proxy.rowCount() == 2);

    // Late is said in words, not by colour alone; the BSN is masked.
    const int zaman = model.indexOfClient(QStringLiteral("1"));
    REQUIRE(model.index(zaman, CaseloadModel::Due).data().toString().contains(QStringLiteral("late")));
    REQUIRE(model.index(zaman, CaseloadModel::Bsn).data().toString() == QStringLiteral("******333"));
}
