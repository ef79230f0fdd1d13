// The cohort family against numbers worked out by hand: clients grouped by the year their involvement started,
// asylum status holders apart from family and other migrants, followed to the reference day. "Today" is
// 2 November 2026; the period is 2026, so ref is today.
#include "core/CatchQtPrinters.h"

#include "FigureTestSupport.h"
#include "core/storage/TestSupport.h"
#include "domain/Intake.h"
#include "report/DashboardFigures.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

using namespace koers;
using namespace koers::test;

namespace {

struct Cohorts : FigureStore {
    QString k1, k2, k3, k4, k5, k6, k8;

    Cohorts()
        : FigureStore("c.koers") {
        ClientService service(*store);
        // K1: asylum, koppeling 3 Mar 2025; intake started 1 Apr 2025; PIP 5 May 2025 (63 days), B1; reading exam
        // passed 1 Jun 2026; works.
        k1 = client(service, TargetGroup::Asylum, QDate(2025, 3, 3), {}, Participation::Work);
        intake(k1, QDate(2025, 4, 1));
        pip(service, k1, QDate(2025, 5, 5), Route::B1);
        achieve(k1, MilestoneKind::ExamReading, QDate(2026, 6, 1));
        // K2: asylum, koppeling 1 Sep 2025; intake started 15 Jan 2026 (not in its first year); PIP 20 Feb 2026
        // (172 days: after the norm, within six months, which end on 1 Mar 2026), Z route.
        k2 = client(service, TargetGroup::Asylum, QDate(2025, 9, 1), {}, Participation::None);
        intake(k2, QDate(2026, 1, 15));
        pip(service, k2, QDate(2026, 2, 20), Route::Z);
        // K3: family migrant, BRP 10 Nov 2025; intake started 1 Dec 2025; no PIP; in education.
        k3 = client(service, TargetGroup::Family, {}, QDate(2025, 11, 10), Participation::Education);
        intake(k3, QDate(2025, 12, 1));
        // K4: other migrant, koppeling 2 Feb 2026; intake 1 Mar 2026; PIP 6 Apr 2026 (63 days), education route;
        // KNM passed 1 Oct 2026; moved away 15 Jun 2026 (a cohort keeps those who left).
        k4 = client(service, TargetGroup::Other, QDate(2026, 2, 2), {}, Participation::None);
        intake(k4, QDate(2026, 3, 1));
        pip(service, k4, QDate(2026, 4, 6), Route::Education);
        achieve(k4, MilestoneKind::ExamKnm, QDate(2026, 10, 1));
        Client moved = Repository<Client>(*store).get(k4).value();
        moved.status = ClientStatus::Moved;
        moved.statusDate = QDate(2026, 6, 15);
        REQUIRE(service.updateClient(moved).ok());
        // K5: asylum, koppeling 4 May 2026; nothing yet; volunteers.
        k5 = client(service, TargetGroup::Asylum, QDate(2026, 5, 4), {}, Participation::Volunteering);
        // K6: no start date: in no cohort. K7: deleted. K8: family migrant, koppeling 8 Jan 2024, nothing else.
        k6 = client(service, TargetGroup::Asylum, {}, {}, Participation::Work);
        const QString k7 = client(service, TargetGroup::Asylum, QDate(2026, 3, 2), {}, Participation::Work);
        REQUIRE(service.removeClient(k7).ok());
        k8 = client(service, TargetGroup::Family, QDate(2024, 1, 8), {}, Participation::None);
    }

    QString client(ClientService& service, TargetGroup group, QDate koppeling, QDate brp, Participation p) {
        Client c;
        c.firstNames = QStringLiteral("Test");
        c.lastName = QStringLiteral("Cohort");
        c.targetGroup = group;
        c.koppelingDate = koppeling;
        c.brpDate = brp;
        c.participation = p;
        auto stored = service.addClient(c);
        REQUIRE(stored.ok());
        return stored->meta.id;
    }
    void intake(const QString& clientId, QDate started) {
        Intake in;
        in.clientId = clientId;
        in.startDate = started;
        REQUIRE(Repository<Intake>(*store).insert(in).ok());
    }
};

DashboardFilter year2026() {
    DashboardFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 12, 31);
    return f;
}

