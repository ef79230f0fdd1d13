// MilestonePlanner: the milestone template of each leerroute and target group, and the changes that
// bring a client's stored milestones in line with it. It only proposes records; storage writes them.
// A template milestone nobody has touched is not stored but derived: the rules give its due date whenever it
// is shown or counted, and it is stored only when someone changes it. So an import of 100,000 clients writes
// no milestone rows, and a client's date change moves its untouched milestones without a write.
#pragma once

#include "DueBasis.h"
#include "DueDates.h"
#include "domain/Client.h"
#include "domain/Enums.h"
#include "domain/Milestone.h"

#include <vector>

namespace koers {

struct MilestonePlan {
    // Template kinds without a live stored record: planned, with the computed due date and derivedId().
    std::vector<Milestone> derived;
    std::vector<Milestone> toUpdate; // full copies of existing records with the changed fields
};

// A set of milestone kinds, one bit per kind.
using MilestoneKinds = quint32;
constexpr MilestoneKinds kindBit(MilestoneKind kind) {
    return MilestoneKinds(1) << static_cast<int>(kind);
}

class MilestonePlanner {
public:
    explicit MilestonePlanner(RuleSettings rules = {});

    // Note put on open milestones that no longer belong to the client's route. A milestone waived with
    // this note is reopened when its kind comes back (a switch back to the earlier route).
    static const QString& routeChangedNote();

    // The template in display order: intake and PIP first, then the route's components, then the deadlines.
    static std::vector<MilestoneKind> kindsFor(Route route, TargetGroup targetGroup);

    // The computed due date of one kind; null while the date it counts from is unknown (e.g. no PIP yet).
    QDate dueDate(MilestoneKind kind, const DueBasis& basis) const;

    // The id a derived milestone has, and keeps once stored: the same on every replica (a name-based UUID
    // of the client and the kind), so two laptops that both store it write one record, not two.
    static QString derivedId(const QString& clientId, MilestoneKind kind);

    // Calls f(kind, dueDate) for each template kind of the client that is not in `stored`, in template order.
    template <class F>
    void forEachDerived(const DueBasis& basis, MilestoneKinds stored, F&& f) const {
        for (MilestoneKind kind : kindsFor(basis.route, basis.targetGroup))
            if (!(stored & kindBit(kind)))
                f(kind, dueDate(kind, basis));
    }

    // Compares the template for client.route with the client's existing milestones (all of this client).
    // Overridden due dates and closed milestones are left alone; output follows the template order.
    MilestonePlan plan(const Client& client, QDate firstPipDate, const std::vector<Milestone>& existing) const;

    // The client's milestones as a coach sees them: the live stored ones, then the derived ones.
    std::vector<Milestone> effective(const Client& client, QDate firstPipDate, std::vector<Milestone> stored) const;

    const DueDates& dueDates() const { return m_dueDates; }

private:
    DueDates m_dueDates;
};

} // namespace koers
