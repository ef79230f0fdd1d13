#include "core/CatchQtPrinters.h"

#include "core/import/ImportTestSupport.h"
#include "services/DossierService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

using namespace koers;
using namespace koers::test;

namespace {

struct Fixture : StoreFixture {
    std::unique_ptr<DossierService> service;
    QString clientId;

    Fixture() {
        service = std::make_unique<DossierService>(*store);
        Client c;
        c.firstNames = QStringLiteral("Testa");
        c.lastName = QStringLiteral("Dossier");
        c.koppelingDate = QDate(2026, 6, 1);
        clientId = service->clients().addClient(c).value().meta.id;
    }

    qint64 count(const char* sql) { return store->db().queryInt(QString::fromUtf8(sql)).value(); }
    qint64 audited(const char* action, const char* table) {
        return store->db()
            .queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1' AND table_name = '%2'")
                          .arg(QLatin1String(action), QLatin1String(table)))
            .value();
    }
};

PlanVersion plan(const QString& clientId, QDate date, Route route) {
    PlanVersion p;
    p.clientId = clientId;
    p.decisionDate = date;
    p.route = route;
    return p;
}

} // namespace

TEST_CASE("Dossier service: an intake is started, saved and taken back, topic by topic", "[service][dossier]") {
    Fixture fx;
    auto empty = fx.service->intake(fx.clientId);
    REQUIRE(empty.ok());
    REQUIRE(empty->intake.meta.id.isEmpty());

    auto first = fx.service->scoreIntakeTopic(fx.clientId, IntakeTopic::Health, 3, QStringLiteral("ziet de huisarts"));
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->intake.meta.id.isEmpty());
    REQUIRE(first->intake.startDate == fx.clock.today()); // started today
    REQUIRE(first->sections.size() == 1);
    REQUIRE(fx.audited("create", "intake") == 1);
    REQUIRE(fx.audited("create", "intake_section") == 1);

    auto second = fx.service->scoreIntakeTopic(fx.clientId, IntakeTopic::Health, 4, QString());
    REQUIRE(second.ok());
    REQUIRE(second->sections.front().meta.id == first->sections.front().meta.id); // the same topic, updated
    REQUIRE(fx.service->intake(fx.clientId)->sections.front().score == 4);
    REQUIRE(fx.audited("update", "intake_section") == 1);

    REQUIRE_FALSE(fx.service->scoreIntakeTopic(fx.clientId, IntakeTopic::Health, 6, QString()).ok());
    REQUIRE_FALSE(fx.service->scoreIntakeTopic(QStringLiteral("no-such-client"), IntakeTopic::Health, 1, {}).ok());

    // Taking back the second step restores the score; taking back the first removes the intake.
    REQUIRE(fx.service->restoreIntake(first.value(), second.value()).ok());
    REQUIRE(fx.service->intake(fx.clientId)->sections.front().score == 3);
    REQUIRE(fx.service->restoreIntake(empty.value(), first.value()).ok());
    REQUIRE(fx.service->intake(fx.clientId)->intake.meta.id.isEmpty());
    REQUIRE(fx.count("SELECT count(*) FROM intake_section WHERE deleted = 0") == 0);
    // Redo brings the same records back under their ids.
    auto again = fx.service->saveIntake(first.value());
    REQUIRE(again.ok());
    REQUIRE(again->intake.meta.id == first->intake.meta.id);
    REQUIRE(fx.count("SELECT count(*) FROM intake") == 1);
}

TEST_CASE("Dossier service: a topic added by a later save goes again when that save is taken back",
          "[service][dossier]") {
    Fixture fx;
    auto first = fx.service->scoreIntakeTopic(fx.clientId, IntakeTopic::Health, 3, QString());
    REQUIRE(first.ok());
    auto second = fx.service->scoreIntakeTopic(fx.clientId, IntakeTopic::Finances, 2, QString());
    REQUIRE(second.ok());
    REQUIRE(second->sections.size() == 2);
    REQUIRE(fx.service->restoreIntake(first.value(), second.value()).ok());
    REQUIRE(fx.service->intake(fx.clientId)->sections.size() == 1);
}

