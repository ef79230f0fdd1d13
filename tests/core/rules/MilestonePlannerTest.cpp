#include "core/CatchQtPrinters.h"

#include "domain/Client.h"
#include "rules/MilestonePlanner.h"

#include <algorithm>

using namespace koers;
using K = MilestoneKind;

namespace {

Client makeClient(Route route, TargetGroup group = TargetGroup::Asylum) {
    Client c;
    c.meta.id = QStringLiteral("c-1");
    c.route = route;
    c.targetGroup = group;
    c.koppelingDate = QDate(2024, 1, 10);
    c.housingDate = QDate(2024, 4, 1);
    c.brpDate = QDate(2024, 4, 2);
    c.duoNoticeDate = QDate(2024, 4, 15);
    return c;
}

std::vector<K> kindsOf(const std::vector<Milestone>& ms) {
    std::vector<K> out;
    for (const Milestone& m : ms)
        out.push_back(m.kind);
    return out;
}

// Stands in for storage: gives each created milestone an id.
std::vector<Milestone> stored(std::vector<Milestone> ms) {
    int n = 0;
    for (Milestone& m : ms)
        m.meta.id = QStringLiteral("m-%1").arg(++n);
    return ms;
}

void apply(std::vector<Milestone>& existing, const MilestonePlan& plan) {
    for (const Milestone& u : plan.toUpdate) {
        auto it =
            std::find_if(existing.begin(), existing.end(), [&](const Milestone& m) { return m.meta.id == u.meta.id; });
        REQUIRE(it != existing.end());
        *it = u;
    }
    for (const Milestone& c : plan.derived) {
        existing.push_back(c);
        existing.back().meta.id = QStringLiteral("m-new-%1").arg(existing.size());
    }
}

const Milestone& byKind(const std::vector<Milestone>& ms, K kind) {
    auto it = std::find_if(ms.begin(), ms.end(), [&](const Milestone& m) { return m.kind == kind; });
    REQUIRE(it != ms.end());
    return *it;
}

} // namespace

TEST_CASE("Milestone templates per route", "[rules][planner]") {
    using V = std::vector<K>;
    CHECK(MilestonePlanner::kindsFor(Route::None, TargetGroup::Asylum) == V{K::IntakeDone, K::PipFixed});
    CHECK(MilestonePlanner::kindsFor(Route::B1, TargetGroup::Family) ==
          V{K::IntakeDone, K::PipFixed, K::LanguageCourseStarted, K::MapDone, K::PvtSigned, K::ExamReading,
            K::ExamListening, K::ExamWriting, K::ExamSpeaking, K::ExamKnm, K::RouteSwitchDeadline, K::TermEnd});
    CHECK(MilestonePlanner::kindsFor(Route::Education, TargetGroup::Other) ==
          V{K::IntakeDone, K::PipFixed, K::LanguageCourseStarted, K::PvtSigned, K::ExamKnm, K::BridgingYearDone,
            K::RouteSwitchDeadline, K::TermEnd});
    CHECK(MilestonePlanner::kindsFor(Route::Z, TargetGroup::Family) ==
          V{K::IntakeDone, K::PipFixed, K::LanguageCourseStarted, K::MapDone, K::PvtSigned, K::ZCourseHoursDone,
            K::ZParticipationHoursDone, K::RouteSwitchDeadline, K::TermEnd});
}

TEST_CASE("Asylum status holders with a route get the ontzorgen milestone", "[rules][planner]") {
    auto has = [](const std::vector<K>& v, K k) {
        return std::find(v.begin(), v.end(), k) != v.end();
    };
    CHECK(has(MilestonePlanner::kindsFor(Route::B1, TargetGroup::Asylum), K::OntzorgenEnded));
    CHECK(has(MilestonePlanner::kindsFor(Route::Education, TargetGroup::Asylum), K::OntzorgenEnded));
    CHECK(has(MilestonePlanner::kindsFor(Route::Z, TargetGroup::Asylum), K::OntzorgenEnded));
    CHECK_FALSE(has(MilestonePlanner::kindsFor(Route::None, TargetGroup::Asylum), K::OntzorgenEnded));
    CHECK_FALSE(has(MilestonePlanner::kindsFor(Route::B1, TargetGroup::Family), K::OntzorgenEnded));
    CHECK_FALSE(has(MilestonePlanner::kindsFor(Route::Z, TargetGroup::Other), K::OntzorgenEnded));
}

