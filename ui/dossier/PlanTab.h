// The personal plan (PIP): its versions, a form for a new version (which sets the route and replans
// the milestones), and the goals per life domain of the selected version.
#pragma once

#include "DossierContext.h"
#include "domain/Dossier.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableWidget;

namespace koers {

class DateField;

class PlanTab : public QWidget {
    Q_OBJECT
public:
    PlanTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier);
    void addVersion();
    void addGoal();

    DateField* decisionDateField() const { return m_decisionDate; }
    QComboBox* routeField() const { return m_route; }
    QLineEdit* goalField() const { return m_goal; }

private:
    void showGoals();

    DossierContext& m_ctx;
    std::vector<PlanVersion> m_plans;
    std::vector<PlanGoal> m_goals;
    Route m_routeBefore = Route::None; // the client's route as loaded
    QTableWidget* m_versions;
    QTableWidget* m_goalTable;
    DateField* m_decisionDate;
    QComboBox* m_route;
    QComboBox* m_level;
    QLineEdit* m_provider;
    QDoubleSpinBox* m_hours;
    QCheckBox* m_map;
    QCheckBox* m_pvt;
    QCheckBox* m_knm;
    QCheckBox* m_childcare;
    QComboBox* m_goalDomain;
    QLineEdit* m_goal;
    QLineEdit* m_goalAction;
    QLineEdit* m_goalOwner;
    DateField* m_goalDue;
};

} // namespace koers
