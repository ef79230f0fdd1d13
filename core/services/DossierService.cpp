#include "DossierService.h"

#include "rules/FieldLimits.h"
#include "storage/Repository.h"
#include "storage/RuleSettingsStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace koers {

namespace {

// The messages of this file are translated with the other validation messages, under "Validation".
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Error invalid(const QString& message) {
    return makeError(ErrorCode::Invalid, message);
}

// Writes a record: inserted when it has no id yet, else updated (which also lifts a tombstone).
template <class T>
Status put(Store& store, T& record) {
    if (record.meta.id.isEmpty()) {
        auto added = Repository<T>(store).insert(record);
        if (!added.ok())
            return added.error();
        record = std::move(added.value());
        return {};
    }
    record.meta.deleted = false;
    return Repository<T>(store).update(record);
}

} // namespace

DossierService::DossierService(Store& store, RuleSettings rules)
    : m_store(&store)
    , m_clients(store, rules) {
}

Result<DossierService> DossierService::forStore(Store& store) {
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    return DossierService(store, rules.value());
}

Status DossierService::requireClient(const QString& clientId) {
    if (clientId.isEmpty())
        return invalid(Validation::tr("The record belongs to no client."));
    auto client = Repository<Client>(*m_store).get(clientId);
    return client.ok() ? Status() : Status(client.error());
}

Status DossierService::editClient(Client client) {
    return m_clients.updateClient(client);
}

// --- intake

Result<IntakeRecord> DossierService::intake(const QString& clientId) {
    KOERS_TRY(requireClient(clientId));
    IntakeRecord out;
    out.intake.clientId = clientId;
    auto intakes = Repository<Intake>(*m_store).list(clientId);
    if (!intakes.ok())
        return intakes.error();
    if (intakes->empty())
        return out;
    out.intake = intakes->front();
    auto sections = Repository<IntakeSection>(*m_store).list(clientId);
    if (!sections.ok())
        return sections.error();
    for (IntakeSection& s : sections.value())
        if (s.intakeId == out.intake.meta.id)
            out.sections.push_back(std::move(s));
    return out;
}

Result<IntakeRecord> DossierService::saveIntake(IntakeRecord record) {
    KOERS_TRY(requireClient(record.intake.clientId));
    if (record.intake.lbtScore < 0)
        return invalid(Validation::tr("The learnability test score cannot be negative."));
    for (const IntakeSection& s : record.sections)
        if (s.score < 0 || s.score > 5)
            return invalid(Validation::tr("An intake score runs from 1 to 5 (0: not assessed)."));
    if (!record.intake.startDate.isValid())
        record.intake.startDate = m_store->clock().today();
    if (const auto issue = FieldLimits::check(record.intake))
        return invalid(issue->message);
    for (const IntakeSection& s : record.sections)
        if (const auto issue = FieldLimits::check(s))
            return invalid(issue->message);
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    KOERS_TRY(put(*m_store, record.intake));
    for (IntakeSection& s : record.sections) {
        s.intakeId = record.intake.meta.id;
        s.clientId = record.intake.clientId;
        KOERS_TRY(put(*m_store, s));
    }
    KOERS_TRY(tx.commit());
    return record;
}

Status DossierService::restoreIntake(const IntakeRecord& before, const IntakeRecord& after) {
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    for (const IntakeSection& s : after.sections) {
        const bool existed = std::any_of(before.sections.begin(), before.sections.end(),
                                         [&s](const IntakeSection& b) { return b.meta.id == s.meta.id; });
        if (!existed && !s.meta.id.isEmpty())
            KOERS_TRY(Repository<IntakeSection>(*m_store).remove(s.meta.id));
    }
    if (before.intake.meta.id.isEmpty()) {
        // The intake was started by the step taken back.
        if (!after.intake.meta.id.isEmpty())
            KOERS_TRY(Repository<Intake>(*m_store).remove(after.intake.meta.id));
    } else {
        Intake intake = before.intake;
        KOERS_TRY(put(*m_store, intake));
        for (IntakeSection s : before.sections)
            KOERS_TRY(put(*m_store, s));
    }
    return tx.commit();
}

