// The dashboard shows the core's numbers, follows its filters, opens the clients behind a bar or a table
// cell and exports through the file-dialog seam. With KOERS_SCREENSHOT_DIR set it also saves screenshots
// of the dashboard on 2,000 demo clients at 1400 x 900, in English and with Dutch text (for looking at,
// not for comparing).
#include "core/CatchQtPrinters.h"

#include "dashboard/DashboardView.h"
#include "dashboard/FigureTableModel.h"
#include "demo/DemoLoader.h"
#include "storage/Store.h"
#include "ui/ScriptedPrompts.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <functional>

using namespace koers;
using koers::test::ScriptedPrompts;

namespace {

QDateTime demoNow() {
    return QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
}

struct DemoFile {
    QTemporaryDir dir;
    FixedClock clock{demoNow()};
    std::unique_ptr<Store> store;

    explicit DemoFile(int clients) {
        auto s = Store::create(dir.filePath(QStringLiteral("demo.koers")), "demo", clock, QStringLiteral("lead"));
        REQUIRE(s.ok());
        store = std::move(s.value());
        REQUIRE(DemoLoader::load(*store, clients, 7).ok());
    }
};

QAbstractBarSeries* barsOf(FigurePanel* panel) {
    for (QAbstractSeries* s : panel->chartView()->chart()->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            return bars;
    return nullptr;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Likely Dutch for the dashboard's strings, only to look at the layout with Dutch lengths.
class DutchPreview final : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char* = nullptr, int = -1) const override {
        static const QHash<QString, QString> dutch{
            {QStringLiteral("Caseload per coach"), QStringLiteral("Caseload per klantregisseur")},
            {QStringLiteral("Coach"), QStringLiteral("Klantregisseur")},
            {QStringLiteral("Clients"), QStringLiteral("Inburgeraars")},
            {QStringLiteral("Clients per phase"), QStringLiteral("Inburgeraars per fase")},
            {QStringLiteral("Phase"), QStringLiteral("Fase")},
            {QStringLiteral("PIP decided"), QStringLiteral("PIP vastgesteld")},
            {QStringLiteral("In route"), QStringLiteral("In leerroute")},
            {QStringLiteral("Finishing"), QStringLiteral("Afronding")},
            {QStringLiteral("Done"), QStringLiteral("Uitgestroomd")},
            {QStringLiteral("Milestones per coach"), QStringLiteral("Mijlpalen per klantregisseur")},
            {QStringLiteral("Milestones"), QStringLiteral("Mijlpalen")},
            {QStringLiteral("On schedule"), QStringLiteral("Op schema")},
            {QStringLiteral("Late"), QStringLiteral("Te laat")},
            {QStringLiteral("Achieved"), QStringLiteral("Behaald")},
            {QStringLiteral("Weeks from koppeling to first PIP"), QStringLiteral("Weken van koppeling tot eerste PIP")},
            {QStringLiteral("Weeks"), QStringLiteral("Weken")},
            {QStringLiteral("Within %n weeks"), QStringLiteral("Binnen %n weken")},
            {QStringLiteral("Norm: %n weeks"), QStringLiteral("Norm: %n weken")},
            {QStringLiteral("Inflow per quarter"), QStringLiteral("Instroom per kwartaal")},
            {QStringLiteral("Quarter"), QStringLiteral("Kwartaal")},
            {QStringLiteral("With PIP"), QStringLiteral("Met PIP")},
            {QStringLiteral("Without PIP yet"), QStringLiteral("Nog zonder PIP")},
            {QStringLiteral("Share with PIP (%)"), QStringLiteral("Aandeel met PIP (%)")},
            {QStringLiteral("Q%1 %2"), QStringLiteral("K%1 %2")},
            {QStringLiteral("Late milestones per month"), QStringLiteral("Te late mijlpalen per maand")},
            {QStringLiteral("Month"), QStringLiteral("Maand")},
            {QStringLiteral("Late milestones"), QStringLiteral("Te late mijlpalen")},
            {QStringLiteral("Table"), QStringLiteral("Tabel")},
            {QStringLiteral("Total"), QStringLiteral("Totaal")},
            {QStringLiteral("&Period"), QStringLiteral("&Periode")},
            {QStringLiteral("to"), QStringLiteral("t/m")},
            {QStringLiteral("&Municipalities"), QStringLiteral("&Gemeenten")},
            {QStringLiteral("&Coach"), QStringLiteral("&Klantregisseur")},
            {QStringLiteral("&Route"), QStringLiteral("&Leerroute")},
            {QStringLiteral("&Target group"), QStringLiteral("&Doelgroep")},
            {QStringLiteral("Refresh"), QStringLiteral("Vernieuwen")},
            {QStringLiteral("All municipalities"), QStringLiteral("Alle gemeenten")},
            {QStringLiteral("All coaches"), QStringLiteral("Alle klantregisseurs")},
            {QStringLiteral("All routes"), QStringLiteral("Alle leerroutes")},
            {QStringLiteral("All target groups"), QStringLiteral("Alle doelgroepen")},
        };
        return dutch.value(QString::fromUtf8(source));
    }
};

} // namespace

