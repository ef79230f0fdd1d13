#include "DashboardView.h"

#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "services/CoachService.h"
#include "services/MunicipalityService.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace koers {

namespace {

DashboardFigures figuresFor(Store& store) {
    auto rules = RuleSettingsStore::load(store);
    return DashboardFigures(store, rules.ok() ? rules.value() : RuleSettings{});
}

template <class T>
std::vector<T> orEmpty(Result<std::vector<T>> all) {
    return all.ok() ? std::move(all.value()) : std::vector<T>();
}

template <class E>
void fillEnumBox(QComboBox* box, const QString& all) {
    box->addItem(all);
    for (E value : allValues<E>())
        box->addItem(label(value), toCode(value));
}

} // namespace

DashboardView::DashboardView(Store& store, Prompts& prompts, QWidget* parent)
    : DashboardView(store, prompts, figuresFor(store), parent) {
}

DashboardView::DashboardView(Store& store, Prompts& prompts, DashboardFigures figures, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_figures(std::move(figures)) {
    const QDate today = m_store.clock().today();

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    // The last twelve whole months up to today: a year of trend, and the quarters it touches.
    const QDate monthStart(today.year(), today.month(), 1);
    m_from->setDate(monthStart.addMonths(-11));
    m_to->setDate(today);

    m_municipalities = new QPushButton(this);
    m_municipalities->setAccessibleName(tr("Municipalities"));
    m_municipalityMenu = new QMenu(m_municipalities);
    m_municipalities->setMenu(m_municipalityMenu);
    m_coach = new QComboBox(this);
    m_coach->setAccessibleName(tr("Coach"));
    m_route = new QComboBox(this);
    m_route->setAccessibleName(tr("Route"));
    m_targetGroup = new QComboBox(this);
    m_targetGroup->setAccessibleName(tr("Target group"));
    m_reload = new QPushButton(tr("Refresh"), this);
    m_reload->setToolTip(tr("Read the data again, e.g. after an import or a sync"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto* filters = new QHBoxLayout;
    auto addLabelled = [this, filters](const QString& text, QWidget* w) {
        auto* l = new QLabel(text, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
        filters->addSpacing(8);
    };
    addLabelled(tr("&Period"), m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addSpacing(8);
    addLabelled(tr("&Municipalities"), m_municipalities);
    addLabelled(tr("&Coach"), m_coach);
    addLabelled(tr("&Route"), m_route);
    addLabelled(tr("&Target group"), m_targetGroup);
    filters->addStretch(1);
    filters->addWidget(m_reload);

    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    int at = 0;
    for (FigureId id : DashboardFigures::allFigures()) {
        auto* p = new FigurePanel(this);
        p->setPrompts(&prompts);
        m_panels[id] = p;
        grid->addWidget(p, at / 3, at % 3);
        ++at;
        connect(p, &FigurePanel::cellActivated, this,
                [this, id](const QString& category, const QString& series, const QString& description) {
                    openCell(id, category, series, description);
                });
        connect(p, &FigurePanel::exportFailed, this, &DashboardView::showError);
    }
    // The cohort family in one panel below, a figure at a time.
    m_cohortPanel = new FigurePanel;
    m_cohortPanel->setPrompts(&prompts);
    m_cohortFigure = new QComboBox;
    m_cohortFigure->setAccessibleName(tr("Cohort figure"));
    m_cohortFigure->setToolTip(tr("Which cohort figure to show"));
    m_cohortPanel->setTitleChooser(m_cohortFigure);
    grid->addWidget(m_cohortPanel, 2, 0, 1, 3);
    connect(m_cohortPanel, &FigurePanel::cellActivated, this,
            [this](const QString& category, const QString& series, const QString& description) {
                openCell(cohortId(), category, series, description);
            });
    connect(m_cohortPanel, &FigurePanel::exportFailed, this, &DashboardView::showError);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    for (int r = 0; r < 3; ++r)
        grid->setRowStretch(r, 1);
    // On a small screen (1280 x 720) or with many coaches the panels keep a readable size and the page scrolls.
    auto* page = new QWidget;
    page->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    fillFilterChoices();
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardView::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardView::recompute);
    for (QComboBox* box : {m_coach, m_route, m_targetGroup})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardView::recompute);
    connect(m_reload, &QPushButton::clicked, this, &DashboardView::reload);
    connect(m_cohortFigure, &QComboBox::currentIndexChanged, this, &DashboardView::recompute);
    recompute();
}

DashboardView::~DashboardView() = default;

void DashboardView::fillFilterChoices() {
    m_updating = true;
    const QStringList checked = filter().municipalityIds;
    const QString coach = m_coach->currentData().toString();
    m_municipalityMenu->clear();
    for (const Municipality& m : orEmpty(MunicipalityService(m_store).list())) {
        QAction* a = m_municipalityMenu->addAction(m.name);
        a->setCheckable(true);
        a->setData(m.meta.id);
        a->setChecked(checked.contains(m.meta.id));
        connect(a, &QAction::toggled, this, [this] {
            updateMunicipalityText();
            recompute();
        });
    }
    updateMunicipalityText();
    m_coach->clear();
    m_coach->addItem(tr("All coaches"));
    for (const Coach& c : orEmpty(CoachService(m_store).list()))
        m_coach->addItem(c.name, c.meta.id);
    m_coach->setCurrentIndex(std::max(0, m_coach->findData(coach)));
    if (m_route->count() == 0) {
        fillEnumBox<Route>(m_route, tr("All routes"));
        fillEnumBox<TargetGroup>(m_targetGroup, tr("All target groups"));
    }
    if (m_cohortFigure->count() == 0) {
        // The titles as the figures give them, with the rules of this file (the PIP norm).
        for (FigureId id : DashboardFigures::cohortFigures())
            if (auto fig = m_figures.compute(id, DashboardFilter{}); fig.ok())
                m_cohortFigure->addItem(fig->title, int(id));
    }
    m_updating = false;
}

void DashboardView::updateMunicipalityText() {
    QStringList names;
    for (QAction* a : m_municipalityMenu->actions())
        if (a->isChecked())
            names << a->text();
    if (names.isEmpty())
        m_municipalities->setText(tr("All municipalities"));
    else if (names.size() <= 2)
        m_municipalities->setText(names.join(QLatin1String(", ")));
    else
        m_municipalities->setText(tr("%n municipalities", nullptr, int(names.size())));
    m_municipalities->setToolTip(names.join(QLatin1String(", ")));
}

DashboardFilter DashboardView::filter() const {
    DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    for (QAction* a : m_municipalityMenu->actions())
        if (a->isChecked())
            f.municipalityIds << a->data().toString();
    f.coachId = m_coach->currentData().toString();
    if (const QString r = m_route->currentData().toString(); !r.isEmpty())
        f.route = fromCode<Route>(r);
    if (const QString g = m_targetGroup->currentData().toString(); !g.isEmpty())
        f.targetGroup = fromCode<TargetGroup>(g);
    return f;
}

void DashboardView::setFilter(const DashboardFilter& f) {
    m_updating = true;
    m_from->setDate(f.from.isValid() ? f.from : QDate(2000, 1, 1));
    m_to->setDate(f.to.isValid() ? f.to : m_store.clock().today());
    for (QAction* a : m_municipalityMenu->actions())
        a->setChecked(f.municipalityIds.contains(a->data().toString()));
    updateMunicipalityText();
    m_coach->setCurrentIndex(std::max(0, m_coach->findData(f.coachId)));
    m_route->setCurrentIndex(f.route ? std::max(0, m_route->findData(toCode(*f.route))) : 0);
    m_targetGroup->setCurrentIndex(f.targetGroup ? std::max(0, m_targetGroup->findData(toCode(*f.targetGroup))) : 0);
    m_updating = false;
    recompute();
}

void DashboardView::reload() {
    fillFilterChoices();
    const Status read = m_figures.reload();
    if (!read.ok()) {
        showError(read.message());
        return;
    }
    recompute();
}

void DashboardView::recompute() {
    if (m_updating)
        return;
    auto all = m_figures.computeAll(filter());
    if (!all.ok()) {
        showError(all.message());
        return;
    }
    auto cohort = m_figures.compute(cohortId(), filter());
    if (!cohort.ok()) {
        showError(cohort.message());
        return;
    }
    m_error->hide();
    for (const Figure& fig : all.value())
        m_panels.at(fig.id)->setFigure(fig);
    m_cohortPanel->setFigure(cohort.value());
}

FigureId DashboardView::cohortId() const {
    const QVariant chosen = m_cohortFigure->currentData();
    return chosen.isValid() ? FigureId(chosen.toInt()) : DashboardFigures::cohortFigures().front();
}

void DashboardView::openCell(FigureId id, const QString& categoryKey, const QString& seriesKey,
                             const QString& description) {
    auto ids = m_figures.clientIds(id, filter(), categoryKey, seriesKey);
    if (!ids.ok()) {
        showError(ids.message());
        return;
    }
    Q_EMIT openCaseload(ids.value(), description);
}

FigurePanel* DashboardView::panel(FigureId id) const {
    const auto it = m_panels.find(id);
    return it != m_panels.end() ? it->second : m_cohortPanel;
}

QString DashboardView::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void DashboardView::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace koers
