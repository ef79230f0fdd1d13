// The agenda and the caseload list open milestones whether they are stored (someone changed them) or derived
// from the rules (nobody did), with the same ids the dossier shows. "Today" is 2 November 2026.
#include "core/CatchQtPrinters.h"

#include "../storage/TestSupport.h"
#include "demo/DemoLoader.h"
#include "domain/Coach.h"
#include "queries/AgendaQuery.h"
#include "queries/CaseloadQuery.h"
#include "queries/MilestoneDigest.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

using namespace koers;
using namespace koers::test;

namespace {

struct Lists {
    QTemporaryDir dir;
    FixedClock clock{fixedNow()};
    std::unique_ptr<Store> store;
    QString anna, jansen, bakker, moved, removed;

    Lists() {
        auto s = Store::create(dir.filePath(QStringLiteral("l.koers")), "pass", clock, QStringLiteral("coach-a"));
        REQUIRE(s.ok());
        store = std::move(s.value());
        Coach coach;
        coach.name = QStringLiteral("Anna de Boer");
        anna = Repository<Coach>(*store).insert(coach)->meta.id;
        ClientService service(*store);
        // Intake and PIP due 10 November (koppeling + 10 weeks); both derived.
        jansen = add(service, QStringLiteral("Jansen"), QDate(2026, 9, 1), anna);
        // Intake and PIP were due 10 August: the intake is done, the PIP's date was moved to 5 November.
        bakker = add(service, QStringLiteral("Bakker"), QDate(2026, 6, 1), QString());
        REQUIRE(service
                    .setMilestoneStatus(shown(service, bakker, MilestoneKind::IntakeDone), MilestoneStatus::Achieved,
                                        QDate(2026, 8, 1))
                    .ok());
        REQUIRE(service
                    .overrideDueDate(shown(service, bakker, MilestoneKind::PipFixed), QDate(2026, 11, 5),
                                     QStringLiteral("interpreter"))
                    .ok());
        // Late, but closed or deleted clients are not on the agenda.
        moved = add(service, QStringLiteral("Verhuisd"), QDate(2026, 5, 1), anna);
        Client c = Repository<Client>(*store).get(moved).value();
        c.status = ClientStatus::Moved;
        c.statusDate = QDate(2026, 10, 1);
        REQUIRE(service.updateClient(c).ok());
        removed = add(service, QStringLiteral("Verwijderd"), QDate(2026, 5, 1), anna);
        REQUIRE(service.removeClient(removed).ok());
    }

    static QString add(ClientService& service, const QString& lastName, QDate koppeling, const QString& coach) {
        Client c;
        c.firstNames = QStringLiteral("Test");
        c.lastName = lastName;
        c.targetGroup = TargetGroup::Family; // no ontzorgen milestone
        c.koppelingDate = koppeling;
        c.coachId = coach;
        auto stored = service.addClient(c);
        REQUIRE(stored.ok());
        return stored->meta.id;
    }

    static Milestone shown(ClientService& service, const QString& clientId, MilestoneKind kind) {
        for (const Milestone& m : service.milestones(clientId).value())
            if (m.kind == kind)
                return m;
        FAIL("no such milestone");
        return {};
    }
};

} // namespace

TEST_CASE("The agenda lists stored and derived open milestones of active clients", "[storage][derived]") {
    Lists data;
    REQUIRE(data.store->db().queryInt(u"SELECT count(*) FROM milestone").value() == 2); // Bakker's two

    auto items = AgendaQuery(*data.store).dueUntil(QDate(2026, 11, 30));
    REQUIRE(items.ok());
    REQUIRE(items->size() == 3);
    const AgendaItem& first = items->at(0);
    CHECK(first.clientId == data.bakker);
    CHECK(first.kind == MilestoneKind::PipFixed);
    CHECK(first.dueDate == QDate(2026, 11, 5)); // the stored, overridden date
    CHECK(first.clientName == QStringLiteral("Bakker, Test"));
    CHECK(items->at(1).clientId == data.jansen);
    CHECK(items->at(1).kind == MilestoneKind::IntakeDone);
    CHECK(items->at(1).dueDate == QDate(2026, 11, 10));
    CHECK(items->at(1).coachId == data.anna);
    CHECK(items->at(2).kind == MilestoneKind::PipFixed);
    for (const AgendaItem& item : items.value())
        CHECK(item.milestoneId == MilestonePlanner::derivedId(item.clientId, item.kind)); // stored keep the id

    CHECK(AgendaQuery(*data.store).dueUntil(QDate(2026, 11, 7))->size() == 1);
    auto annas = AgendaQuery(*data.store).dueUntil(QDate(2026, 11, 30), data.anna);
    REQUIRE(annas->size() == 2);
    CHECK(annas->at(0).clientId == data.jansen);

    SECTION("a PIP dates the route's milestones, derived ones included") {
        ClientService service(*data.store);
        PlanVersion pip;
        pip.clientId = data.jansen;
        pip.decisionDate = QDate(2026, 10, 20);
        pip.route = Route::B1;
        REQUIRE(service.addPlanVersion(pip).ok());
        auto later = AgendaQuery(*data.store).dueUntil(QDate(2026, 12, 31), data.anna);
        REQUIRE(later.ok());
        std::vector<MilestoneKind> kinds;
        for (const AgendaItem& item : later.value())
            kinds.push_back(item.kind);
        // Language course: PIP + 6 weeks = 1 December.
        CHECK(kinds == std::vector<MilestoneKind>{MilestoneKind::IntakeDone, MilestoneKind::PipFixed,
                                                  MilestoneKind::LanguageCourseStarted});
        CHECK(later->back().dueDate == QDate(2026, 12, 1));
    }
}

