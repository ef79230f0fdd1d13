#include "PlanTab.h"

#include "commands/AddPlanVersionCommand.h"
#include "commands/AddRecordCommand.h"

#include "prompts/Prompts.h"
#include "storage/Store.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

namespace {
QString dateText(QDate d) {
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

void setupTable(QTableWidget* t, const QStringList& headers, const QString& name) {
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAccessibleName(name);
    t->setTabKeyNavigation(false);
}
} // namespace

PlanTab::PlanTab(DossierContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_versions(new QTableWidget(this))
    , m_goalTable(new QTableWidget(this))
    , m_decisionDate(new DateField(this))
    , m_route(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_provider(new QLineEdit(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_map(new QCheckBox(tr("&MAP"), this))
    , m_pvt(new QCheckBox(tr("&PVT"), this))
    , m_knm(new QCheckBox(tr("&KNM"), this))
    , m_childcare(new QCheckBox(tr("C&hildcare"), this))
    , m_goalDomain(new QComboBox(this))
    , m_goal(new QLineEdit(this))
    , m_goalAction(new QLineEdit(this))
    , m_goalOwner(new QLineEdit(this))
    , m_goalDue(new DateField(this)) {
    setupTable(
        m_versions,
        {tr("Version"), tr("Decision"), tr("Route"), tr("Target"), tr("Provider"), tr("Hours/week"), tr("Components")},
        tr("PIP versions"));
    setupTable(m_goalTable, {tr("Life domain"), tr("Goal"), tr("Action"), tr("Who"), tr("By")}, tr("Goals"));
    const int versionWidths[] = {60, 100, 220, 90, 200, 90};
    for (int c = 0; c < 6; ++c)
        m_versions->setColumnWidth(c, versionWidths[c]);
    m_versions->setWordWrap(false);
    m_goalTable->setColumnWidth(0, 160);
    m_goalTable->setColumnWidth(1, 260);
    m_goalTable->setColumnWidth(2, 260);
    for (Route r : allValues<Route>())
        m_route->addItem(label(r), static_cast<int>(r));
    for (LanguageLevel l : allValues<LanguageLevel>())
        m_level->addItem(label(l), static_cast<int>(l));
    for (LifeDomain d : allValues<LifeDomain>())
        m_goalDomain->addItem(label(d), static_cast<int>(d));
    m_hours->setRange(0, 40);
    m_hours->setDecimals(1);

    auto* versionBox = new QGroupBox(tr("New PIP version"), this);
    auto* vf = new QFormLayout(versionBox);
    vf->addRow(tr("&Date of decision"), m_decisionDate);
    vf->addRow(tr("&Route"), m_route);
    vf->addRow(tr("Target &level"), m_level);
    vf->addRow(tr("Language &provider"), m_provider);
    vf->addRow(tr("&Hours per week"), m_hours);
    auto* components = new QHBoxLayout;
    for (QCheckBox* c : {m_map, m_pvt, m_knm, m_childcare})
        components->addWidget(c);
    vf->addRow(tr("Components"), components);
    auto* addVersionButton = new QPushButton(tr("Add PIP &version"), this);
    vf->addRow(QString(), addVersionButton);

    auto* goalBox = new QGroupBox(tr("New goal for the selected version"), this);
    auto* gf = new QFormLayout(goalBox);
    gf->addRow(tr("Life d&omain"), m_goalDomain);
    gf->addRow(tr("&Goal"), m_goal);
    gf->addRow(tr("&Action"), m_goalAction);
    gf->addRow(tr("&Who"), m_goalOwner);
    gf->addRow(tr("&By"), m_goalDue);
    auto* addGoalButton = new QPushButton(tr("Add g&oal"), this);
    gf->addRow(QString(), addGoalButton);

    auto* forms = new QHBoxLayout;
    forms->addWidget(versionBox, 1);
    forms->addWidget(goalBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_goalTable, 1);
    layout->addLayout(forms);

    connect(addVersionButton, &QPushButton::clicked, this, &PlanTab::addVersion);
    connect(addGoalButton, &QPushButton::clicked, this, &PlanTab::addGoal);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &PlanTab::showGoals);
}

void PlanTab::load(const Dossier& dossier) {
    const int keep = m_versions->currentRow();
    m_plans = dossier.plans;
    m_goals = dossier.goals;
    m_routeBefore = dossier.client.route;
    m_versions->setRowCount(static_cast<int>(m_plans.size()));
    for (int r = 0; r < static_cast<int>(m_plans.size()); ++r) {
        const PlanVersion& p = m_plans[static_cast<size_t>(r)];
        QStringList parts;
        if (p.map)
            parts << tr("MAP");
        if (p.pvt)
            parts << tr("PVT");
        if (p.knm)
            parts << tr("KNM");
        if (p.childcare)
            parts << tr("childcare");
        const QStringList cells{QString::number(p.version),
                                dateText(p.decisionDate),
                                label(p.route),
                                label(p.targetLevel),
                                p.languageProvider,
                                QString::number(p.hoursPerWeek),
                                parts.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_versions->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (!m_plans.empty())
        m_versions->selectRow(
            keep >= 0 && keep < static_cast<int>(m_plans.size()) ? keep : static_cast<int>(m_plans.size()) - 1);
    if (!m_plans.empty()) {
        // The next version starts from the current one.
        const PlanVersion& last = m_plans.back();
        m_route->setCurrentIndex(m_route->findData(static_cast<int>(last.route)));
        m_level->setCurrentIndex(m_level->findData(static_cast<int>(last.targetLevel)));
        m_provider->setText(last.languageProvider);
        m_hours->setValue(last.hoursPerWeek);
        m_map->setChecked(last.map);
        m_pvt->setChecked(last.pvt);
        m_knm->setChecked(last.knm);
        m_childcare->setChecked(last.childcare);
    }
    showGoals();
}

void PlanTab::showGoals() {
    const int row = m_versions->currentRow();
    const QString planId =
        row >= 0 && row < static_cast<int>(m_plans.size()) ? m_plans[static_cast<size_t>(row)].meta.id : QString();
    m_goalTable->setRowCount(0);
    for (const PlanGoal& g : m_goals) {
        if (g.planId != planId)
            continue;
        const int r = m_goalTable->rowCount();
        m_goalTable->insertRow(r);
        const QStringList cells{label(g.domain), g.goal, g.action, g.owner, dateText(g.dueDate)};
        for (int c = 0; c < cells.size(); ++c)
            m_goalTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void PlanTab::addVersion() {
    if (!m_decisionDate->date().isValid()) {
        m_ctx.prompts->error(this, tr("PIP not added"), tr("Enter the date of decision as dd-mm-yyyy."));
        return;
    }
    PlanVersion p;
    p.clientId = m_ctx.clientId;
    p.decisionDate = m_decisionDate->date();
    p.route = static_cast<Route>(m_route->currentData().toInt());
    p.targetLevel = static_cast<LanguageLevel>(m_level->currentData().toInt());
    p.languageProvider = m_provider->text().trimmed();
    p.hoursPerWeek = m_hours->value();
    p.map = m_map->isChecked();
    p.pvt = m_pvt->isChecked();
    p.knm = m_knm->isChecked();
    p.childcare = m_childcare->isChecked();

    if (m_ctx.push(this, std::make_unique<AddPlanVersionCommand>(
                             m_ctx.environment(), m_ctx.undoText(tr("add PIP version")), p, m_routeBefore)))
        m_decisionDate->clear();
}

void PlanTab::addGoal() {
    const int row = m_versions->currentRow();
    if (row < 0 || row >= static_cast<int>(m_plans.size())) {
        m_ctx.prompts->error(this, tr("Goal not added"), tr("Add or select a PIP version first."));
        return;
    }
    if (m_goal->text().trimmed().isEmpty() || !m_goalDue->isAcceptable()) {
        m_ctx.prompts->error(this, tr("Goal not added"), tr("Describe the goal; enter dates as dd-mm-yyyy."));
        return;
    }
    PlanGoal g;
    g.planId = m_plans[static_cast<size_t>(row)].meta.id;
    g.clientId = m_ctx.clientId;
    g.domain = static_cast<LifeDomain>(m_goalDomain->currentData().toInt());
    g.goal = m_goal->text().trimmed();
    g.action = m_goalAction->text().trimmed();
    g.owner = m_goalOwner->text().trimmed();
    g.dueDate = m_goalDue->date();
    if (m_ctx.push(this, std::make_unique<AddGoalCommand>(m_ctx.environment(), m_ctx.undoText(tr("add goal")), g)))
        for (QLineEdit* e :
             {static_cast<QLineEdit*>(m_goal), m_goalAction, m_goalOwner, static_cast<QLineEdit*>(m_goalDue)})
            e->clear();
}

} // namespace koers
