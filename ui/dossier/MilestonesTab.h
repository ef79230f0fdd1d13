// The client's milestones as a timeline: due and done dates, late/due-soon state in words and colour,
// marking achieved or waived, and overriding a computed date with a reason.
#pragma once

#include "DossierTab.h"

class QTableWidget;

namespace koers {

class MilestonesTab : public DossierTab {
    Q_OBJECT
public:
    MilestonesTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier) override;

    QTableWidget* table() const { return m_table; }
    // Selects the milestone with this id (stored or derived, as the agenda has it); false when it is not listed.
    bool selectMilestone(const QString& milestoneId);
    // Actions on the selected milestone (also bound to the buttons). Achieved asks the day (today proposed).
    void markAchieved();
    void setStatus(MilestoneStatus status);
    void overrideDate();

private:
    const Milestone* selected() const;

    QTableWidget* m_table;
    std::vector<Milestone> m_milestones;
};

} // namespace koers
