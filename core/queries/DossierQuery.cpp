#include "DossierQuery.h"

#include "AuditQuery.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "rules/FirstPip.h"
#include "rules/MilestonePlanner.h"
#include "storage/Repository.h"
#include "storage/RuleSettingsStore.h"

#include <algorithm>

namespace koers {

namespace {
template <class T>
Status loadInto(Store& store, const QString& clientId, std::vector<T>& out) {
    auto rows = Repository<T>(store).list(clientId);
    if (!rows.ok())
        return rows.error();
    out = std::move(rows.value());
    return {};
}
} // namespace

Result<Client> DossierQuery::client(const QString& clientId) {
    return Repository<Client>(m_store).get(clientId);
}

Result<Dossier> DossierQuery::load(const QString& clientId) {
    Dossier d;
    auto client = Repository<Client>(m_store).get(clientId);
    if (!client.ok())
        return client.error();
    d.client = std::move(client.value());
    if (!d.client.municipalityId.isEmpty())
        if (auto m = Repository<Municipality>(m_store).get(d.client.municipalityId, true); m.ok())
            d.municipality = m->name;
    if (!d.client.coachId.isEmpty())
        if (auto c = Repository<Coach>(m_store).get(d.client.coachId, true); c.ok())
            d.coach = c->name;
    KOERS_TRY(loadInto(m_store, clientId, d.intakes));
    KOERS_TRY(loadInto(m_store, clientId, d.intakeSections));
    KOERS_TRY(loadInto(m_store, clientId, d.plans));
    KOERS_TRY(loadInto(m_store, clientId, d.goals));
    KOERS_TRY(loadInto(m_store, clientId, d.milestones));
    KOERS_TRY(loadInto(m_store, clientId, d.contacts));
    KOERS_TRY(loadInto(m_store, clientId, d.involvements));
    std::sort(d.plans.begin(), d.plans.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    // With the milestones nobody touched yet, which are derived from the rules rather than stored.
    auto rules = RuleSettingsStore::load(m_store);
    if (!rules.ok())
        return rules.error();
    d.milestones = MilestonePlanner(rules.value()).effective(d.client, FirstPip::of(d.plans), std::move(d.milestones));
    std::stable_sort(d.milestones.begin(), d.milestones.end(), [](const Milestone& a, const Milestone& b) {
        // Dated milestones first, by date; undated ones keep the template order after them.
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    std::sort(d.contacts.begin(), d.contacts.end(), [](const auto& a, const auto& b) { return a.date < b.date; });

    auto audit = AuditQuery(m_store).ofClient(clientId);
    if (!audit.ok())
        return audit.error();
    d.audit = std::move(audit.value());
    return d;
}

} // namespace koers
