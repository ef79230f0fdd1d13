#include "PlanTab.h"

#include "RecordListActions.h"
#include "commands/AddPlanVersionCommand.h"
#include "commands/AddRecordCommand.h"
#include "commands/EditRecordCommand.h"
#include "commands/MilestoneStatusCommand.h"
#include "commands/RemoveRecordCommand.h"
#include "prompts/Prompts.h"
#include "report/PipLetterDocument.h"
#include "storage/Store.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
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

template <class E>
void select(QComboBox* combo, E value) {
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text); // the whole text, also when the column cuts it off
    return item;
}
} // namespace

PlanTab::PlanTab(DossierContext& ctx, QWidget* parent)
    : DossierTab(ctx, parent)
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
    , m_addVersion(new QPushButton(tr("Add PIP &version"), this))
    , m_printLetter(new QPushButton(tr("Prin&t decision letter..."), this))
    , m_goalBox(new QGroupBox(tr("New goal for the selected version"), this))
    , m_goalDomain(new QComboBox(this))
    , m_goal(new QLineEdit(this))
    , m_goalAction(new QLineEdit(this))
    , m_goalOwner(new QLineEdit(this))
    , m_goalDue(new DateField(this))
    , m_addGoal(new QPushButton(tr("Add g&oal"), this))
    , m_cancelGoal(new QPushButton(tr("Cancel"), this)) {
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
    m_goalTable->setToolTip(tr("Enter or a double click opens a goal; Delete removes it"));
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
    vf->addRow(QString(), m_addVersion);

    auto* gf = new QFormLayout(m_goalBox);
    gf->addRow(tr("Life d&omain"), m_goalDomain);
    gf->addRow(tr("&Goal"), m_goal);
    gf->addRow(tr("&Action"), m_goalAction);
    gf->addRow(tr("&Who"), m_goalOwner);
    gf->addRow(tr("&By"), m_goalDue);
    auto* goalButtons = new QHBoxLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_cancelGoal);
    goalButtons->addStretch(1);
    gf->addRow(QString(), goalButtons);
    m_cancelGoal->setVisible(false);

    auto* forms = new QHBoxLayout;
    forms->addWidget(versionBox, 1);
    forms->addWidget(m_goalBox, 1);
    auto* layout = new QVBoxLayout(this);
    auto* letterRow = new QHBoxLayout;
    letterRow->addStretch(1);
    letterRow->addWidget(m_printLetter);
    layout->addWidget(m_versions, 1);
    layout->addLayout(letterRow);
    layout->addWidget(m_goalTable, 1);
    layout->addLayout(forms);

    // Each form's fields, then its button: Tab reaches "Add goal" right after the goal's fields.
    setTabOrder(m_versions, m_printLetter);
    QWidget* order[] = {m_printLetter, m_goalTable, m_decisionDate, m_route,     m_level,      m_provider,   m_hours,
                        m_map,         m_pvt,       m_knm,          m_childcare, m_addVersion, m_goalDomain, m_goal,
                        m_goalAction,  m_goalOwner, m_goalDue,      m_addGoal,   m_cancelGoal};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_addVersion, &QPushButton::clicked, this, &PlanTab::addVersion);
    connect(m_printLetter, &QPushButton::clicked, this, &PlanTab::printLetter);
    connect(m_addGoal, &QPushButton::clicked, this, &PlanTab::addGoal);
    connect(m_cancelGoal, &QPushButton::clicked, this, &PlanTab::cancelGoal);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &PlanTab::showGoals);
    RecordListActions::install(
        m_goalTable, [this](int row) { openGoal(row); }, [this](int row) { removeGoal(row); });
    RecordListActions::watch({m_decisionDate, m_route, m_level, m_provider, m_hours, m_map, m_pvt, m_knm, m_childcare},
                             this, [this] {
                                 if (!m_filling)
                                     setVersionEdited(true);
                             });
    RecordListActions::watch({m_goalDomain, m_goal, m_goalAction, m_goalOwner, m_goalDue}, this, [this] {
        if (!m_filling)
            setGoalEdited(true);
    });
}

void PlanTab::load(const Dossier& dossier) {
    // Another client: nothing of the previous one stays, not the chosen version row nor a half-typed form (the
    // window has asked to save or discard it before the switch).
    const bool otherClient = dossier.client.meta.id != m_clientId;
    m_clientId = dossier.client.meta.id;
    if (otherClient) {
        setVersionEdited(false);
        setGoalEdited(false);
        m_versions->setCurrentCell(-1, -1);
    }
    const int keep = otherClient ? -1 : m_versions->currentRow();
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
            m_versions->setItem(r, c, cell(cells[c]));
    }
    if (!m_plans.empty())
        m_versions->selectRow(
            keep >= 0 && keep < static_cast<int>(m_plans.size()) ? keep : static_cast<int>(m_plans.size()) - 1);
    // What was typed and not saved stays; otherwise the forms show a new version and a new goal.
    if (!m_versionEdited)
        resetVersionForm();
    if (!m_goalEdited)
        resetGoalForm();
    showGoals();
}