Result<IntakeRecord> DossierService::scoreIntakeTopic(const QString& clientId, IntakeTopic topic, int score,
                                                      const QString& note) {
    auto record = intake(clientId);
    if (!record.ok())
        return record.error();
    auto it = std::find_if(record->sections.begin(), record->sections.end(),
                           [topic](const IntakeSection& s) { return s.topic == topic; });
    if (it == record->sections.end()) {
        IntakeSection section;
        section.topic = topic;
        it = record->sections.insert(record->sections.end(), section);
    }
    it->score = score;
    it->note = note;
    return saveIntake(std::move(record.value()));
}

// --- plan versions

Result<std::vector<PlanVersion>> DossierService::plans(const QString& clientId) {
    KOERS_TRY(requireClient(clientId));
    auto plans = Repository<PlanVersion>(*m_store).list(clientId);
    if (!plans.ok())
        return plans.error();
    std::sort(plans->begin(), plans->end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return plans;
}

Result<PlanVersion> DossierService::addPlanVersion(PlanVersion plan) {
    return m_clients.addPlanVersion(std::move(plan));
}

Status DossierService::followLatestPlan(const QString& clientId, Route routeWithoutPlan) {
    auto plans = Repository<PlanVersion>(*m_store).list(clientId);
    if (!plans.ok())
        return plans.error();
    const auto latest = std::max_element(
        plans->begin(), plans->end(), [](const PlanVersion& a, const PlanVersion& b) { return a.version < b.version; });
    Repository<Client> clients(*m_store);
    auto client = clients.get(clientId);
    if (!client.ok())
        return client.error();
    client->route = latest == plans->end() ? routeWithoutPlan : latest->route;
    KOERS_TRY(clients.update(client.value()));
    return m_clients.replan(client.value());
}

Status DossierService::removePlanVersion(const QString& planId, Route routeWithoutPlan) {
    auto plan = Repository<PlanVersion>(*m_store).get(planId);
    if (!plan.ok())
        return plan.error();
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    KOERS_TRY(Repository<PlanVersion>(*m_store).remove(planId));
    KOERS_TRY(followLatestPlan(plan->clientId, routeWithoutPlan));
    return tx.commit();
}

Status DossierService::restorePlanVersion(const QString& planId) {
    auto plan = Repository<PlanVersion>(*m_store).get(planId, true);
    if (!plan.ok())
        return plan.error();
    KOERS_TRY(requireClient(plan->clientId));
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    KOERS_TRY(put(*m_store, plan.value()));
    KOERS_TRY(followLatestPlan(plan->clientId, plan->route));
    return tx.commit();
}

// --- goals, conversations, people involved

Status DossierService::validate(const PlanGoal& goal) {
    if (goal.goal.trimmed().isEmpty() && goal.action.trimmed().isEmpty())
        return invalid(Validation::tr("Describe the goal or its action."));
    if (goal.planId.isEmpty())
        return invalid(Validation::tr("A goal belongs to a PIP version: add one first."));
    auto plan = Repository<PlanVersion>(*m_store).get(goal.planId);
    if (!plan.ok() || plan->clientId != goal.clientId)
        return invalid(Validation::tr("The goal's PIP version is not one of this client's."));
    return {};
}

Status DossierService::validate(const Contact& contact) const {
    if (!contact.date.isValid())
        return invalid(Validation::tr("A conversation needs its date."));
    if (contact.summary.trimmed().isEmpty())
        return invalid(Validation::tr("Write a short summary of the conversation."));
    return {};
}

Status DossierService::validate(const Involvement& involvement) const {
    if (involvement.organisation.trimmed().isEmpty() && involvement.name.trimmed().isEmpty())
        return invalid(Validation::tr("Enter an organisation or a name."));
    return {};
}

template <class T>
Result<T> DossierService::addRecord(T record) {
    KOERS_TRY(requireClient(record.clientId));
    KOERS_TRY(validate(record));
    if (const auto issue = FieldLimits::check(record))
        return invalid(issue->message);
    record.meta.id.clear();
    return Repository<T>(*m_store).insert(std::move(record));
}

template <class T>
Status DossierService::editRecord(const T& record) {
    auto stored = Repository<T>(*m_store).get(record.meta.id);
    if (!stored.ok())
        return stored.error();
    if (stored->clientId != record.clientId)
        return invalid(Validation::tr("A record cannot move to another client."));
    KOERS_TRY(validate(record));
    if (const auto issue = FieldLimits::check(record))
        return invalid(issue->message);
    T changed = record;
    return Repository<T>(*m_store).update(changed);
}

template <class T>
Status DossierService::setDeleted(const QString& id, bool deleted) {
    Repository<T> records(*m_store);
    if (deleted)
        return records.remove(id);
    auto stored = records.get(id, true);
    if (!stored.ok())
        return stored.error();
    KOERS_TRY(requireClient(stored->clientId));
    return put(*m_store, stored.value());
}

Result<PlanGoal> DossierService::addGoal(PlanGoal goal) {
    return addRecord(std::move(goal));
}
Status DossierService::editGoal(const PlanGoal& goal) {
    return editRecord(goal);
}
Status DossierService::removeGoal(const QString& goalId) {
    return setDeleted<PlanGoal>(goalId, true);
}
Status DossierService::restoreGoal(const QString& goalId) {
    return setDeleted<PlanGoal>(goalId, false);
}

Result<Contact> DossierService::addContact(Contact contact) {
    return addRecord(std::move(contact));
}
Status DossierService::editContact(const Contact& contact) {
    return editRecord(contact);
}
Status DossierService::removeContact(const QString& contactId) {
    return setDeleted<Contact>(contactId, true);
}
Status DossierService::restoreContact(const QString& contactId) {
    return setDeleted<Contact>(contactId, false);
}

Result<Involvement> DossierService::addInvolvement(Involvement involvement) {
    return addRecord(std::move(involvement));
}
Status DossierService::editInvolvement(const Involvement& involvement) {
    return editRecord(involvement);
}
Status DossierService::removeInvolvement(const QString& involvementId) {
    return setDeleted<Involvement>(involvementId, true);
}
Status DossierService::restoreInvolvement(const QString& involvementId) {
    return setDeleted<Involvement>(involvementId, false);
}

// --- milestones

Result<Milestone> DossierService::milestone(const QString& clientId, MilestoneKind kind) {
    auto all = m_clients.milestones(clientId);
    if (!all.ok())
        return all.error();
    for (Milestone& m : all.value())
        if (m.kind == kind)
            return std::move(m);
    return makeError(ErrorCode::NotFound,
                     Validation::tr("The client's route has no milestone \"%1\".").arg(label(kind)));
}

Status DossierService::achieveMilestone(const Milestone& milestone, QDate done) {
    if (!done.isValid())
        done = m_store->clock().today();
    if (done > m_store->clock().today())
        return invalid(Validation::tr("A milestone cannot be achieved on a day still to come."));
    return m_clients.setMilestoneStatus(milestone, MilestoneStatus::Achieved, done);
}

Status DossierService::waiveMilestone(const Milestone& milestone, const QString& reason) {
    const QString why = reason.trimmed();
    return m_clients.setMilestoneStatus(milestone, MilestoneStatus::Waived, {},
                                        why.isEmpty() ? std::nullopt : std::optional<QString>(why));
}

Status DossierService::reopenMilestone(const Milestone& milestone) {
    return m_clients.setMilestoneStatus(milestone, MilestoneStatus::Planned, {});
}

Status DossierService::overrideDueDate(const Milestone& milestone, QDate due, const QString& reason) {
    return m_clients.overrideDueDate(milestone, due, reason);
}

Status DossierService::restoreMilestone(const Milestone& before) {
    return m_clients.restoreMilestone(before);
}

} // namespace koers
