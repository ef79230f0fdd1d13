// A large caseload shows its clients at once and reads their next milestones in slices while the window goes on
// (issue 16): the same rows, next milestones, due states, order and selection in the end as when read in one go,
// and the columns say they are being read until then.
#include "core/CatchQtPrinters.h"

#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "demo/DemoLoader.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

// What the table shows, row by row: client, next milestone, due date text, due state.
QStringList shown(CaseloadView& view) {
    QStringList out;
    const QAbstractItemModel* m = view.table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(m->index(r, 0).data(CaseloadModel::ClientIdRole).toString(),
                        m->index(r, CaseloadModel::NextMilestone).data().toString(),
                        m->index(r, CaseloadModel::Due).data().toString(),
                        m->index(r, 0).data(CaseloadModel::DueStateRole).toString());
    return out;
}

bool waitUntilLoaded(CaseloadView& view) {
    QElapsedTimer timer;
    timer.start();
    while (view.loading() && timer.elapsed() < 20000)
        QTest::qWait(5);
    return !view.loading();
}

} // namespace

TEST_CASE("A large caseload shows its clients first and its next milestones after, as if read at once",
          "[ui][caseload][progressive]") {
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("large.koers")), "pass", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 120, 5).ok());

    CaseloadView atOnce(settings);
    atOnce.resize(1280, 720);
    atOnce.show();
    atOnce.reload(*store.value());
    REQUIRE_FALSE(atOnce.loading());
    const QStringList expected = shown(atOnce);
    REQUIRE(expected.size() == 120);

    CaseloadView sliced(settings);
    sliced.resize(1280, 720);
    sliced.show();
    sliced.setProgressiveFrom(50);

    SECTION("by name, with a client selected") {
        sliced.reload(*store.value());
        REQUIRE(sliced.loading());
        CHECK(sliced.model()->duePending());
        // The clients are there at once, by name; their next milestones are being read.
        const QStringList first = shown(sliced);
        REQUIRE(first.size() == expected.size());
        for (int r = 0; r < first.size(); ++r) {
            CHECK(first[r].section(QLatin1Char('|'), 0, 0) == expected[r].section(QLatin1Char('|'), 0, 0));
            CHECK(first[r].section(QLatin1Char('|'), 2, 2) == QStringLiteral("…"));
        }
        sliced.table()->selectRow(7);
        const QString selected = sliced.currentClientId();
        REQUIRE(waitUntilLoaded(sliced));
        CHECK_FALSE(sliced.model()->duePending());
        CHECK(shown(sliced) == expected);
        CHECK(sliced.currentClientId() == selected);
        CHECK(sliced.errorText().isEmpty());
    }
    SECTION("sorted by due date and filtered on late ones while reading") {
        atOnce.table()->sortByColumn(CaseloadModel::Due, Qt::AscendingOrder);
        atOnce.dueFilter()->setCurrentIndex(1); // late
        const QStringList lateByDue = shown(atOnce);
        REQUIRE_FALSE(lateByDue.isEmpty());
        sliced.reload(*store.value());
        REQUIRE(sliced.loading());
        sliced.table()->sortByColumn(CaseloadModel::Due, Qt::AscendingOrder);
        sliced.dueFilter()->setCurrentIndex(1);
        REQUIRE(waitUntilLoaded(sliced));
        CHECK(shown(sliced) == lateByDue);
    }
    SECTION("cleared while reading (the file locks), it stops") {
        sliced.reload(*store.value());
        REQUIRE(sliced.loading());
        sliced.clear();
        CHECK_FALSE(sliced.loading());
        store.value().reset(); // the store may go: nothing reads it any more
        QTest::qWait(50);
        CHECK(sliced.model()->rowCount() == 0);
    }
}
