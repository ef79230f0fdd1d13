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

#include <optional>

namespace koers {

class Store;

class ClientService {
public:
    explicit ClientService(Store& store, RuleSettings rules = {});
    // Uses the rule settings stored in the file.
    static Result<ClientService> forStore(Store& store);

    Result<Client> addClient(Client client);
    // For imports: like addClient (whose template milestones are derived, not written), without a savepoint
    // or an audit entry per client. The caller holds a transaction and a BulkScope, writes one summary entry, and has
    // validated the client with ClientValidator itself (an import reports each refused row with its reasons; doing it
    // twice read the time zone from disk once per row).
    Result<Client> addClientInBulk(Client client);
    Status updateClient(Client& client);
    Status removeClient(const QString& clientId);

    // Adds the next PIP version; its route becomes the client's route.
    Result<PlanVersion> addPlanVersion(PlanVersion plan);

    // The client's milestones as the coach sees them: stored and derived (see MilestonePlanner).
    Result<std::vector<Milestone>> milestones(const QString& clientId);
    // Changes a milestone as shown (by its id and client); a derived one is stored from then on. A `note` replaces
    // the milestone's note (a reason for waiving it).
    Status setMilestoneStatus(const Milestone& milestone, MilestoneStatus status, QDate doneDate,
                              const std::optional<QString>& note = std::nullopt);
    // A person's date wins over the computed one; the reason is kept.
    Status overrideDueDate(const Milestone& milestone, QDate due, const QString& reason);
    // Undo of the two above: puts the milestone back as it was shown; a derived one becomes derived again
    // (its stored record is deleted, and that delete travels in sync like any other).
    Status restoreMilestone(const Milestone& before);

    // Brings the milestones in line with the template of the client's route and the current dates.
    Status replan(const Client& client);
    // New rule settings for the whole file (the settings dialog), in one transaction: stored, and every client's
    // stored open milestones moved to the dates the new rules give (derived ones follow by themselves; a date set
    // by hand stays).
    static Status changeRules(Store& store, const RuleSettings& rules);
    Result<QDate> firstPipDate(const QString& clientId);

    const RuleSettings& rules() const { return m_rules; }

private:
    Status validate(const Client& client) const;
    Status apply(MilestonePlan& plan);
    // The milestone's record as it is now: stored, or derived from the rules.
    Result<Milestone> current(const Milestone& shown);
    // Updates a stored milestone; stores a derived one.
    Status save(Milestone& milestone);

    Store* m_store;
    RuleSettings m_rules;
    MilestonePlanner m_planner;
};

} // namespace koers
