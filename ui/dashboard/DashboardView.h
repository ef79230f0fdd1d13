// DashboardView: the team lead's dashboard. A row of filters (period, municipalities, coach, route,
// target group) on top of six figure panels; every panel follows the filters. The numbers come from
// the core (DashboardFigures), never from the widgets; a click on a number asks the main window to open
// the caseload of exactly those clients (openCaseload).
#pragma once

#include "FigurePanel.h"
#include "report/DashboardFigures.h"

#include <QWidget>

#include <map>

class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;

namespace koers {

class Prompts;
class Store;

class DashboardView final : public QWidget {
    Q_OBJECT

public:
    // The PNG and CSV exports ask for their file through `prompts`.
    DashboardView(Store& store, Prompts& prompts, QWidget* parent = nullptr);
    // With figures whose facts were read already (on a worker, by the window).
    DashboardView(Store& store, Prompts& prompts, DashboardFigures figures, QWidget* parent = nullptr);
    ~DashboardView() override;

    DashboardFilter filter() const;
    // Sets the filter widgets and recomputes once.
    void setFilter(const DashboardFilter& filter);

    // Reads the data from the file again (after an import or a sync) and recomputes.
    void reload();

    // The panel that shows `id`; every figure of the cohort family has the one cohort panel.
    FigurePanel* panel(FigureId id) const;
    QComboBox* cohortBox() const { return m_cohortFigure; }
    QComboBox* coachBox() const { return m_coach; }
    QComboBox* routeBox() const { return m_route; }
    QComboBox* targetGroupBox() const { return m_targetGroup; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QMenu* municipalityMenu() const { return m_municipalityMenu; }
    QString errorText() const;

Q_SIGNALS:
    void openCaseload(const QStringList& clientIds, const QString& description);

private:
    void fillFilterChoices();
    void recompute();
    FigureId cohortId() const;
    void updateMunicipalityText();
    void openCell(FigureId id, const QString& categoryKey, const QString& seriesKey, const QString& description);
    void showError(const QString& message);

    Store& m_store;
    DashboardFigures m_figures;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_municipalities = nullptr;
    QMenu* m_municipalityMenu = nullptr;
    QComboBox* m_coach = nullptr;
    QComboBox* m_route = nullptr;
    QComboBox* m_targetGroup = nullptr;
    QPushButton* m_reload = nullptr;
    QLabel* m_error = nullptr;
    std::map<FigureId, FigurePanel*> m_panels;
    FigurePanel* m_cohortPanel = nullptr;
    QComboBox* m_cohortFigure = nullptr; // which figure of the cohort family the cohort panel shows
    bool m_updating = false;             // while setFilter fills the widgets, one recompute at the end
};

} // namespace koers
