#include "ClientService.h"

#include "rules/FirstPip.h"
#include "storage/Repository.h"
#include "storage/RuleSettingsStore.h"

#include <QCoreApplication>

namespace koers {

ClientService::ClientService(Store& store, RuleSettings rules)
    : m_store(&store)
    , m_rules(rules)
    , m_planner(rules) {
}

Result<ClientService> ClientService::forStore(Store& store) {
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    return ClientService(store, rules.value());
}

Status ClientService::validate(const Client& client) const {
    const auto issues = ClientValidator::validate(client, m_store->clock().today());
    if (issues.empty())
        return {};
    QStringList messages;
    for (const auto& i : issues)
        messages << i.message;
    return makeError(ErrorCode::Invalid, messages.join(QLatin1Char(' ')));
}

Result<Client> ClientService::addClient(Client client) {
    KOERS_TRY(validate(client));
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    auto stored = Repository<Client>(*m_store).insert(std::move(client));
    if (!stored.ok())
        return stored.error();
    KOERS_TRY(replan(stored.value()));
    KOERS_TRY(tx.commit());
    return stored;
}

Result<Client> ClientService::addClientInBulk(Client client) {
    Q_ASSERT(m_store->bulk());
    Q_ASSERT(ClientValidator::validate(client, m_store->clock().today()).empty());
    // A new client has no stored milestones, and its template milestones are derived: nothing more to write.
    return Repository<Client>(*m_store).insert(std::move(client));
}

Status ClientService::updateClient(Client& client) {
    KOERS_TRY(validate(client));
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    KOERS_TRY(Repository<Client>(*m_store).update(client));
    KOERS_TRY(replan(client));
    return tx.commit();
}

Status ClientService::removeClient(const QString& clientId) {
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    KOERS_TRY(Repository<Client>(*m_store).remove(clientId));
    return tx.commit();
}

Result<PlanVersion> ClientService::addPlanVersion(PlanVersion plan) {
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    auto client = Repository<Client>(*m_store).get(plan.clientId);
    if (!client.ok())
        return client.error();
    if (!plan.decisionDate.isValid())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Validation", "A PIP needs its date of decision."));
    auto existing = Repository<PlanVersion>(*m_store).list(plan.clientId);
    if (!existing.ok())
        return existing.error();
    int version = 0;
    for (const auto& p : existing.value())
        version = std::max(version, p.version);
    plan.version = version + 1;
    auto stored = Repository<PlanVersion>(*m_store).insert(std::move(plan));
    if (!stored.ok())
        return stored.error();
    if (client->route != stored->route) {
        client->route = stored->route;
        KOERS_TRY(Repository<Client>(*m_store).update(client.value()));
    }
    KOERS_TRY(replan(client.value()));
    KOERS_TRY(tx.commit());
    return stored;
}

Status ClientService::setMilestoneStatus(const Milestone& milestone, MilestoneStatus status, QDate doneDate,
                                         const std::optional<QString>& note) {
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    auto m = current(milestone);
    if (!m.ok())
        return m.error();
    m->status = status;
    m->doneDate =
        status == MilestoneStatus::Achieved ? (doneDate.isValid() ? doneDate : m_store->clock().today()) : QDate();
    if (note)
        m->note = *note;
    KOERS_TRY(save(m.value()));
    return tx.commit();
}

Status ClientService::overrideDueDate(const Milestone& milestone, QDate due, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Validation", "Give a reason for changing a computed date."));
    Transaction tx(m_store->db());
    KOERS_TRY(tx.started());
    auto m = current(milestone);
    if (!m.ok())
        return m.error();
    m->dueDate = due;
    m->dueOverridden = true;
    m->overrideReason = reason.trimmed();
    KOERS_TRY(save(m.value()));
    return tx.commit();
}

Status ClientService::restoreMilestone(const Milestone& before) {
    Repository<Milestone> milestones(*m_store);
    if (before.derived)
        return milestones.remove(before.meta.id);
    Milestone restore = before;
    return milestones.update(restore);
}

Result<std::vector<Milestone>> ClientService::milestones(const QString& clientId) {
    auto client = Repository<Client>(*m_store).get(clientId);
    if (!client.ok())
        return client.error();
    auto first = firstPipDate(clientId);
    if (!first.ok())
        return first.error();
    auto stored = Repository<Milestone>(*m_store).list(clientId);
    if (!stored.ok())
        return stored.error();
    return m_planner.effective(client.value(), first.value(), std::move(stored.value()));
}

Result<Milestone> ClientService::current(const Milestone& shown) {
    // The stored record, also when it was deleted (a derived id comes back when its kind does).
    auto stored = Repository<Milestone>(*m_store).get(shown.meta.id, true);
    if (stored.ok()) {
        stored->meta.deleted = false;
        return stored;
    }
    if (stored.error().code != ErrorCode::NotFound)
        return stored.error();
    auto all = milestones(shown.clientId);
    if (!all.ok())
        return all.error();
    for (Milestone& m : all.value())
        if (m.derived && m.meta.id == shown.meta.id)
            return std::move(m);
    return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                              "Validation", "This milestone no longer belongs to the client's route."));
}

Status ClientService::save(Milestone& milestone) {
    Repository<Milestone> milestones(*m_store);
    if (!milestone.derived)
        return milestones.update(milestone);
    auto stored = milestones.insert(milestone);
    if (!stored.ok())
        return stored.error();
    milestone = std::move(stored.value());
    milestone.derived = false;
    return {};
}

Result<QDate> ClientService::firstPipDate(const QString& clientId) {
    auto st =
        m_store->cached(QStringLiteral("SELECT decision_date FROM plan_version WHERE client_id = ?1 AND deleted = 0"));
    if (!st.ok())
        return st.error();
    st.value()->bind(1, clientId);
    FirstPip first;
    const Status read = st.value()->each([&first](const Statement& row) { first.add(row.date(0)); });
    st.value()->reset();
    if (!read.ok())
        return read.error();
    return first.date();
}

Status ClientService::replan(const Client& client) {
    auto first = firstPipDate(client.meta.id);
    if (!first.ok())
        return first.error();
    Repository<Milestone> milestones(*m_store);
    auto existing = milestones.list(client.meta.id);
    if (!existing.ok())
        return existing.error();
    MilestonePlan plan = m_planner.plan(client, first.value(), existing.value());
    return apply(plan);
}

Status ClientService::changeRules(Store& store, const RuleSettings& rules) {
    Transaction tx(store.db());
    KOERS_TRY(tx.started());
    KOERS_TRY(RuleSettingsStore::save(store, rules));
    // Only clients with stored milestones can hold a date the old rules computed.
    auto st = store.db().prepare(u"SELECT DISTINCT client_id FROM milestone WHERE deleted = 0");
    if (!st.ok())
        return st.error();
    QStringList ids;
    KOERS_TRY(st->each([&ids](const Statement& row) { ids << row.text(0); }));
    ClientService service(store, rules);
    Repository<Client> clients(store);
    for (const QString& id : ids) {
        auto client = clients.get(id);
        if (!client.ok()) {
            if (client.code() == ErrorCode::NotFound)
                continue; // a milestone whose client was removed on another device: nothing to move
            return client.error();
        }
        if (client->meta.deleted)
            continue;
        KOERS_TRY(service.replan(client.value()));
    }
    return tx.commit();
}

Status ClientService::apply(MilestonePlan& plan) {
    // Derived milestones follow the rules by themselves; only stored ones need writing.
    Repository<Milestone> milestones(*m_store);
    for (auto& m : plan.toUpdate)
        KOERS_TRY(milestones.update(m));
    return {};
}

} // namespace koers