TEST_CASE("Dossier service: a PIP version sets the route, and removing it puts the route back", "[service][dossier]") {
    Fixture fx;
    auto v1 = fx.service->addPlanVersion(plan(fx.clientId, QDate(2026, 8, 1), Route::B1));
    REQUIRE(v1.ok());
    auto v2 = fx.service->addPlanVersion(plan(fx.clientId, QDate(2026, 10, 1), Route::Z));
    REQUIRE(v2.ok());
    REQUIRE(v2->version == 2);
    auto route = [&] {
        return Repository<Client>(*fx.store).get(fx.clientId)->route;
    };
    REQUIRE(route() == Route::Z);
    REQUIRE(fx.service->milestone(fx.clientId, MilestoneKind::ZCourseHoursDone).ok());

    REQUIRE(fx.service->removePlanVersion(v2->meta.id).ok());
    REQUIRE(route() == Route::B1);
    REQUIRE(fx.service->milestone(fx.clientId, MilestoneKind::ZCourseHoursDone).code() == ErrorCode::NotFound);
    REQUIRE(fx.service->restorePlanVersion(v2->meta.id).ok());
    REQUIRE(route() == Route::Z);
    REQUIRE(fx.service->removePlanVersion(v2->meta.id).ok());
    REQUIRE(fx.service->removePlanVersion(v1->meta.id, Route::Education).ok());
    REQUIRE(route() == Route::Education); // no version left: the route from before the first PIP
    REQUIRE(fx.audited("delete", "plan_version") == 3);

    PlanVersion undated = plan(fx.clientId, QDate(), Route::B1);
    REQUIRE(fx.service->addPlanVersion(undated).code() == ErrorCode::Invalid);
}

TEST_CASE("Dossier service: goals, conversations and people involved are added, edited, removed and restored",
          "[service][dossier]") {
    Fixture fx;
    auto pip = fx.service->addPlanVersion(plan(fx.clientId, QDate(2026, 8, 1), Route::B1));
    REQUIRE(pip.ok());

    PlanGoal goal;
    goal.clientId = fx.clientId;
    goal.domain = LifeDomain::WorkIncome;
    goal.action = QStringLiteral("Sollicitatietraining");
    REQUIRE(fx.service->addGoal(goal).code() == ErrorCode::Invalid); // no PIP version named
    goal.planId = pip->meta.id;
    auto storedGoal = fx.service->addGoal(goal);
    REQUIRE(storedGoal.ok());
    PlanGoal edited = storedGoal.value();
    edited.owner = QStringLiteral("Werkbedrijf");
    REQUIRE(fx.service->editGoal(edited).ok());
    REQUIRE(Repository<PlanGoal>(*fx.store).get(edited.meta.id)->owner == QStringLiteral("Werkbedrijf"));
    REQUIRE(fx.audited("update", "plan_goal") == 1);
    PlanGoal elsewhere = edited;
    elsewhere.clientId = QStringLiteral("another");
    REQUIRE(fx.service->editGoal(elsewhere).code() == ErrorCode::Invalid);
    REQUIRE(fx.service->removeGoal(edited.meta.id).ok());
    REQUIRE(Repository<PlanGoal>(*fx.store).list(fx.clientId)->empty());
    REQUIRE(fx.service->restoreGoal(edited.meta.id).ok());
    REQUIRE(Repository<PlanGoal>(*fx.store).list(fx.clientId)->size() == 1);

    Contact talk;
    talk.clientId = fx.clientId;
    talk.kind = ContactKind::HomeVisit;
    talk.summary = QStringLiteral("Kennismaking");
    REQUIRE(fx.service->addContact(talk).code() == ErrorCode::Invalid); // no date
    talk.date = QDate(2026, 10, 30);
    talk.summary = QStringLiteral("  ");
    REQUIRE(fx.service->addContact(talk).code() == ErrorCode::Invalid); // no summary
    talk.summary = QStringLiteral("Kennismaking");
    auto storedTalk = fx.service->addContact(talk);
    REQUIRE(storedTalk.ok());
    Contact changedTalk = storedTalk.value();
    changedTalk.nextStep = QStringLiteral("Taalschool bellen");
    changedTalk.nextStepDate = QDate(2026, 11, 6);
    REQUIRE(fx.service->editContact(changedTalk).ok());
    REQUIRE(fx.service->removeContact(changedTalk.meta.id).ok());
    REQUIRE(fx.service->restoreContact(changedTalk.meta.id).ok());
    REQUIRE(Repository<Contact>(*fx.store).get(changedTalk.meta.id)->nextStep == QStringLiteral("Taalschool bellen"));

    Involvement none;
    none.clientId = fx.clientId;
    REQUIRE(fx.service->addInvolvement(none).code() == ErrorCode::Invalid);
    none.organisation = QStringLiteral("VluchtelingenWerk");
    auto buddy = fx.service->addInvolvement(none);
    REQUIRE(buddy.ok());
    REQUIRE(fx.service->removeInvolvement(buddy->meta.id).ok());
    REQUIRE(Repository<Involvement>(*fx.store).list(fx.clientId)->empty());
    REQUIRE(fx.service->restoreInvolvement(buddy->meta.id).ok());
    REQUIRE(fx.audited("delete", "involvement") == 1);

    // A removed client takes no new records.
    REQUIRE(fx.service->clients().removeClient(fx.clientId).ok());
    REQUIRE(fx.service->addContact(talk).code() == ErrorCode::NotFound);
}

