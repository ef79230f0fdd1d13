// The commands a coach gives on a dossier, as the core carries them out: validated, in one transaction
// each, audited, and with the client's milestones brought in line with the rules after every change
// that moves a date or the route.
#pragma once

#include "domain/Client.h"
#include "domain/Milestone.h"
#include "domain/PlanVersion.h"
#include "rules/ClientValidator.h"
#include "rules/MilestonePlanner.h"
#include "util/Result.h"

namespace koers {

class Store;

class ClientService {
public:
    explicit ClientService(Store& store, RuleSettings rules = {});
    // Uses the rule settings stored in the file.
    static Result<ClientService> forStore(Store& store);

    Result<Client> addClient(Client client);
    // For imports: the same milestone template as addClient, without a savepoint or an audit entry per
    // client. The caller holds a transaction and a BulkScope, writes one summary entry, and has validated
    // the client with ClientValidator itself (an import reports each refused row with its reasons; doing it
    // twice read the time zone from disk once per row).
    // A new client has no plan versions or milestones yet, so the planner starts from nothing instead of
    // querying for them.
    Result<Client> addClientInBulk(Client client);
    Status updateClient(Client& client);
    Status removeClient(const QString& clientId);

    // Adds the next PIP version; its route becomes the client's route.
    Result<PlanVersion> addPlanVersion(PlanVersion plan);

    Status setMilestoneStatus(const QString& milestoneId, MilestoneStatus status, QDate doneDate);
    // A person's date wins over the computed one; the reason is kept.
    Status overrideDueDate(const QString& milestoneId, QDate due, const QString& reason);

    // Brings the milestones in line with the template of the client's route and the current dates.
    Status replan(const Client& client);
    Result<QDate> firstPipDate(const QString& clientId);

    const RuleSettings& rules() const { return m_rules; }

private:
    Status validate(const Client& client) const;
    Status apply(MilestonePlan& plan);

    Store* m_store;
    RuleSettings m_rules;
    MilestonePlanner m_planner;
};

} // namespace koers