TEST_CASE("A new B1 client gets the whole template derived, with computed dates", "[rules][planner]") {
    const MilestonePlanner planner;
    const Client c = makeClient(Route::B1);
    const QDate pip(2024, 6, 20);
    const MilestonePlan plan = planner.plan(c, pip, {});

    CHECK(plan.toUpdate.empty());
    CHECK(kindsOf(plan.derived) == MilestonePlanner::kindsFor(Route::B1, TargetGroup::Asylum));
    for (const Milestone& m : plan.derived) {
        CHECK(m.clientId == QStringLiteral("c-1"));
        CHECK(m.meta.id == MilestonePlanner::derivedId(QStringLiteral("c-1"), m.kind));
        CHECK(m.derived);
        CHECK(m.status == MilestoneStatus::Planned);
        CHECK_FALSE(m.dueOverridden);
    }
    CHECK(byKind(plan.derived, K::IntakeDone).dueDate == QDate(2024, 3, 20)); // koppeling + 10 weeks
    CHECK(byKind(plan.derived, K::PipFixed).dueDate == QDate(2024, 6, 24));   // DUO notice + 10 weeks
    CHECK(byKind(plan.derived, K::LanguageCourseStarted).dueDate == QDate(2024, 8, 1));
    CHECK(byKind(plan.derived, K::MapDone).dueDate == QDate(2025, 6, 20));
    CHECK(byKind(plan.derived, K::PvtSigned).dueDate == QDate(2025, 6, 20));
    CHECK(byKind(plan.derived, K::ExamReading).dueDate == QDate(2026, 12, 20));
    CHECK(byKind(plan.derived, K::ExamKnm).dueDate == QDate(2026, 12, 20));
    CHECK(byKind(plan.derived, K::OntzorgenEnded).dueDate == QDate(2024, 10, 1)); // housing + 6 months
    CHECK(byKind(plan.derived, K::RouteSwitchDeadline).dueDate == QDate(2025, 12, 20));
    CHECK(byKind(plan.derived, K::TermEnd).dueDate == QDate(2027, 6, 20));
}

TEST_CASE("Ontzorgen counts from koppeling when there is no housing date", "[rules][planner]") {
    const MilestonePlanner planner;
    Client c = makeClient(Route::Z);
    c.housingDate = QDate();
    const MilestonePlan plan = planner.plan(c, QDate(2024, 6, 20), {});
    CHECK(byKind(plan.derived, K::OntzorgenEnded).dueDate == QDate(2024, 7, 10));
}

TEST_CASE("Without a PIP date the PIP-anchored milestones have no due date", "[rules][planner]") {
    const MilestonePlanner planner;
    const MilestonePlan plan = planner.plan(makeClient(Route::Education), QDate(), {});
    CHECK(byKind(plan.derived, K::IntakeDone).dueDate.isValid());
    CHECK(byKind(plan.derived, K::PipFixed).dueDate.isValid());
    CHECK(byKind(plan.derived, K::OntzorgenEnded).dueDate.isValid());
    CHECK(byKind(plan.derived, K::LanguageCourseStarted).dueDate.isNull());
    CHECK(byKind(plan.derived, K::BridgingYearDone).dueDate.isNull());
    CHECK(byKind(plan.derived, K::RouteSwitchDeadline).dueDate.isNull());
    CHECK(byKind(plan.derived, K::TermEnd).dueDate.isNull());
}

TEST_CASE("Planning again with nothing changed proposes nothing", "[rules][planner]") {
    const MilestonePlanner planner;
    const Client c = makeClient(Route::B1);
    const QDate pip(2024, 6, 20);
    const std::vector<Milestone> existing = stored(planner.plan(c, pip, {}).derived);
    const MilestonePlan again = planner.plan(c, pip, existing);
    CHECK(again.derived.empty());
    CHECK(again.toUpdate.empty());
}

TEST_CASE("A changed PIP date moves the open, not overridden milestones", "[rules][planner]") {
    const MilestonePlanner planner;
    const Client c = makeClient(Route::B1);
    std::vector<Milestone> existing = stored(planner.plan(c, QDate(2024, 6, 20), {}).derived);

    auto at = [&](K kind) -> Milestone& {
        return *std::find_if(existing.begin(), existing.end(), [&](const Milestone& m) { return m.kind == kind; });
    };
    at(K::MapDone).dueOverridden = true;
    at(K::MapDone).dueDate = QDate(2025, 9, 1);
    at(K::MapDone).overrideReason = QStringLiteral("course starts later");
    at(K::LanguageCourseStarted).status = MilestoneStatus::Achieved;
    at(K::LanguageCourseStarted).doneDate = QDate(2024, 7, 15);
    at(K::PvtSigned).status = MilestoneStatus::InProgress;

    const MilestonePlan plan = planner.plan(c, QDate(2024, 7, 1), existing);
    CHECK(plan.derived.empty());
    // Intake, PIP and ontzorgen do not count from the PIP; the achieved and overridden ones stay.
    CHECK(kindsOf(plan.toUpdate) == std::vector<K>{K::PvtSigned, K::ExamReading, K::ExamListening, K::ExamWriting,
                                                   K::ExamSpeaking, K::ExamKnm, K::RouteSwitchDeadline, K::TermEnd});
    const Milestone& pvt = byKind(plan.toUpdate, K::PvtSigned);
    CHECK(pvt.dueDate == QDate(2025, 7, 1));
    CHECK(pvt.status == MilestoneStatus::InProgress);
    CHECK(pvt.meta.id == at(K::PvtSigned).meta.id);
    CHECK(byKind(plan.toUpdate, K::TermEnd).dueDate == QDate(2027, 7, 1));
    CHECK(byKind(plan.toUpdate, K::RouteSwitchDeadline).dueDate == QDate(2026, 1, 1));
}

