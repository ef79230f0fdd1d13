// MilestonePlanner: the milestone template of each leerroute and target group, and the changes that
// bring a client's stored milestones in line with it. It only proposes records; storage writes them.
#pragma once

#include "DueDates.h"
#include "domain/Enums.h"
#include "domain/Milestone.h"

#include <vector>

namespace koers {

struct Client;

struct MilestonePlan {
    std::vector<Milestone> toCreate; // meta.id empty: storage assigns it
    std::vector<Milestone> toUpdate; // full copies of existing records with the changed fields
};

class MilestonePlanner {
public:
    explicit MilestonePlanner(RuleSettings rules = {});

    // Note put on open milestones that no longer belong to the client's route. A milestone waived with
    // this note is reopened when its kind comes back (a switch back to the earlier route).
    static const QString& routeChangedNote();

    // The template in display order: intake and PIP first, then the route's components, then the deadlines.
    static std::vector<MilestoneKind> kindsFor(Route route, TargetGroup targetGroup);

    // The computed due date of one kind; null while the date it counts from is unknown (e.g. no PIP yet).
    QDate dueDate(MilestoneKind kind, const Client& client, QDate firstPipDate) const;

    // Compares the template for client.route with the client's existing milestones (all of this client).
    // Overridden due dates and closed milestones are left alone; output follows the template order.
    MilestonePlan plan(const Client& client, QDate firstPipDate, const std::vector<Milestone>& existing) const;

    const DueDates& dueDates() const { return m_dueDates; }

private:
    DueDates m_dueDates;
};

} // namespace koers