void PlanTab::resetVersionForm() {
    m_filling = true;
    m_decisionDate->clear();
    // The next version starts from the current one; the first from nothing (never from another client's).
    const PlanVersion base = m_plans.empty() ? PlanVersion{} : m_plans.back();
    select(m_route, base.route);
    select(m_level, base.targetLevel);
    m_provider->setText(base.languageProvider);
    m_hours->setValue(base.hoursPerWeek);
    m_map->setChecked(base.map);
    m_pvt->setChecked(base.pvt);
    m_knm->setChecked(base.knm);
    m_childcare->setChecked(base.childcare);
    m_filling = false;
    setVersionEdited(false);
}

void PlanTab::resetGoalForm() {
    m_filling = true;
    m_openGoal.reset();
    m_goalDomain->setCurrentIndex(0);
    for (QLineEdit* e : {m_goal, m_goalAction, m_goalOwner, static_cast<QLineEdit*>(m_goalDue)})
        e->clear();
    m_goalBox->setTitle(tr("New goal for the selected version"));
    m_addGoal->setText(tr("Add g&oal"));
    m_cancelGoal->setVisible(false);
    m_filling = false;
    setGoalEdited(false);
}

void PlanTab::setVersionEdited(bool edited) {
    if (edited == m_versionEdited)
        return;
    m_versionEdited = edited;
    Q_EMIT editsChanged();
}

void PlanTab::setGoalEdited(bool edited) {
    if (edited == m_goalEdited)
        return;
    m_goalEdited = edited;
    Q_EMIT editsChanged();
}

std::vector<const PlanGoal*> PlanTab::shownGoals() const {
    const int row = m_versions->currentRow();
    const QString planId =
        row >= 0 && row < static_cast<int>(m_plans.size()) ? m_plans[static_cast<size_t>(row)].meta.id : QString();
    std::vector<const PlanGoal*> out;
    for (const PlanGoal& g : m_goals)
        if (g.planId == planId)
            out.push_back(&g);
    return out;
}

void PlanTab::showGoals() {
    {
        const int chosen = m_versions->currentRow();
        m_printLetter->setEnabled(chosen >= 0 && chosen < static_cast<int>(m_plans.size()));
    }
    const auto goals = shownGoals();
    m_goalTable->setRowCount(static_cast<int>(goals.size()));
    for (int r = 0; r < static_cast<int>(goals.size()); ++r) {
        const PlanGoal& g = *goals[static_cast<size_t>(r)];
        const QStringList cells{label(g.domain), g.goal, g.action, g.owner, dateText(g.dueDate)};
        for (int c = 0; c < cells.size(); ++c)
            m_goalTable->setItem(r, c, cell(cells[c]));
    }
}

Status PlanTab::validateVersion() const {
    if (!m_decisionDate->date().isValid())
        return makeError(ErrorCode::Invalid, tr("Enter the date of decision as dd-mm-yyyy."));
    return {};
}

Status PlanTab::saveVersion() {
    KOERS_TRY(validateVersion());
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
    setVersionEdited(false); // saved: the reload shows the form for the next version
    const Status saved = m_ctx.run(std::make_unique<AddPlanVersionCommand>(
        m_ctx.environment(), m_ctx.undoText(tr("add PIP version")), p, m_routeBefore));
    if (!saved.ok())
        setVersionEdited(true);
    return saved;
}

void PlanTab::addVersion() {
    if (const Status v = validateVersion(); !v.ok()) {
        m_ctx.prompts->error(this, tr("PIP not added"), v.message());
        return;
    }
    const bool first = m_plans.empty();
    const QDate decided = m_decisionDate->date();
    if (const Status saved = saveVersion(); !saved.ok()) {
        m_ctx.prompts->error(this, tr("PIP not added"), saved.message());
        return;
    }
    // The first PIP is the decision the "PIP decided" milestone waits for: offer to mark it on the same day.
    if (!first)
        return;
    auto pip = m_ctx.service->milestone(m_ctx.clientId, MilestoneKind::PipFixed);
    if (!pip.ok() || !pip->isOpen() || decided > m_ctx.store->clock().today())
        return;
    const auto answer = m_ctx.prompts->question(
        this, tr("PIP decided"),
        tr("Mark the milestone \"%1\" achieved on %2, the date of decision?").arg(label(pip->kind), dateText(decided)),
        Prompts::Buttons::YesNo, Prompts::Choice::Yes);
    if (answer != Prompts::Choice::Yes)
        return;
    m_ctx.push(this, std::make_unique<MilestoneStatusCommand>(
                         m_ctx.environment(),
                         m_ctx.undoText(tr("%1: %2").arg(label(pip->kind), label(MilestoneStatus::Achieved))),
                         pip.value(), MilestoneStatusCommand::Intent::Achieve, decided));
}

Status PlanTab::validateGoal() const {
    if (!m_openGoal) {
        const int row = m_versions->currentRow();
        if (row < 0 || row >= static_cast<int>(m_plans.size()))
            return makeError(ErrorCode::Invalid, tr("Add or select a PIP version first."));
    }
    if (m_goal->text().trimmed().isEmpty() || !m_goalDue->isAcceptable())
        return makeError(ErrorCode::Invalid, tr("Describe the goal; enter dates as dd-mm-yyyy."));
    return {};
}