TEST_CASE("Deleted milestones are replaced by new ones", "[rules][planner]") {
    const MilestonePlanner planner;
    const Client c = makeClient(Route::None);
    std::vector<Milestone> existing = stored(planner.plan(c, QDate(), {}).derived);
    existing[0].meta.deleted = true;
    existing[0].dueDate = QDate(2000, 1, 1);
    const MilestonePlan plan = planner.plan(c, QDate(), existing);
    CHECK(kindsOf(plan.derived) == std::vector<K>{K::IntakeDone});
    CHECK(plan.toUpdate.empty());
}

TEST_CASE("Switching from B1 to Z waives open B1-only milestones and keeps achieved ones", "[rules][planner]") {
    const MilestonePlanner planner;
    Client c = makeClient(Route::B1);
    const QDate pip(2024, 6, 20);
    std::vector<Milestone> existing = stored(planner.plan(c, pip, {}).derived);
    auto at = [&](K kind) -> Milestone& {
        return *std::find_if(existing.begin(), existing.end(), [&](const Milestone& m) { return m.kind == kind; });
    };
    at(K::ExamReading).status = MilestoneStatus::Achieved;
    at(K::ExamReading).doneDate = QDate(2025, 3, 1);
    at(K::ExamSpeaking).status = MilestoneStatus::InProgress;
    at(K::ExamWriting).note = QStringLiteral("retake planned");

    c.route = Route::Z;
    const MilestonePlan plan = planner.plan(c, pip, existing);

    CHECK(kindsOf(plan.derived) == std::vector<K>{K::ZCourseHoursDone, K::ZParticipationHoursDone});
    for (const Milestone& m : plan.derived)
        CHECK(m.dueDate == QDate(2026, 12, 20));
    CHECK(kindsOf(plan.toUpdate) == std::vector<K>{K::ExamListening, K::ExamWriting, K::ExamSpeaking, K::ExamKnm});
    for (const Milestone& m : plan.toUpdate) {
        CHECK(m.status == MilestoneStatus::Waived);
        CHECK(m.note.endsWith(MilestonePlanner::routeChangedNote()));
    }
    CHECK(byKind(plan.toUpdate, K::ExamListening).note == QStringLiteral("route changed"));
    CHECK(byKind(plan.toUpdate, K::ExamWriting).note == QStringLiteral("retake planned; route changed"));

    SECTION("switching back to B1 reopens what the switch waived") {
        apply(existing, plan);
        c.route = Route::B1;
        const MilestonePlan back = planner.plan(c, pip, existing);
        CHECK(back.derived.empty());
        CHECK(kindsOf(back.toUpdate) == std::vector<K>{K::ExamListening, K::ExamWriting, K::ExamSpeaking, K::ExamKnm,
                                                       K::ZCourseHoursDone, K::ZParticipationHoursDone});
        CHECK(byKind(back.toUpdate, K::ExamWriting).status == MilestoneStatus::Planned);
        CHECK(byKind(back.toUpdate, K::ExamWriting).note == QStringLiteral("retake planned"));
        CHECK(byKind(back.toUpdate, K::ExamListening).note.isEmpty());
        CHECK(byKind(back.toUpdate, K::ZCourseHoursDone).status == MilestoneStatus::Waived);
    }
}

TEST_CASE("Planner honours edited rule settings", "[rules][planner]") {
    RuleSettings r;
    r.examMonths = 24;
    r.languageCourseStartWeeks = 4;
    const MilestonePlanner planner(r);
    const MilestonePlan plan = planner.plan(makeClient(Route::B1), QDate(2024, 6, 20), {});
    CHECK(byKind(plan.derived, K::ExamKnm).dueDate == QDate(2026, 6, 20));
    CHECK(byKind(plan.derived, K::LanguageCourseStarted).dueDate == QDate(2024, 7, 18));
}