TEST_CASE("Dossier service: milestones are achieved on a given day, waived with a reason and restored",
          "[service][dossier]") {
    Fixture fx;
    REQUIRE(fx.service->addPlanVersion(plan(fx.clientId, QDate(2026, 8, 1), Route::B1)).ok());
    auto exam = fx.service->milestone(fx.clientId, MilestoneKind::ExamReading);
    REQUIRE(exam.ok());
    REQUIRE(exam->derived);

    REQUIRE(fx.service->achieveMilestone(exam.value(), fx.clock.today().addDays(1)).code() == ErrorCode::Invalid);
    REQUIRE(fx.service->achieveMilestone(exam.value(), QDate(2026, 9, 14)).ok());
    auto done = fx.service->milestone(fx.clientId, MilestoneKind::ExamReading);
    REQUIRE(done->status == MilestoneStatus::Achieved);
    REQUIRE(done->doneDate == QDate(2026, 9, 14));
    REQUIRE_FALSE(done->derived);
    REQUIRE(fx.service->restoreMilestone(exam.value()).ok());
    REQUIRE(fx.service->milestone(fx.clientId, MilestoneKind::ExamReading)->derived); // untouched again

    auto map = fx.service->milestone(fx.clientId, MilestoneKind::MapDone);
    REQUIRE(fx.service->waiveMilestone(map.value(), QStringLiteral("vrijstelling MAP")).ok());
    auto waived = fx.service->milestone(fx.clientId, MilestoneKind::MapDone);
    REQUIRE(waived->status == MilestoneStatus::Waived);
    REQUIRE(waived->note == QStringLiteral("vrijstelling MAP"));
    REQUIRE(fx.service->reopenMilestone(waived.value()).ok());
    REQUIRE(fx.service->milestone(fx.clientId, MilestoneKind::MapDone)->status == MilestoneStatus::Planned);

    REQUIRE(fx.service->milestone(fx.clientId, MilestoneKind::BridgingYearDone).code() == ErrorCode::NotFound);
}
