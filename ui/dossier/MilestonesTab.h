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