Row row(const Figure& fig, const char* series) {
    const int s = fig.seriesIndex(QString::fromLatin1(series));
    REQUIRE(s >= 0);
    return fig.values[std::size_t(s)];
}

} // namespace

TEST_CASE("Cohort figures per year of start and group, followed to the reference day", "[report][cohort]") {
    Cohorts data;
    auto figures = DashboardFigures::forStore(*data.store);
    REQUIRE(figures.ok());
    auto compute = [&](FigureId id) {
        auto fig = figures->compute(id, year2026());
        REQUIRE(fig.ok());
        return fig.value();
    };

    const Figure intake = compute(FigureId::CohortIntakeStarted);
    // From the first cohort (2024) to ref's year, both groups each year, also the empty 2024 asylum cohort.
    REQUIRE(intake.categoryKeys == QStringList{QStringLiteral("2024_asylum"), QStringLiteral("2024_family_other"),
                                               QStringLiteral("2025_asylum"), QStringLiteral("2025_family_other"),
                                               QStringLiteral("2026_asylum"), QStringLiteral("2026_family_other")});
    CHECK(intake.categories[2] == QStringLiteral("2025, asylum status holders"));
    CHECK(intake.seriesKeys == QStringList{QStringLiteral("yes"), QStringLiteral("no")});
    CHECK(row(intake, "yes") == Row{0, 0, 1, 1, 0, 1});
    CHECK(row(intake, "no") == Row{0, 1, 1, 0, 1, 0});
    REQUIRE(intake.measures.size() == 1);
    CHECK(intake.measures[0].key == QStringLiteral("share_pct"));
    CHECK(std::isnan(intake.measures[0].values[0]));
    CHECK(intake.measures[0].values[2] == 50.0);
    CHECK(intake.measures[0].values[3] == 100.0);

    CHECK(row(compute(FigureId::CohortPipInNorm), "yes") == Row{0, 0, 1, 0, 0, 1});
    CHECK(row(compute(FigureId::CohortPipInSixMonths), "yes") == Row{0, 0, 2, 0, 0, 1});
    CHECK(row(compute(FigureId::CohortInRoute), "yes") == Row{0, 0, 2, 0, 0, 1});
    CHECK(row(compute(FigureId::CohortExamPassed), "yes") == Row{0, 0, 1, 0, 0, 1});
    const Figure work = compute(FigureId::CohortWorkOrEducation);
    CHECK(row(work, "yes") == Row{0, 0, 1, 1, 0, 0});
    CHECK(row(work, "no") == Row{0, 1, 1, 0, 1, 1});

    // The clients behind a number: the same classification.
    auto ids = [&](FigureId id, const char* category, const QString& series = {}) {
        auto found = figures->clientIds(id, year2026(), QString::fromLatin1(category), series);
        REQUIRE(found.ok());
        return found.value();
    };
    CHECK(ids(FigureId::CohortIntakeStarted, "2025_asylum", QStringLiteral("yes")) == QStringList{data.k1});
    QStringList both{data.k1, data.k2};
    both.sort();
    CHECK(ids(FigureId::CohortIntakeStarted, "2025_asylum") == both);
    CHECK(ids(FigureId::CohortExamPassed, "2026_family_other", QStringLiteral("yes")) == QStringList{data.k4});
    CHECK(ids(FigureId::CohortIntakeStarted, "2024_asylum").isEmpty());
    CHECK(ids(FigureId::CohortIntakeStarted, "2024_family_other") == QStringList{data.k8});
    CHECK(ids(FigureId::CohortIntakeStarted, "nonsense").isEmpty());

    // A filter selects within the cohorts; a cohort stays followed from its start whatever the period's start.
    DashboardFilter asylum = year2026();
    asylum.targetGroup = TargetGroup::Asylum;
    auto only = figures->compute(FigureId::CohortInRoute, asylum);
    REQUIRE(only.ok());
    CHECK(only->total() == 3); // K1, K2, K5
}
