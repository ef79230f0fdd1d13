// Names as a Dutch coach reads them: found as the list shows them ("Kaya, Ömer" typed as "kaya, omer"), sorted with
// Ç beside C and Ö beside O from the first look, and the coach filter alphabetical in the same order.
#include "core/CatchQtPrinters.h"

#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "services/ClientService.h"
#include "services/CoachService.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

QStringList shownNames(CaseloadView& view) {
    QStringList names;
    const QAbstractItemModel* shown = view.table()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        names << shown->index(r, CaseloadModel::Name).data().toString();
    return names;
}

} // namespace

TEST_CASE("The caseload finds names as shown and sorts them in Dutch order from the start", "[ui][caseload]") {
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("names.koers")), "pass", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    for (const char* name : {"Zwart", "Şahin", "Çelik", "Öztürk"}) {
        Coach c;
        c.name = QString::fromUtf8(name);
        REQUIRE(CoachService(*store.value()).add(c).ok());
    }
    const std::vector<std::pair<const char*, const char*>> clients{
        {"Zeynep", "Zwart"}, {"Ömer", "Kaya"}, {"Ayşe", "Çelik"},  {"Mehmet", "Öztürk"},
        {"Fatma", "Şahin"},  {"Omar", "Kaya"}, {"Selin", "Celik"}, {"Tarik", "Taş"}};
    for (const auto& [first, last] : clients) {
        Client c;
        c.firstNames = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        REQUIRE(ClientService(*store.value()).addClient(c).ok());
    }
    CaseloadView view(settings);
    view.resize(1280, 720);
    view.show();
    view.reload(*store.value());

    // Before any header is clicked: by name, and the header says so.
    REQUIRE(view.table()->horizontalHeader()->sortIndicatorSection() == CaseloadModel::Name);
    REQUIRE(view.table()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    // Çelik beside Celik (the first names decide between them), Ö among the O's, Ş among the S's.
    const QStringList dutchOrder{QString::fromUtf8("Çelik, Ayşe"),    QStringLiteral("Celik, Selin"),
                                 QString::fromUtf8("Kaya, Omar"),     QString::fromUtf8("Kaya, Ömer"),
                                 QString::fromUtf8("Öztürk, Mehmet"), QString::fromUtf8("Şahin, Fatma"),
                                 QString::fromUtf8("Taş, Tarik"),     QStringLiteral("Zwart, Zeynep")};
    REQUIRE(shownNames(view) == dutchOrder);
    // A reload (after an edit elsewhere) keeps that order rather than falling back to the file's.
    view.reload(*store.value());
    REQUIRE(shownNames(view) == dutchOrder);

    // Coaches alphabetical in the same order, after "All coaches".
    QStringList coaches;
    for (int i = 1; i < view.coachFilter()->count(); ++i)
        coaches << view.coachFilter()->itemText(i);
    REQUIRE(coaches == QStringList{QString::fromUtf8("Çelik"), QString::fromUtf8("Öztürk"), QString::fromUtf8("Şahin"),
                                   QStringLiteral("Zwart")});

    // The name as the list shows it, typed without the diacritics and in small letters, finds that one client.
    QTest::keyClicks(view.searchField(), QStringLiteral("kaya, omer"));
    REQUIRE(shownNames(view) == QStringList{QString::fromUtf8("Kaya, Ömer")});
    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), QStringLiteral("CELIK,AYSE"));
    REQUIRE(shownNames(view) == QStringList{QString::fromUtf8("Çelik, Ayşe")});
    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), QStringLiteral("tas"));
    REQUIRE(shownNames(view) == QStringList{QString::fromUtf8("Taş, Tarik")});
    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), QStringLiteral("celik"));
    REQUIRE(shownNames(view).size() == 2);
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS")) {
        view.searchField()->clear();
        REQUIRE(view.grab().save(QStringLiteral("/tmp/koers-caseload-names.png")));
    }
}
