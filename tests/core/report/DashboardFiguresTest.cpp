// Every dashboard figure against numbers computed by hand on a small fixed caseload (the comments give
// each client's dates; "today" is 2 November 2026). Includes a route switch, a client who moved away
// (in and before the period), a PIP at exactly 70 and at 71 days and a deleted client.
#include "core/CatchQtPrinters.h"

#include "FigureTestSupport.h"
#include "core/storage/TestSupport.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "report/DashboardFigures.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QBuffer>

#include <cmath>

using namespace koers;
using namespace koers::test;

namespace {

struct Caseload : FigureStore {
    QString baarn, soest, anna, bram;
    QString c1, c2, c3, c4, c5, c6, c7, c8, c9;

    Caseload()
        : FigureStore("d.koers") {
        baarn = place(QStringLiteral("Baarn"));
        soest = place(QStringLiteral("Soest"));
        anna = coach(QStringLiteral("Anna de Vries"));
        bram = coach(QStringLiteral("Bram Jansen"));
        ClientService service(*store);

        // C1: asylum, B1, koppeling 5 Jan 2026, PIP 16 Mar 2026 = 70 days (week 10, within the norm).
        c1 = client(service, anna, baarn, TargetGroup::Asylum, QDate(2026, 1, 5), {});
        pip(service, c1, QDate(2026, 3, 16), Route::B1);
        achieve(c1, MilestoneKind::IntakeDone, QDate(2026, 2, 20));
        achieve(c1, MilestoneKind::PipFixed, QDate(2026, 3, 16));
        achieve(c1, MilestoneKind::LanguageCourseStarted, QDate(2026, 4, 1));

        // C2: asylum, Z, koppeling 5 Jan 2026, PIP 17 Mar 2026 = 71 days (week 11, after the norm);
        // "PIP decided" (due 16 Mar) and the course (due 28 Apr) still open: late.
        c2 = client(service, anna, baarn, TargetGroup::Asylum, QDate(2026, 1, 5), {});
        pip(service, c2, QDate(2026, 3, 17), Route::Z);
        achieve(c2, MilestoneKind::IntakeDone, QDate(2026, 3, 1));

        // C3: family migrant, BRP 10 Jun 2025, first PIP 1 Aug 2025 (B1), switched to the education
        // route on 1 Feb 2026; all education-route parts achieved: finishing.
        c3 = client(service, bram, soest, TargetGroup::Family, {}, QDate(2025, 6, 10));
        pip(service, c3, QDate(2025, 8, 1), Route::B1);
        achieve(c3, MilestoneKind::IntakeDone, QDate(2025, 8, 1));
        achieve(c3, MilestoneKind::PipFixed, QDate(2025, 8, 1));
        achieve(c3, MilestoneKind::LanguageCourseStarted, QDate(2025, 9, 1));
        pip(service, c3, QDate(2026, 2, 1), Route::Education);
        achieve(c3, MilestoneKind::PvtSigned, QDate(2026, 5, 1));
        achieve(c3, MilestoneKind::ExamKnm, QDate(2026, 6, 1));
        achieve(c3, MilestoneKind::BridgingYearDone, QDate(2026, 7, 1));

        // C4: asylum, B1, koppeling 2 Feb 2026, PIP 6 Apr 2026 = 63 days; moved away on 15 Jun 2026.
        c4 = client(service, bram, baarn, TargetGroup::Asylum, QDate(2026, 2, 2), {});
        pip(service, c4, QDate(2026, 4, 6), Route::B1);
        achieve(c4, MilestoneKind::IntakeDone, QDate(2026, 3, 20));
        achieve(c4, MilestoneKind::PipFixed, QDate(2026, 4, 6));
        close(service, c4, ClientStatus::Moved, QDate(2026, 6, 15));

        // C5: other migrant, BRP 10 Aug 2026, no PIP; intake and PIP due 19 Oct 2026: both late.
        c5 = client(service, anna, soest, TargetGroup::Other, {}, QDate(2026, 8, 10));

        // C6: asylum, koppeling 1 Mar 2025, moved away on 1 Oct 2025, before the period.
        c6 = client(service, anna, baarn, TargetGroup::Asylum, QDate(2025, 3, 1), {});
        close(service, c6, ClientStatus::Moved, QDate(2025, 10, 1));

        // C7: asylum, B1, koppeling 6 Nov 2023, PIP 15 Jan 2024 = 70 days; term ends 15 Jan 2027 (within
        // 6 months): finishing. Four exams done in 2026, KNM (due 15 Jul 2026) open: late.
        c7 = client(service, bram, soest, TargetGroup::Asylum, QDate(2023, 11, 6), {});
        pip(service, c7, QDate(2024, 1, 15), Route::B1);
        achieve(c7, MilestoneKind::IntakeDone, QDate(2023, 12, 20));
        achieve(c7, MilestoneKind::PipFixed, QDate(2024, 1, 15));
        achieve(c7, MilestoneKind::LanguageCourseStarted, QDate(2024, 2, 20));
        achieve(c7, MilestoneKind::MapDone, QDate(2024, 12, 1));
        achieve(c7, MilestoneKind::PvtSigned, QDate(2025, 1, 10));
        achieve(c7, MilestoneKind::ExamReading, QDate(2026, 3, 1));
        achieve(c7, MilestoneKind::ExamListening, QDate(2026, 3, 1));
        achieve(c7, MilestoneKind::ExamWriting, QDate(2026, 4, 1));
        achieve(c7, MilestoneKind::ExamSpeaking, QDate(2026, 5, 1));

        // C8: deleted; counts nowhere.
        c8 = client(service, anna, baarn, TargetGroup::Asylum, QDate(2026, 3, 2), {});
        REQUIRE(service.removeClient(c8).ok());

        // C9: asylum, Z, koppeling 6 Oct 2025, PIP 8 Dec 2025 = 63 days; course due 19 Jan 2026,
        // achieved 10 Feb 2026: late at the end of January only.
        c9 = client(service, bram, soest, TargetGroup::Asylum, QDate(2025, 10, 6), {});
        pip(service, c9, QDate(2025, 12, 8), Route::Z);
        achieve(c9, MilestoneKind::IntakeDone, QDate(2025, 11, 20));
        achieve(c9, MilestoneKind::PipFixed, QDate(2025, 12, 8));
        achieve(c9, MilestoneKind::LanguageCourseStarted, QDate(2026, 2, 10));
    }