Status PlanTab::saveGoal() {
    KOERS_TRY(validateGoal());
    PlanGoal g = m_openGoal ? *m_openGoal : PlanGoal{};
    if (!m_openGoal) {
        g.planId = m_plans[static_cast<size_t>(m_versions->currentRow())].meta.id;
        g.clientId = m_ctx.clientId;
    }
    g.domain = static_cast<LifeDomain>(m_goalDomain->currentData().toInt());
    g.goal = m_goal->text().trimmed();
    g.action = m_goalAction->text().trimmed();
    g.owner = m_goalOwner->text().trimmed();
    g.dueDate = m_goalDue->date();
    const std::optional<PlanGoal> opened = m_openGoal;
    setGoalEdited(false);
    resetGoalForm();
    const Status saved =
        opened ? m_ctx.run(std::make_unique<EditGoalCommand>(m_ctx.environment(), m_ctx.undoText(tr("edit goal")),
                                                             *opened, g))
               : m_ctx.run(std::make_unique<AddGoalCommand>(m_ctx.environment(), m_ctx.undoText(tr("add goal")), g));
    if (!saved.ok()) { // the form keeps what was typed
        m_filling = true;
        m_openGoal = opened;
        select(m_goalDomain, g.domain);
        m_goal->setText(g.goal);
        m_goalAction->setText(g.action);
        m_goalOwner->setText(g.owner);
        m_goalDue->setDate(g.dueDate);
        m_filling = false;
        setGoalEdited(true);
    }
    return saved;
}

void PlanTab::addGoal() {
    if (m_openGoal && !m_goalEdited) { // opened and left as it was
        resetGoalForm();
        return;
    }
    if (const Status saved = saveGoal(); !saved.ok())
        m_ctx.prompts->error(this, tr("Goal not saved"), saved.message());
}

void PlanTab::openGoal(int row) {
    const auto goals = shownGoals();
    if (row < 0 || row >= static_cast<int>(goals.size()))
        return;
    const PlanGoal goal = *goals[static_cast<size_t>(row)];
    if (m_goalEdited) {
        const auto answer =
            m_ctx.prompts->question(this, tr("Goal"), tr("The goal form holds text that is not saved. Save it first?"),
                                    Prompts::Buttons::SaveDiscardCancel, Prompts::Choice::Yes);
        if (answer == Prompts::Choice::Cancel || (answer == Prompts::Choice::Yes && !saveGoal().ok()))
            return;
    }
    m_filling = true;
    m_openGoal = goal;
    select(m_goalDomain, goal.domain);
    m_goal->setText(goal.goal);
    m_goalAction->setText(goal.action);
    m_goalOwner->setText(goal.owner);
    m_goalDue->setDate(goal.dueDate);
    m_goalBox->setTitle(tr("Goal"));
    m_addGoal->setText(tr("Save g&oal"));
    m_cancelGoal->setVisible(true);
    m_filling = false;
    setGoalEdited(false);
    m_goal->setFocus();
}

void PlanTab::cancelGoal() {
    resetGoalForm();
}

void PlanTab::removeGoal(int row) {
    const auto goals = shownGoals();
    if (row < 0 || row >= static_cast<int>(goals.size()))
        return;
    const PlanGoal goal = *goals[static_cast<size_t>(row)];
    if (m_openGoal && m_openGoal->meta.id == goal.meta.id)
        resetGoalForm();
    m_ctx.push(this, std::make_unique<RemoveGoalCommand>(m_ctx.environment(), m_ctx.undoText(tr("remove goal")), goal));
}

Status PlanTab::saveEdits() {
    if (m_goalEdited)
        KOERS_TRY(saveGoal());
    if (m_versionEdited)
        KOERS_TRY(saveVersion());
    return {};
}

void PlanTab::discardEdits() {
    resetVersionForm();
    resetGoalForm();
}

bool PlanTab::printLetter() {
    const int row = m_versions->currentRow();
    if (!m_ctx.store || row < 0 || row >= static_cast<int>(m_plans.size()))
        return false;
    const PlanVersion& plan = m_plans[static_cast<size_t>(row)];
    const QString title = tr("Print decision letter");
    const QString pdf = m_ctx.prompts->saveFileName(
        this, title, QStringLiteral("beschikking-pip-%1-v%2.pdf").arg(m_ctx.clientId.left(8)).arg(plan.version),
        tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return false;
    // The letterhead comes from the client's municipality (Edit > Coaches and municipalities).
    auto letter = PipLetterDocument::exportLetter(*m_ctx.store, m_ctx.clientId, plan.version, Letterhead{}, pdf);
    if (!letter.ok()) {
        m_ctx.prompts->error(this, title, letter.message());
        return false;
    }
    m_ctx.prompts->information(
        this, title,
        tr("The %1 was written to %2. The file is not encrypted: print or send it, then delete it.")
            .arg(letter->change ? tr("decision changing the PIP") : tr("PIP decision"), QFileInfo(pdf).fileName()));
    return true;
}

} // namespace koers
