#include <catch2/catch.hpp>

#include "../storage/TestSupport.h"
#include "domain/Milestone.h"
#include "rules/DueState.h"
#include "services/ClientService.h"
#include "storage/Repository.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QUuid>

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
    auto before = service.milestones(id);
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

    auto after = service.milestones(id);
    REQUIRE(after.ok());
    REQUIRE(findKind(*after, MilestoneKind::TermEnd)->dueDate == QDate(2029, 3, 10));
    REQUIRE(findKind(*after, MilestoneKind::RouteSwitchDeadline)->dueDate == QDate(2027, 9, 10));
    REQUIRE(findKind(*after, MilestoneKind::MapDone).has_value());

    const Milestone intake = *findKind(*after, MilestoneKind::IntakeDone);
    REQUIRE(dueState(intake, clock.today(), 14) == DueState::Late);
    REQUIRE(service.setMilestoneStatus(intake, MilestoneStatus::Achieved, QDate(2026, 2, 20)).ok());
    auto done = milestones.get(intake.meta.id);
    REQUIRE(done->status == MilestoneStatus::Achieved);
    REQUIRE(done->doneDate == QDate(2026, 2, 20));
    REQUIRE(dueState(done.value(), clock.today(), 14) == DueState::Done);

    // The intake milestone was derived until now: storing it is the one milestone record and audit entry.
    REQUIRE(intake.derived);
    REQUIRE(store.value()->db().queryInt(u"SELECT count(*) FROM milestone").value() == 1);
    auto audited = store.value()->db().queryInt(
        u"SELECT count(*) FROM audit_log WHERE action = 'create' AND table_name = 'milestone'");
    REQUIRE(audited.value() == 1);
    // The audit log names fields, never values.
    auto leaked = store.value()->db().queryInt(u"SELECT count(*) FROM audit_log WHERE detail LIKE '%Hiwet%' OR "
                                               u"detail LIKE '%123456782%'");
    REQUIRE(leaked.value() == 0);

    SECTION("an overridden date survives replanning") {
        const Milestone map = *findKind(*after, MilestoneKind::MapDone);
        REQUIRE_FALSE(service.overrideDueDate(map, QDate(2027, 6, 1), QString()).ok());
        REQUIRE(service.overrideDueDate(map, QDate(2027, 6, 1), QStringLiteral("course starts late")).ok());
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

TEST_CASE("Untouched milestones are derived from the rules and stored only when someone changes one",
          "[storage][service][derived]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("s.koers")), "pass", clock, QStringLiteral("coach-a"));
    REQUIRE(store.ok());
    ClientService service(*store.value());
    Database& db = store.value()->db();

    Client c;
    c.lastName = QStringLiteral("Testclient");
    c.targetGroup = TargetGroup::Asylum;
    c.route = Route::Z;
    c.koppelingDate = QDate(2026, 1, 5);
    auto added = service.addClient(c);
    REQUIRE(added.ok());
    const QString id = added->meta.id;
    REQUIRE(db.queryInt(u"SELECT count(*) FROM milestone").value() == 0);

    auto shown = service.milestones(id);
    REQUIRE(shown.ok());
    const auto kinds = MilestonePlanner::kindsFor(Route::Z, TargetGroup::Asylum);
    REQUIRE(shown->size() == kinds.size());
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const Milestone& m = shown->at(i);
        CHECK(m.kind == kinds[i]);
        CHECK(m.derived);
        CHECK(m.status == MilestoneStatus::Planned);
        CHECK(m.clientId == id);
        // The same id on every replica: a name-based UUID of client and kind.
        CHECK(m.meta.id == MilestonePlanner::derivedId(id, m.kind));
        CHECK(QUuid::fromString(m.meta.id).version() == QUuid::Sha1);
    }
    CHECK(MilestonePlanner::derivedId(id, MilestoneKind::IntakeDone) !=
          MilestonePlanner::derivedId(id, MilestoneKind::PipFixed));
    const Milestone intake = *findKind(*shown, MilestoneKind::IntakeDone);
    CHECK(intake.dueDate == QDate(2026, 3, 16)); // koppeling + 10 weeks

    SECTION("a changed date moves derived milestones without a write") {
        const qint64 audit = db.queryInt(u"SELECT count(*) FROM audit_log").value();
        Client moved = Repository<Client>(*store.value()).get(id).value();
        moved.koppelingDate = QDate(2026, 2, 2);
        REQUIRE(service.updateClient(moved).ok());
        CHECK(findKind(service.milestones(id).value(), MilestoneKind::IntakeDone)->dueDate == QDate(2026, 4, 13));
        CHECK(db.queryInt(u"SELECT count(*) FROM milestone").value() == 0);
        CHECK(db.queryInt(u"SELECT count(*) FROM audit_log").value() == audit + 1); // the client's own update
    }

    SECTION("changing one stores that one; undo makes it derived again; redo stores it again") {
        REQUIRE(service.setMilestoneStatus(intake, MilestoneStatus::InProgress, {}).ok());
        auto after = service.milestones(id);
        REQUIRE(after->size() == kinds.size());
        const Milestone stored = *findKind(*after, MilestoneKind::IntakeDone);
        CHECK_FALSE(stored.derived);
        CHECK(stored.meta.id == intake.meta.id);
        CHECK(stored.status == MilestoneStatus::InProgress);
        CHECK(db.queryInt(u"SELECT count(*) FROM milestone WHERE deleted = 0").value() == 1);
        CHECK(findKind(*after, MilestoneKind::PipFixed)->derived);

        REQUIRE(service.restoreMilestone(intake).ok());
        const Milestone again = *findKind(service.milestones(id).value(), MilestoneKind::IntakeDone);
        CHECK(again.derived);
        CHECK(again.status == MilestoneStatus::Planned);
        CHECK(db.queryInt(u"SELECT count(*) FROM milestone WHERE deleted = 0").value() == 0);

        REQUIRE(service.overrideDueDate(again, QDate(2026, 4, 1), QStringLiteral("interpreter needed")).ok());
        const Milestone redone = *findKind(service.milestones(id).value(), MilestoneKind::IntakeDone);
        CHECK_FALSE(redone.derived);
        CHECK(redone.dueDate == QDate(2026, 4, 1));
        CHECK(db.queryInt(u"SELECT count(*) FROM milestone").value() == 1); // the tombstone came back to life
    }

    SECTION("a milestone of a kind the route no longer has cannot be changed") {
        Client other = Repository<Client>(*store.value()).get(id).value();
        other.route = Route::B1;
        REQUIRE(service.updateClient(other).ok());
        const Milestone zHours = *findKind(*shown, MilestoneKind::ZCourseHoursDone);
        auto refused = service.setMilestoneStatus(zHours, MilestoneStatus::Achieved, QDate(2026, 3, 1));
        CHECK(refused.code() == ErrorCode::NotFound);
        CHECK(db.queryInt(u"SELECT count(*) FROM milestone").value() == 0);
        CHECK_FALSE(findKind(service.milestones(id).value(), MilestoneKind::ZCourseHoursDone).has_value());
    }
}