    QString place(const QString& name) {
        Municipality m;
        m.name = name;
        auto stored = Repository<Municipality>(*store).insert(m);
        REQUIRE(stored.ok());
        return stored->meta.id;
    }
    QString coach(const QString& name) {
        Coach c;
        c.name = name;
        auto stored = Repository<Coach>(*store).insert(c);
        REQUIRE(stored.ok());
        return stored->meta.id;
    }
    QString client(ClientService& service, const QString& coachId, const QString& municipalityId, TargetGroup group,
                   QDate koppeling, QDate brp) {
        Client c;
        c.firstNames = QStringLiteral("Test");
        c.lastName = QStringLiteral("Client");
        c.coachId = coachId;
        c.municipalityId = municipalityId;
        c.targetGroup = group;
        c.koppelingDate = koppeling;
        c.brpDate = brp;
        auto stored = service.addClient(c);
        REQUIRE(stored.ok());
        return stored->meta.id;
    }
    void close(ClientService& service, const QString& clientId, ClientStatus status, QDate on) {
        auto c = Repository<Client>(*store).get(clientId);
        REQUIRE(c.ok());
        c->status = status;
        c->statusDate = on;
        REQUIRE(service.updateClient(c.value()).ok());
    }
};

DashboardFilter year2026() {
    DashboardFilter f;
    f.from = QDate(2026, 1, 1);
    return f;
}

Figure figure(Caseload& data, FigureId id, const DashboardFilter& filter) {
    DashboardFigures figures(*data.store);
    auto fig = figures.compute(id, filter);
    REQUIRE(fig.ok());
    return fig.value();
}

QStringList ids(Caseload& data, FigureId id, const DashboardFilter& filter, const QString& category,
                const QString& series = {}) {
    DashboardFigures figures(*data.store);
    auto found = figures.clientIds(id, filter, category, series);
    REQUIRE(found.ok());
    return found.value();
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

Row row(const Figure& fig, const QString& seriesKey) {
    const int s = fig.seriesIndex(seriesKey);
    REQUIRE(s >= 0);
    return fig.values[std::size_t(s)];
}

} // namespace

TEST_CASE("Caseload per coach counts open clients by current route", "[report][dashboard]") {
    Caseload data;
    const Figure fig = figure(data, FigureId::CaseloadPerCoach, year2026());
    REQUIRE(fig.categoryKeys == QStringList{data.anna, data.bram});
    REQUIRE(fig.categories == QStringList{QStringLiteral("Anna de Vries"), QStringLiteral("Bram Jansen")});
    REQUIRE(fig.seriesKeys == QStringList{QStringLiteral("b1"), QStringLiteral("education"), QStringLiteral("z"),
                                          QStringLiteral("none")});
    // Anna: C1 (B1), C2 (Z), C5 (none). Bram: C3 (education since the switch), C7 (B1), C9 (Z). C4 and C6
    // moved away, C8 is deleted.
    REQUIRE(row(fig, QStringLiteral("b1")) == Row{1, 1});
    REQUIRE(row(fig, QStringLiteral("education")) == Row{0, 1});
    REQUIRE(row(fig, QStringLiteral("z")) == Row{1, 1});
    REQUIRE(row(fig, QStringLiteral("none")) == Row{1, 0});
    REQUIRE(ids(data, FigureId::CaseloadPerCoach, year2026(), data.bram, QStringLiteral("education")) ==
            QStringList{data.c3});

    SECTION("at the end of an earlier period the moved client is still there and C5 has not arrived") {
        DashboardFilter f = year2026();
        f.to = QDate(2026, 4, 30);
        const Figure april = figure(data, FigureId::CaseloadPerCoach, f);
        REQUIRE(april.categoryKeys == QStringList{data.anna, data.bram});
        REQUIRE(row(april, QStringLiteral("b1")) == Row{1, 2});
        REQUIRE(row(april, QStringLiteral("none")) == Row{0, 0});
    }
    SECTION("filters: one municipality, several, coach, route, target group") {
        DashboardFilter f = year2026();
        f.municipalityIds = {data.soest};
        Figure soest = figure(data, FigureId::CaseloadPerCoach, f);
        REQUIRE(soest.total() == 4);
        REQUIRE(row(soest, QStringLiteral("none")) == Row{1, 0});
        f.municipalityIds = {data.soest, data.baarn};
        REQUIRE(figure(data, FigureId::CaseloadPerCoach, f).total() == 6);
        f = year2026();
        f.coachId = data.bram;
        Figure bram = figure(data, FigureId::CaseloadPerCoach, f);
        REQUIRE(bram.categoryKeys == QStringList{data.bram});
        REQUIRE(bram.total() == 3);
        f = year2026();
        f.route = Route::Z;
        REQUIRE(sorted(ids(data, FigureId::CaseloadPerCoach, f, data.anna)) == QStringList{data.c2});
        REQUIRE(figure(data, FigureId::CaseloadPerCoach, f).total() == 2);
        f = year2026();
        f.targetGroup = TargetGroup::Family;
        REQUIRE(figure(data, FigureId::CaseloadPerCoach, f).total() == 1);
    }
}

TEST_CASE("Clients per phase follow the documented rules", "[report][dashboard]") {
    Caseload data;
    const Figure fig = figure(data, FigureId::ClientsPerPhase, year2026());
    REQUIRE(fig.categoryKeys == QStringList{QStringLiteral("intake"), QStringLiteral("pip"), QStringLiteral("in_route"),
                                            QStringLiteral("finishing"), QStringLiteral("done")});
    // intake C5; PIP C2; in route C1, C9; finishing C3 (all parts), C7 (term ends within 6 months);
    // done C4 (moved in the period). C6 moved before the period.
    REQUIRE(fig.values[0] == Row{1, 1, 2, 2, 1});
    REQUIRE(sorted(ids(data, FigureId::ClientsPerPhase, year2026(), QStringLiteral("finishing"),
                       QString(QLatin1String("")))) == sorted({data.c3, data.c7}));
    REQUIRE(ids(data, FigureId::ClientsPerPhase, year2026(), QStringLiteral("done")) == QStringList{data.c4});

    SECTION("as of the end of April") {
        DashboardFilter f = year2026();
        f.to = QDate(2026, 4, 30);
        // C4 not yet moved and its course not started: PIP, like C2. C3's PVT was achieved only in May,
        // C7's term end is more than 6 months after 30 April: both in route. C5 had not arrived.
        REQUIRE(figure(data, FigureId::ClientsPerPhase, f).values[0] == Row{0, 2, 4, 0, 0});
    }
    SECTION("without a period start the client who moved away in 2025 is done as well") {
        REQUIRE(figure(data, FigureId::ClientsPerPhase, DashboardFilter{}).values[0] == Row{1, 1, 2, 2, 2});
    }
}

TEST_CASE("Milestones per coach: on schedule, late and achieved", "[report][dashboard]") {
    Caseload data;
    const Figure fig = figure(data, FigureId::MilestonesPerCoach, year2026());
    REQUIRE(fig.categoryKeys == QStringList{data.anna, data.bram});
    // Anna: C1 MAP, PVT, 5 exams + C2 MAP, PVT, 2 Z hours on schedule; C2 PIP and course, C5 intake and
    // PIP late; C1 intake, PIP, course and C2 intake achieved in 2026.
    // Bram: C4 MAP, PVT, 5 exams + C9 MAP, PVT, 2 Z hours on schedule; C4 course, C7 KNM late;
    // C3 PVT, KNM, bridging year, C4 intake, PIP, C7 four exams, C9 course achieved in 2026.
    // C3's B1 parts were waived by the route switch and count nowhere.
    REQUIRE(row(fig, QStringLiteral("on_schedule")) == Row{11, 11});
    REQUIRE(row(fig, QStringLiteral("late")) == Row{4, 2});
    REQUIRE(row(fig, QStringLiteral("achieved")) == Row{4, 10});
    REQUIRE(sorted(ids(data, FigureId::MilestonesPerCoach, year2026(), data.anna, QStringLiteral("late"))) ==
            sorted({data.c2, data.c5}));
}

TEST_CASE("Weeks to the first PIP: 70 days is within the 10-week norm", "[report][dashboard]") {
    Caseload data;
    const Figure fig = figure(data, FigureId::WeeksToPip, year2026());
    REQUIRE(fig.categoryKeys.size() == DashboardFigures::maxWeekBin);
    REQUIRE(fig.categoryKeys.first() == QStringLiteral("1"));
    REQUIRE(fig.categories.last() == QStringLiteral("26+"));
    REQUIRE(fig.normAfterCategory == 9); // after the bar of week 10
    // First PIPs in 2026: C4 63 days (week 9), C1 70 days (week 10), C2 71 days (week 11). C3's second
    // PIP is in 2026, but its first is not.
    Row within(26, 0), after(26, 0);
    within[8] = 1;
    within[9] = 1;
    after[10] = 1;
    REQUIRE(row(fig, QStringLiteral("within")) == within);
    REQUIRE(row(fig, QStringLiteral("after")) == after);
    REQUIRE(ids(data, FigureId::WeeksToPip, year2026(), QStringLiteral("10"), QStringLiteral("within")) ==
            QStringList{data.c1});
    REQUIRE(ids(data, FigureId::WeeksToPip, year2026(), QStringLiteral("11"), QStringLiteral("after")) ==
            QStringList{data.c2});

    SECTION("all time: C3 52 days from BRP (week 8), C9 63 days, C7 70 days") {
        const Figure all = figure(data, FigureId::WeeksToPip, DashboardFilter{});
        within[7] = 1;
        within[8] = 2;
        within[9] = 2;
        REQUIRE(row(all, QStringLiteral("within")) == within);
        REQUIRE(row(all, QStringLiteral("after")) == after);
    }
}

TEST_CASE("Inflow per quarter with the share that has a PIP", "[report][dashboard]") {
    Caseload data;
    const Figure fig = figure(data, FigureId::InflowPerQuarter, year2026());
    REQUIRE(fig.categoryKeys == QStringList{QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2"),
                                            QStringLiteral("2026-Q3"), QStringLiteral("2026-Q4")});
    // Q1: C1, C2, C4 (moved away later, still inflow), all with a PIP; Q3: C5 without. C8 is deleted.
    REQUIRE(row(fig, QStringLiteral("with_pip")) == Row{3, 0, 0, 0});
    REQUIRE(row(fig, QStringLiteral("without_pip")) == Row{0, 0, 1, 0});
    REQUIRE(fig.line[0] == 100.0);
    REQUIRE(std::isnan(fig.line[1]));
    REQUIRE(fig.line[2] == 0.0);
    REQUIRE(sorted(ids(data, FigureId::InflowPerQuarter, year2026(), QStringLiteral("2026-Q1"))) ==
            sorted({data.c1, data.c2, data.c4}));

    SECTION("all time starts at the first quarter with inflow (C7, Q4 2023)") {
        const Figure all = figure(data, FigureId::InflowPerQuarter, DashboardFilter{});
        REQUIRE(all.categoryKeys.first() == QStringLiteral("2023-Q4"));
        REQUIRE(all.categoryKeys.last() == QStringLiteral("2026-Q4"));
        REQUIRE(all.total() == 8);
    }
}

TEST_CASE("Late milestones at the end of each month", "[report][dashboard]") {
    Caseload data;
    const Figure fig = figure(data, FigureId::LateTrend, year2026());
    REQUIRE(fig.categoryKeys.size() == 11); // January to November 2026
    REQUIRE(fig.categoryKeys.last() == QStringLiteral("2026-11"));
    // Jan: C9 course. Mar: C2 PIP. Apr: + C2 course. May: + C4 course. Jul: + C7 KNM. Oct: + C5 intake
    // and PIP. November is counted at today (2 Nov) and equals the late milestones of the coach figure.
    REQUIRE(fig.values[0] == Row{1, 0, 1, 2, 3, 3, 4, 4, 4, 6, 6});
    REQUIRE(ids(data, FigureId::LateTrend, year2026(), QStringLiteral("2026-01")) == QStringList{data.c9});
    REQUIRE(sorted(ids(data, FigureId::LateTrend, year2026(), QStringLiteral("2026-05"))) ==
            sorted({data.c2, data.c4}));
}

TEST_CASE("The clients behind each client-level number are exactly as many as the number", "[report][dashboard]") {
    Caseload data;
    DashboardFigures figures(*data.store);
    for (FigureId id :
         {FigureId::CaseloadPerCoach, FigureId::ClientsPerPhase, FigureId::WeeksToPip, FigureId::InflowPerQuarter}) {
        for (const DashboardFilter& f : {year2026(), DashboardFilter{}}) {
            auto fig = figures.compute(id, f);
            REQUIRE(fig.ok());
            for (int c = 0; c < fig->categoryKeys.size(); ++c)
                for (int s = 0; s < fig->seriesKeys.size(); ++s) {
                    auto found = figures.clientIds(id, f, fig->categoryKeys[c], fig->seriesKeys[s]);
                    REQUIRE(found.ok());
                    CHECK(found->size() == fig->value(s, c));
                }
        }
    }
}

TEST_CASE("A figure's numbers as CSV: one row per category and series", "[report][dashboard]") {
    Caseload data;
    auto csvOf = [&data](FigureId id) {
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(DashboardFigures::writeCsv(figure(data, id, year2026()), buffer).ok());
        return buffer.data();
    };
    REQUIRE(csvOf(FigureId::ClientsPerPhase) == QByteArray("\xEF\xBB\xBF"
                                                           "Figure;Category key;Category;Series key;Series;Value\r\n"
                                                           "clients_per_phase;intake;Intake;;Clients;1\r\n"
                                                           "clients_per_phase;pip;PIP decided;;Clients;1\r\n"
                                                           "clients_per_phase;in_route;In route;;Clients;2\r\n"
                                                           "clients_per_phase;finishing;Finishing;;Clients;2\r\n"
                                                           "clients_per_phase;done;Done;;Clients;1\r\n"));

    // A share line has a decimal comma, as Dutch Excel reads it ("11.6" it takes for a date).
    const QString inflow = QString::fromUtf8(csvOf(FigureId::InflowPerQuarter));
    CHECK(inflow.contains(QStringLiteral("inflow_per_quarter;2026-Q1;Q1 2026;share_pct;Share with PIP (%);100,0\r\n")));
    CHECK(inflow.contains(QStringLiteral("inflow_per_quarter;2026-Q2;Q2 2026;share_pct;Share with PIP (%);\r\n")));
    CHECK(inflow.contains(QStringLiteral("inflow_per_quarter;2026-Q3;Q3 2026;share_pct;Share with PIP (%);0,0\r\n")));
}

TEST_CASE("Report figures on the hand-computed caseload", "[report]") {
    Caseload data;
    DashboardFilter f = year2026();
    // Inflow 2026: C1, C2, C4 (asylum) and C5 (other).
    REQUIRE(row(figure(data, FigureId::InflowPerTargetGroup, f), QStringLiteral("clients")) == Row{3, 0, 1});
    // In the period: C1 B1, C2 Z, C3 education (family), C4 B1 (moved in June), C5 none (other), C7 B1, C9 Z.
    const Figure routes = figure(data, FigureId::ClientsPerRoute, f);
    REQUIRE(routes.categoryKeys == QStringList{QStringLiteral("b1"), QStringLiteral("education"), QStringLiteral("z"),
                                               QStringLiteral("none")});
    REQUIRE(row(routes, QStringLiteral("asylum")) == Row{3, 0, 2, 0});
    REQUIRE(row(routes, QStringLiteral("family")) == Row{0, 1, 0, 0});
    REQUIRE(row(routes, QStringLiteral("other")) == Row{0, 0, 0, 1});
    // First PIPs in 2026: C1 at 70 days (within), C2 at 71 (later), C4 at 63 (within); no intakes recorded.
    const Figure timely = figure(data, FigureId::Timeliness, f);
    REQUIRE(row(timely, QStringLiteral("within")) == Row{0, 2});
    REQUIRE(row(timely, QStringLiteral("after")) == Row{0, 1});
    REQUIRE(timely.measures.size() == 2);
    REQUIRE(std::isnan(timely.measures[0].values[0]));
    REQUIRE(std::abs(timely.measures[0].values[1] - 200.0 / 3.0) < 1e-9);
    REQUIRE(std::isnan(timely.measures[1].values[0]));
    REQUIRE(timely.measures[1].values[1] == 10.0); // median of 63, 70, 71 days
    // Achieved in 2026: C3's PVT and KNM (C7's MAP and PVT were in 2024 and 2025); C7's four exams.
    REQUIRE(row(figure(data, FigureId::ModulesCompleted, f), QStringLiteral("clients")) == Row{0, 1, 1});
    REQUIRE(row(figure(data, FigureId::ExamsPassed, f), QStringLiteral("clients")) == Row{1, 1, 1, 1});
    // Outflow 2026: C4 moved away (C6 left in 2025).
    REQUIRE(row(figure(data, FigureId::Outflow, f), QStringLiteral("clients")) == Row{0, 0, 0, 1, 0});
    // In the caseload on 2 November: C1, C2, C3, C5, C7, C9, none with recorded participation.
    REQUIRE(row(figure(data, FigureId::ParticipationAtEnd, f), QStringLiteral("clients")) == Row{0, 0, 0, 6});
    // Milestones per route add up to the milestones per coach.
    const Figure progress = figure(data, FigureId::MilestoneProgress, f);
    REQUIRE(progress.total() == figure(data, FigureId::MilestonesPerCoach, f).total());
    // The clients behind a number follow the same definition.
    REQUIRE(ids(data, FigureId::Outflow, f, QStringLiteral("moved")) == QStringList{data.c4});
    REQUIRE(ids(data, FigureId::ClientsPerRoute, f, QStringLiteral("z"), QStringLiteral("asylum")) ==
            sorted({data.c2, data.c9}));
}
