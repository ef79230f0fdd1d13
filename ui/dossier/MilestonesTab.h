// The client's milestones as a timeline: due and done dates, late/due-soon state in words and colour,
// marking achieved or waived, and overriding a computed date with a reason.
#pragma once

#include "DossierContext.h"
#include "domain/Dossier.h"

#include <QWidget>

class QTableWidget;

namespace koers {

class MilestonesTab : public QWidget {
    Q_OBJECT
public:
    MilestonesTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier, QDate today, int dueSoonDays);

    QTableWidget* table() const { return m_table; }
    // Actions on the selected milestone (also bound to the buttons).
    void markAchieved();
    void setStatus(MilestoneStatus status);
    void overrideDate();

private:
    const Milestone* selected() const;

    DossierContext& m_ctx;
    QTableWidget* m_table;
    std::vector<Milestone> m_milestones;
};

} // namespace koers