TEST_CASE("New rule settings move every planned date at once, except a date set by hand", "[storage][service][rules]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("s.koers")), "pass", clock, QStringLiteral("coach-a"));
    REQUIRE(store.ok());
    ClientService service(*store.value());
    Client c;
    c.lastName = QStringLiteral("Testclient");
    c.targetGroup = TargetGroup::Asylum;
    c.route = Route::Z;
    c.koppelingDate = QDate(2026, 1, 5);
    const QString id = service.addClient(c)->meta.id;
    const auto shown = service.milestones(id).value();
    // Stored but open (someone marked it in progress), and one with its date set by hand.
    REQUIRE(
        service.setMilestoneStatus(*findKind(shown, MilestoneKind::IntakeDone), MilestoneStatus::InProgress, {}).ok());
    const Milestone housing = *findKind(shown, MilestoneKind::PipFixed);
    REQUIRE(service.overrideDueDate(housing, QDate(2026, 5, 1), QStringLiteral("DUO notice late")).ok());

    RuleSettings rules;
    rules.intakeWeeks = 12;
    rules.pipWeeks = 14;
    REQUIRE(ClientService::changeRules(*store.value(), rules).ok());
    REQUIRE(RuleSettingsStore::load(*store.value()).value() == rules);

    auto after = ClientService::forStore(*store.value());
    REQUIRE(after.ok());
    const auto now = after->milestones(id).value();
    CHECK(findKind(now, MilestoneKind::IntakeDone)->dueDate == QDate(2026, 3, 30)); // koppeling + 12 weeks, stored
    CHECK_FALSE(findKind(now, MilestoneKind::IntakeDone)->derived);
    CHECK(findKind(now, MilestoneKind::PipFixed)->dueDate == QDate(2026, 5, 1)); // set by hand: stays
    auto stored = Repository<Milestone>(*store.value()).list(id);
    REQUIRE(stored.ok());
    bool intakeStored = false;
    for (const Milestone& m : stored.value())
        if (m.kind == MilestoneKind::IntakeDone)
            intakeStored = m.dueDate == QDate(2026, 3, 30);
    CHECK(intakeStored); // written, so a scan of the table agrees with the dossier
    CHECK(store.value()->db().queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'settings'").value() == 1);
}
