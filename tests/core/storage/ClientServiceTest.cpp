#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/Milestone.h"
#include "rules/DueState.h"
#include "storage/ClientService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

using namespace koers;
using namespace koers::test;

namespace {
std::optional<Milestone> findKind(const std::vector<Milestone>& ms, MilestoneKind kind) {
    for (const auto& m : ms)
        if (m.kind == kind)
            return m;
    return std::nullopt;
}
} // namespace

TEST_CASE("A client's plan creates milestones with computed dates, and changes are audited", "[storage][service]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("s.koers")), "pass", clock, QStringLiteral("coach-a"));
    REQUIRE(store.ok());
    ClientService service(*store.value());

    Client c;
    c.firstNames = QStringLiteral("Hiwet");
    c.lastName = QStringLiteral("Testclient");
    c.bsn = QStringLiteral("123456782");
    c.targetGroup = TargetGroup::Family;
    c.duoNoticeDate = QDate(2026, 1, 5);
    c.brpDate = QDate(2025, 12, 1);
    auto added = service.addClient(c);
    REQUIRE(added.ok());
    const QString id = added->meta.id;

    Repository<Milestone> milestones(*store.value());
    auto before = milestones.list(id);
    REQUIRE(before.ok());
    REQUIRE(before->size() == 2); // no route yet: intake and PIP only
    REQUIRE(findKind(*before, MilestoneKind::PipFixed)->dueDate == QDate(2026, 3, 16)); // notice + 10 weeks

    PlanVersion plan;
    plan.clientId = id;
    plan.decisionDate = QDate(2026, 3, 10);
    plan.route = Route::B1;
    auto pip = service.addPlanVersion(plan);
    REQUIRE(pip.ok());
    REQUIRE(pip->version == 1);
    REQUIRE(Repository<Client>(*store.value()).get(id)->route == Route::B1);

    auto after = milestones.list(id);
    REQUIRE(after.ok());
    REQUIRE(findKind(*after, MilestoneKind::TermEnd)->dueDate == QDate(2029, 3, 10));
    REQUIRE(findKind(*after, MilestoneKind::RouteSwitchDeadline)->dueDate == QDate(2027, 9, 10));
    REQUIRE(findKind(*after, MilestoneKind::MapDone).has_value());

    const Milestone intake = *findKind(*after, MilestoneKind::IntakeDone);
    REQUIRE(dueState(intake, clock.today(), 14) == DueState::Late);
    REQUIRE(service.setMilestoneStatus(intake.meta.id, MilestoneStatus::Achieved, QDate(2026, 2, 20)).ok());
    auto done = milestones.get(intake.meta.id);
    REQUIRE(done->status == MilestoneStatus::Achieved);
    REQUIRE(done->doneDate == QDate(2026, 2, 20));
    REQUIRE(dueState(done.value(), clock.today(), 14) == DueState::Done);

    auto audited = store.value()->db().queryInt(
        u"SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'milestone' AND detail LIKE "
        u"'%status%'");
    REQUIRE(audited.value() == 1);
    // The audit log names fields, never values.
    auto leaked = store.value()->db().queryInt(u"SELECT count(*) FROM audit_log WHERE detail LIKE '%Hiwet%' OR "
                                               u"detail LIKE '%123456782%'");
    REQUIRE(leaked.value() == 0);

    SECTION("an overridden date survives replanning") {
        const Milestone map = *findKind(*after, MilestoneKind::MapDone);
        REQUIRE_FALSE(service.overrideDueDate(map.meta.id, QDate(2027, 6, 1), QString()).ok());
        REQUIRE(service.overrideDueDate(map.meta.id, QDate(2027, 6, 1), QStringLiteral("course starts late")).ok());
        Client client = Repository<Client>(*store.value()).get(id).value();
        client.duoNoticeDate = QDate(2026, 1, 12);
        REQUIRE(service.updateClient(client).ok());
        REQUIRE(milestones.get(map.meta.id)->dueDate == QDate(2027, 6, 1));
    }
}

TEST_CASE("Invalid personal data is refused and nothing is written", "[storage][service]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("s.koers")), "pass", clock, QStringLiteral("coach-a"));
    REQUIRE(store.ok());
    ClientService service(*store.value());
    Client c;
    c.lastName = QStringLiteral("Testclient");
    c.bsn = QStringLiteral("123456789"); // fails the elfproef
    auto added = service.addClient(c);
    REQUIRE(added.code() == ErrorCode::Invalid);
    REQUIRE(added.message().contains(QStringLiteral("BSN")));
    REQUIRE(store.value()->db().queryInt(u"SELECT count(*) FROM client").value() == 0);

    c.bsn.clear();
    c.dateOfBirth = clock.today().addDays(1);
    REQUIRE(service.addClient(c).code() == ErrorCode::Invalid);
}