TEST_CASE("The caseload's next milestone is the earliest open one, stored or derived", "[storage][derived]") {
    Lists data;
    auto rows = CaseloadQuery(*data.store).all();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3); // the deleted client is not listed
    auto row = [&rows](const QString& id) {
        for (const CaseloadRow& r : rows.value())
            if (r.clientId == id)
                return r;
        FAIL("client not listed");
        return CaseloadRow{};
    };
    const CaseloadRow bakker = row(data.bakker);
    CHECK(bakker.nextMilestone == MilestoneKind::PipFixed);
    CHECK(bakker.nextDue == QDate(2026, 11, 5));
    const CaseloadRow jansen = row(data.jansen);
    CHECK(jansen.nextMilestone == MilestoneKind::IntakeDone); // a tie with the PIP: the lower kind
    CHECK(jansen.nextDue == QDate(2026, 11, 10));
    CHECK(jansen.coach == QStringLiteral("Anna de Boer"));
    CHECK(jansen.targetGroup == TargetGroup::Family);
    CHECK(jansen.route == Route::None);
    CHECK(row(data.moved).status == ClientStatus::Moved);
}

TEST_CASE("The digest read in slices is the digest read at once", "[storage][derived][digest]") {
    QTemporaryDir dir;
    FixedClock clock{fixedNow()};
    auto store = Store::create(dir.filePath(QStringLiteral("d.koers")), "pass", clock, QStringLiteral("coach-a"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 80, 21).ok());
    auto rows = CaseloadQuery(*store.value()).clients();
    REQUIRE(rows.ok());
    auto whole = MilestoneDigest::load(*store.value(), false);
    REQUIRE(whole.ok());
    std::vector<CaseloadRow> atOnce = rows.value();
    CaseloadQuery::fillNextDue(atOnce, whole.value());
    CHECK(std::count_if(atOnce.begin(), atOnce.end(), [](const CaseloadRow& r) { return r.nextDue.isValid(); }) > 40);

    for (const int slice : {1, 7, 500}) {
        auto loader = MilestoneDigest::Loader::start(*store.value(), false);
        REQUIRE(loader.ok());
        int steps = 0;
        for (;;) {
            auto done = loader->step(*store.value(), slice);
            REQUIRE(done.ok());
            ++steps;
            if (done.value())
                break;
            // Between slices the connection holds no open statement: the file may be written.
            REQUIRE(store.value()->db().exec(u"CREATE TEMP TABLE IF NOT EXISTS between_slices (x)").ok());
        }
        INFO("slice " << slice << ", steps " << steps);
        if (slice == 1)
            CHECK(steps > 500);
        std::vector<CaseloadRow> sliced = rows.value();
        CaseloadQuery::fillNextDue(sliced, loader->take());
        REQUIRE(sliced.size() == atOnce.size());
        for (std::size_t i = 0; i < sliced.size(); ++i) {
            CHECK(sliced[i].nextDue == atOnce[i].nextDue);
            CHECK(sliced[i].nextMilestone == atOnce[i].nextMilestone);
        }
    }
    // And all() agrees with its parts.
    auto all = CaseloadQuery(*store.value()).all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == atOnce.size());
    for (std::size_t i = 0; i < atOnce.size(); ++i)
        CHECK(all->at(i).nextDue == atOnce[i].nextDue);
}