TEST_CASE("The dashboard shows the core's figures and follows the filters", "[ui][dashboard]") {
    DemoFile demo(200);
    ScriptedPrompts prompts;
    DashboardView view(*demo.store, prompts);
    DashboardFigures figures(*demo.store);
    REQUIRE(view.errorText().isEmpty());
    for (FigureId id : DashboardFigures::allFigures()) {
        auto expected = figures.compute(id, view.filter());
        REQUIRE(expected.ok());
        CHECK(view.panel(id)->figure().values == expected->values);
        CHECK(view.panel(id)->figure().categoryKeys == expected->categoryKeys);
        QAbstractItemModelTester tester(view.panel(id)->tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        CHECK(view.panel(id)->tableModel()->rowCount() == expected->categoryKeys.size());
    }

    SECTION("choosing a coach narrows every figure to that coach") {
        view.coachBox()->setCurrentIndex(1);
        const QString coach = view.coachBox()->currentData().toString();
        REQUIRE(view.filter().coachId == coach);
        REQUIRE(view.panel(FigureId::CaseloadPerCoach)->figure().categoryKeys == QStringList{coach});
        auto expected = figures.compute(FigureId::ClientsPerPhase, view.filter());
        REQUIRE(view.panel(FigureId::ClientsPerPhase)->figure().values == expected->values);
    }
    SECTION("route, target group and municipalities") {
        view.routeBox()->setCurrentIndex(view.routeBox()->findData(QStringLiteral("z")));
        view.targetGroupBox()->setCurrentIndex(view.targetGroupBox()->findData(QStringLiteral("asylum")));
        view.municipalityMenu()->actions().at(0)->setChecked(true);
        const DashboardFilter f = view.filter();
        REQUIRE(f.route == Route::Z);
        REQUIRE(f.targetGroup == TargetGroup::Asylum);
        REQUIRE(f.municipalityIds.size() == 1);
        auto expected = figures.compute(FigureId::InflowPerQuarter, f);
        REQUIRE(view.panel(FigureId::InflowPerQuarter)->figure().values == expected->values);
    }
}

TEST_CASE("A click on a bar or a table cell opens exactly the clients behind the number", "[ui][dashboard]") {
    DemoFile demo(200);
    ScriptedPrompts prompts;
    DashboardView view(*demo.store, prompts);
    DashboardFigures figures(*demo.store);
    QSignalSpy opened(&view, &DashboardView::openCaseload);

    FigurePanel* caseload = view.panel(FigureId::CaseloadPerCoach);
    QAbstractBarSeries* bars = barsOf(caseload);
    REQUIRE(bars != nullptr);
    const Figure& fig = caseload->figure();
    // Horizontal bars count from the bottom: bar index 0 is the last category of the figure.
    const int lastCategory = int(fig.categoryKeys.size()) - 1;
    Q_EMIT bars->clicked(0, bars->barSets().at(0));
    REQUIRE(opened.size() == 1);
    auto expected =
        figures.clientIds(FigureId::CaseloadPerCoach, view.filter(), fig.categoryKeys[lastCategory], fig.seriesKeys[0]);
    REQUIRE(opened.at(0).at(0).toStringList() == expected.value());
    REQUIRE(opened.at(0).at(0).toStringList().size() == fig.value(0, lastCategory));
    REQUIRE(opened.at(0).at(1).toString() ==
            fig.title + QStringLiteral(": ") + fig.categories[lastCategory] + QStringLiteral(", ") + fig.series[0]);

    FigurePanel* phases = view.panel(FigureId::ClientsPerPhase);
    phases->tableButton()->click();
    REQUIRE(phases->showsTable());
    Q_EMIT phases->tableView()->activated(phases->tableModel()->index(1, 1));
    REQUIRE(opened.size() == 2);
    REQUIRE(opened.at(1).at(0).toStringList().size() == phases->figure().value(0, 1));
}

TEST_CASE("The cohort panel shows one figure of the family at a time, with its share and drill-down",
          "[ui][dashboard][cohort]") {
    DemoFile demo(200);
    ScriptedPrompts prompts;
    DashboardView view(*demo.store, prompts);
    DashboardFigures figures(*demo.store);
    QSignalSpy opened(&view, &DashboardView::openCaseload);
    QComboBox* chooser = view.cohortBox();
    REQUIRE(chooser->count() == int(DashboardFigures::cohortFigures().size()));
    for (int i = 0; i < chooser->count(); ++i) {
        chooser->setCurrentIndex(i);
        const FigureId id = FigureId(chooser->currentData().toInt());
        FigurePanel* panel = view.panel(id);
        auto expected = figures.compute(id, view.filter());
        REQUIRE(expected.ok());
        CHECK(panel->figure().id == id);
        CHECK(chooser->currentText() == expected->title);
        CHECK(panel->figure().values == expected->values);
        // The table has the share beside the counts.
        FigureTableModel* table = panel->tableModel();
        const int share = table->columnCount() - 1;
        CHECK(table->headerData(share, Qt::Horizontal, Qt::ToolTipRole).toString() == expected->measures[0].name);
    }
    // A bar of the cohort chart opens the clients behind it.
    chooser->setCurrentIndex(0);
    FigurePanel* panel = view.panel(FigureId(chooser->currentData().toInt()));
    QAbstractBarSeries* bars = barsOf(panel);
    REQUIRE(bars != nullptr);
    const Figure& fig = panel->figure();
    const int last = int(fig.categoryKeys.size()) - 1; // horizontal: bar 0 is the last category
    Q_EMIT bars->clicked(0, bars->barSets().at(0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toStringList() ==
          figures.clientIds(fig.id, view.filter(), fig.categoryKeys[last], fig.seriesKeys[0]).value());
    CHECK(opened.at(0).at(0).toStringList().size() == fig.value(0, last));
}

TEST_CASE("Hover shows the number, the table copies with its titles, an empty selection draws no bars",
          "[ui][dashboard]") {
    DemoFile demo(100);
    ScriptedPrompts prompts;
    DashboardView view(*demo.store, prompts);
    view.resize(1400, 900);
    view.show();
    FigurePanel* inflow = view.panel(FigureId::InflowPerQuarter);
    QAbstractBarSeries* bars = barsOf(inflow);
    REQUIRE(bars != nullptr);
    Q_EMIT bars->hovered(true, 1, bars->barSets().at(0));
    const Figure& fig = inflow->figure();
    CHECK(QToolTip::text() == fig.categories[1] + QStringLiteral("\n") + fig.series[0] + QStringLiteral(": ") +
                                  QString::number(fig.value(0, 1)));
    Q_EMIT bars->hovered(false, 1, bars->barSets().at(0));

    QTableView* table = inflow->tableView();
    table->selectAll();
    const QString tsv = inflow->tableModel()->toTsv(table->selectionModel()->selectedIndexes());
    REQUIRE(tsv.startsWith(fig.categoryTitle + QStringLiteral("\t") + fig.series[0] + QStringLiteral("\t")));
    REQUIRE(tsv.count(QLatin1Char('\n')) == fig.categoryKeys.size() + 1);

    DashboardFilter nothing;
    nothing.from = QDate(2000, 1, 1);
    nothing.to = QDate(2000, 12, 31);
    view.setFilter(nothing);
    REQUIRE(view.panel(FigureId::CaseloadPerCoach)->figure().categoryKeys.isEmpty());
    REQUIRE(barsOf(view.panel(FigureId::CaseloadPerCoach)) == nullptr);
    REQUIRE(view.panel(FigureId::ClientsPerPhase)->figure().total() == 0);
}

TEST_CASE("Export of a chart as PNG and of its numbers as CSV goes through the file-dialog seam", "[ui][dashboard]") {
    DemoFile demo(50);
    ScriptedPrompts prompts;
    DashboardView view(*demo.store, prompts);
    QTemporaryDir out;
    QString& suggested = prompts.lastSuggested;
    QString& target = prompts.nextFile;
    FigurePanel* panel = view.panel(FigureId::WeeksToPip);

    target = out.filePath(QStringLiteral("chart.png"));
    panel->pngButton()->click();
    REQUIRE(suggested == QStringLiteral("weeks_to_pip.png"));
    QImage image(target);
    REQUIRE_FALSE(image.isNull());
    REQUIRE(image.width() >= 400);

    target = out.filePath(QStringLiteral("numbers.csv"));
    panel->csvButton()->click();
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    REQUIRE(DashboardFigures::writeCsv(panel->figure(), expected).ok());
    REQUIRE(fileBytes(target) == expected.data());

    SECTION("a cancelled dialog writes nothing, a failed write says so") {
        target.clear();
        panel->csvButton()->click();
        REQUIRE(view.errorText().isEmpty());
        target = out.filePath(QStringLiteral("no/such/dir/numbers.csv"));
        panel->csvButton()->click();
        REQUIRE_FALSE(view.errorText().isEmpty());
    }
}

TEST_CASE("Screenshots of the dashboard on demo data", "[ui][dashboard][screenshot]") {
    const QString dir = qEnvironmentVariable("KOERS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return; // only on request: writing files is not what the suite is for
    DemoFile demo(2000);
    auto shoot = [&](const QString& name, const std::function<void(DashboardView&)>& prepare) {
        ScriptedPrompts prompts;
        DashboardView view(*demo.store, prompts);
        view.resize(1400, 900);
        prepare(view);
        view.show();
        QTest::qWait(200);
        REQUIRE(view.grab().save(QDir(dir).filePath(name)));
    };
    shoot(QStringLiteral("dashboard.png"), [](DashboardView&) {});
    shoot(QStringLiteral("dashboard-tables.png"), [](DashboardView& view) {
        for (FigureId id : DashboardFigures::allFigures())
            view.panel(id)->setShowTable(true);
    });
    shoot(QStringLiteral("dashboard-one-coach.png"), [](DashboardView& view) {
        view.municipalityMenu()->actions().at(0)->setChecked(true);
        view.coachBox()->setCurrentIndex(1);
    });

    // Dutch: the file's translations where they exist, and a preview of the dashboard's own strings
    // (translated for real by the lead) so the layout is checked with Dutch lengths.
    QTranslator dutch;
    const QString qm = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/koers_nl.qm");
    if (dutch.load(qm))
        QCoreApplication::installTranslator(&dutch);
    DutchPreview preview;
    QCoreApplication::installTranslator(&preview);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    shoot(QStringLiteral("dashboard-nl.png"), [](DashboardView&) {});
    shoot(QStringLiteral("dashboard-nl-tables.png"), [](DashboardView& view) {
        for (FigureId id : DashboardFigures::allFigures())
            view.panel(id)->setShowTable(true);
    });
    QLocale::setDefault(QLocale::c());
    QCoreApplication::removeTranslator(&preview);
    QCoreApplication::removeTranslator(&dutch);
}
