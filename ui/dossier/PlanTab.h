// The personal plan (PIP): its versions, a form for a new version (which sets the route and replans the
// milestones), and the goals per life domain of the selected version, which open in the goal form to be changed.
#pragma once

#include "DossierTab.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace koers {

class DateField;

class PlanTab : public DossierTab {
    Q_OBJECT
public:
    PlanTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier) override;
    // The buttons: each adds (or saves the goal opened), or says why not.
    void addVersion();
    void addGoal();
    // Opens the goal in the given row of the goal list in the goal form; removes it.
    void openGoal(int row);
    void removeGoal(int row);
    void cancelGoal();

    bool hasUnsavedEdits() const override { return m_versionEdited || m_goalEdited; }
    Status saveEdits() override;
    void discardEdits() override;

    DateField* decisionDateField() const { return m_decisionDate; }
    QComboBox* routeField() const { return m_route; }
    QLineEdit* providerField() const { return m_provider; }
    QDoubleSpinBox* hoursField() const { return m_hours; }
    QLineEdit* goalField() const { return m_goal; }
    QLineEdit* goalActionField() const { return m_goalAction; }
    DateField* goalDueField() const { return m_goalDue; }
    QTableWidget* goalTable() const { return m_goalTable; }
    QTableWidget* versionTable() const { return m_versions; }
    QPushButton* addVersionButton() const { return m_addVersion; }
    QPushButton* printLetterButton() const { return m_printLetter; }
    // The selected PIP version as the decision letter (beschikking) on the municipality's letterhead, as a PDF
    // where the coach chooses; false when nothing was written.
    bool printLetter();
    QPushButton* addGoalButton() const { return m_addGoal; }

private:
    void showGoals();
    // The version form as for a new version: from the latest version, or empty for the first.
    void resetVersionForm();
    void resetGoalForm();
    void setVersionEdited(bool edited);
    void setGoalEdited(bool edited);
    Status validateVersion() const;
    Status validateGoal() const;
    Status saveVersion();
    Status saveGoal();
    // The goals of the selected version, in list order.
    std::vector<const PlanGoal*> shownGoals() const;

    std::vector<PlanVersion> m_plans;
    std::vector<PlanGoal> m_goals;
    Route m_routeBefore = Route::None;  // the client's route as loaded
    std::optional<PlanGoal> m_openGoal; // the goal in the form, when one was opened
    bool m_versionEdited = false;
    QString m_clientId; // whose dossier load() showed last
    bool m_goalEdited = false;
    bool m_filling = false; // the program fills the forms: no edit
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
    QPushButton* m_addVersion;
    QPushButton* m_printLetter;
    QGroupBox* m_goalBox;
    QComboBox* m_goalDomain;
    QLineEdit* m_goal;
    QLineEdit* m_goalAction;
    QLineEdit* m_goalOwner;
    DateField* m_goalDue;
    QPushButton* m_addGoal;
    QPushButton* m_cancelGoal;
};

} // namespace koers
