#include "CaseloadView.h"

#include "widgets/WorkDialog.h"

#include "rules/DueState.h"
#include "services/CoachService.h"
#include "services/MunicipalityService.h"
#include "settings/AppSettings.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace koers {

namespace {
template <class E>
void addEnumItems(QComboBox* combo, const QString& allText) {
    combo->addItem(allText);
    for (E value : allValues<E>())
        combo->addItem(label(value), static_cast<int>(value));
}

template <class E>
std::optional<E> enumChoice(const QComboBox* combo) {
    const QVariant v = combo->currentData();
    if (!v.isValid())
        return std::nullopt;
    return static_cast<E>(v.toInt());
}
} // namespace

CaseloadView::CaseloadView(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_search(new QLineEdit(this))
    , m_coach(new QComboBox(this))
    , m_municipality(new QComboBox(this))
    , m_route(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_due(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_drillDown(new QLabel(this))
    , m_error(new QLabel(this))
    , m_clearDrill(new QPushButton(tr("Show all clients"), this))
    , m_table(new QTableView(this))
    , m_assign(new QAction(tr("&Assign to coach..."), this))
    , m_handover(new QAction(tr("&Hand over to another municipality..."), this)) {
    m_proxy.setSourceModel(&m_model);

    m_search->setPlaceholderText(tr("Search by name, BSN or V-number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_coach->setAccessibleName(tr("Filter by coach"));
    m_municipality->setAccessibleName(tr("Filter by municipality"));
    m_route->setAccessibleName(tr("Filter by route"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_due->setAccessibleName(tr("Filter by due date"));
    addEnumItems<Route>(m_route, tr("All routes"));
    addEnumItems<ClientStatus>(m_status, tr("All statuses"));
    m_due->addItem(tr("All due dates"), static_cast<int>(CaseloadFilterProxy::DueFilter::All));
    m_due->addItem(tr("Late"), static_cast<int>(CaseloadFilterProxy::DueFilter::Late));
    m_due->addItem(tr("Due within 14 days"), static_cast<int>(CaseloadFilterProxy::DueFilter::DueWithinWindow));
    m_due->addItem(tr("Late or due within 14 days"),
                   static_cast<int>(CaseloadFilterProxy::DueFilter::LateOrDueWithinWindow));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_coach, 1);
    filters->addWidget(m_municipality, 1);
    filters->addWidget(m_route, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_due, 1);

    m_clearDrill->setVisible(false);
    auto* info = new QHBoxLayout;
    info->addWidget(m_count);
    info->addWidget(m_drillDown, 1);
    info->addWidget(m_clearDrill);

    m_table->setModel(&m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    // By name in Dutch order (Çelik beside Celik) from the start, and the header says so.
    m_table->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAccessibleName(tr("Caseload"));
    m_table->setTabKeyNavigation(false);
    const QByteArray header = m_settings.caseloadHeaderState();
    if (header.isEmpty() || !m_table->horizontalHeader()->restoreState(header)) {
        m_defaultColumns = true;
        fitDefaultColumns();
    }
    // A header saved before the caseload sorted by name from the start has no sort column.
    if (m_table->horizontalHeader()->sortIndicatorSection() < 0 ||
        m_table->horizontalHeader()->sortIndicatorSection() >= CaseloadModel::ColumnCount)
        m_table->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        QHeaderView* header = m_table->horizontalHeader();
        // The last column stretches with the window by itself; any other resize is the user's.
        if (!m_fitting && header->visualIndex(logical) != header->count() - 1)
            m_defaultColumns = false; // the user's widths from now on
    });

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->setAccessibleName(tr("Caseload error"));
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(filters);
    layout->addLayout(info);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy.setSearchText(text);
        updateCount();
    });
    for (QComboBox* combo : {m_coach, m_municipality, m_route, m_status, m_due})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseloadView::applyFilters);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openClient(index.data(CaseloadModel::ClientIdRole).toString());
    });
    connect(m_clearDrill, &QPushButton::clicked, this, [this] { showOnly({}, QString()); });
    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assign->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_assign);
    m_table->addAction(m_handover);
    connect(m_assign, &QAction::triggered, this, &CaseloadView::assignRequested);
    connect(m_handover, &QAction::triggered, this, &CaseloadView::handoverRequested);
    auto updateActions = [this] {
        const bool any = !selectedClientIds().isEmpty();
        m_assign->setEnabled(any);
        m_handover->setEnabled(any);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateActions);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, updateActions);
    updateActions();
    connect(&m_proxy, &QSortFilterProxyModel::rowsInserted, this, &CaseloadView::updateCount);
    setFocusProxy(m_search);
    m_search->installEventFilter(this);
    // Slices of about 25 ms, one after another while the event loop is free: the window repaints between them.
    m_loadTimer.setInterval(0);
    connect(&m_loadTimer, &QTimer::timeout, this, [this] { loadSlice(25); });
    updateCount();
}

CaseloadView::~CaseloadView() {
    m_settings.setCaseloadHeaderState(m_table->horizontalHeader()->saveState());
}

void CaseloadView::fillCombo(QComboBox* combo, const std::vector<std::pair<QString, QString>>& items,
                             const QString& allText) {
    const QString current = combo->currentData().toString();
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allText);
    for (const auto& [id, name] : items)
        combo->addItem(name, id);
    const int again = combo->findData(current);
    combo->setCurrentIndex(again >= 0 ? again : 0);
}

void CaseloadView::reload(Store& store) {
    const QString selected = currentClientId();
    // Alphabetical, as a Dutch reader expects (the services sort).
    std::vector<std::pair<QString, QString>> coaches;
    if (auto list = CoachService(store).list(); list.ok())
        for (const auto& c : list.value())
            coaches.emplace_back(c.meta.id, c.name);
    std::vector<std::pair<QString, QString>> municipalities;
    if (auto list = MunicipalityService(store).list(); list.ok())
        for (const auto& m : list.value())
            municipalities.emplace_back(m.meta.id, m.name);
    fillCombo(m_coach, coaches, tr("All coaches"));
    fillCombo(m_municipality, municipalities, tr("All municipalities"));

    const auto rules = RuleSettingsStore::load(store);
    const int dueSoonDays = rules.ok() ? rules->dueSoonDays : RuleSettings{}.dueSoonDays;
    stopLoading();
    // The model sorts by name itself; SQLite's order would be sorted again.
    auto rows = CaseloadQuery(store).clients(false);
    const bool progressive = rows.ok() && qsizetype(rows->size()) > m_progressiveFrom;
    std::optional<MilestoneDigest::Loader> loader;
    if (progressive) {
        auto started = MilestoneDigest::Loader::start(store, false);
        if (started.ok())
            loader.emplace(std::move(started.value()));
        else
            rows = started.error();
    } else if (rows.ok()) {
        auto digest = MilestoneDigest::load(store, false);
        if (digest.ok())
            CaseloadQuery::fillNextDue(rows.value(), digest.value());
        else
            rows = digest.error();
    }
    // A list that cannot be read is an error, not an empty caseload (a damaged file must not look empty).
    showError(rows.ok()
                  ? QString()
                  : tr("The caseload could not be read: %1 If the file is damaged, restore a backup (File → Back-ups).")
                        .arg(rows.message()));
    if (loader) {
        m_model.setRowsDuePending(std::move(rows.value()), store.clock().today(), dueSoonDays);
    } else {
        m_model.setRows(rows.ok() ? std::move(rows.value()) : std::vector<CaseloadRow>{}, store.clock().today(),
                        dueSoonDays);
    }
    if (loader) {
        m_loader = std::move(loader);
        m_loadingStore = &store;
        m_loadTimer.start();
    }
    m_model.setShowFullBsn(m_settings.showFullBsn());
    applyFilters();
    if (!selected.isEmpty()) {
        const int source = m_model.indexOfClient(selected);
        if (source >= 0) {
            const QModelIndex index = m_proxy.mapFromSource(m_model.index(source, 0));
            if (index.isValid())
                m_table->selectRow(index.row());
        }
    }
}

void CaseloadView::stopLoading() {
    m_loadTimer.stop();
    m_loader.reset();
    m_loadingStore = nullptr;
}

void CaseloadView::finishLoading() {
    if (m_loader)
        loadSlice(-1);
}

void CaseloadView::loadSlice(int budgetMs) {
    // Long work runs on the store's connection on a worker thread meanwhile; this waits for it, looking again
    // now and then instead of at every turn of the event loop.
    if (budgetMs >= 0 && WorkDialog::current()) {
        m_loadTimer.setInterval(50);
        return;
    }
    m_loadTimer.setInterval(0);
    QElapsedTimer timer;
    timer.start();
    Result<bool> done = false;
    do {
        done = m_loader->step(*m_loadingStore, budgetMs < 0 ? std::numeric_limits<int>::max() : 2000);
    } while (done.ok() && !done.value() && timer.elapsed() < budgetMs);
    if (!done.ok()) {
        stopLoading();
        showError(tr("The caseload's next milestones could not be read: %1 If the file is damaged, restore a "
                     "backup (File → Back-ups).")
                      .arg(done.message()));
        return;
    }
    if (!done.value())
        return;
    const MilestoneDigest digest = m_loader->take();
    stopLoading();
    m_model.setNextDue(digest);
    updateCount();
}

void CaseloadView::clear() {
    stopLoading();
    showError(QString());
    m_model.clear();
    m_search->clear();
    updateCount();
}

void CaseloadView::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseloadView::showOnly(const QStringList& clientIds, const QString& description) {
    m_proxy.setClientIds(clientIds);
    m_drillDown->setText(description);
    m_clearDrill->setVisible(!clientIds.isEmpty());
    updateCount();
}

QString CaseloadView::currentClientId() const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(CaseloadModel::ClientIdRole).toString() : QString();
}

QStringList CaseloadView::selectedClientIds() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& row : rows)
        ids << row.data(CaseloadModel::ClientIdRole).toString();
    if (ids.isEmpty() && !currentClientId().isEmpty())
        ids << currentClientId();
    return ids;
}

QString CaseloadView::errorText() const {
    return m_error->text();
}

void CaseloadView::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CaseloadView::applyFilters() {
    m_proxy.setCoachId(m_coach->currentData().toString());
    m_proxy.setMunicipalityId(m_municipality->currentData().toString());
    m_proxy.setRoute(enumChoice<Route>(m_route));
    m_proxy.setStatus(enumChoice<ClientStatus>(m_status));
    m_proxy.setDueFilter(static_cast<CaseloadFilterProxy::DueFilter>(m_due->currentData().toInt()));
    updateCount();
}

void CaseloadView::updateCount() {
    m_count->setText(tr("%1 of %2 clients").arg(m_proxy.rowCount()).arg(m_model.rowCount()));
}

void CaseloadView::fitDefaultColumns() {
    static const int widths[] = {210, 85, 135, 185, 145, 215, 185, 140};
    static const int least[] = {150, 80, 110, 175, 120, 150, 175, 120};
    // The due date with its state in words ("03-11-2026 (binnenkort)") and the icon is never cut off: that column
    // takes what its longest text needs in this font and language, the others share the rest.
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    int due = least[CaseloadModel::Due];
    for (DueState state : {DueState::Late, DueState::DueSoon})
        due = std::max(due, m_table->fontMetrics().horizontalAdvance(
                                QStringLiteral("%1 (%2)").arg(date, dueStateLabel(state).toLower())) +
                                m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 24);
    int others = 0;
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c)
        if (c != CaseloadModel::Due)
            others += widths[c];
    const int room = m_table->viewport()->width() - due;
    const double scale = room > 0 && room < others ? double(room) / others : 1.0;
    m_fitting = true;
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, c == CaseloadModel::Due ? std::max(due, widths[c])
                                                           : std::max(least[c], int(widths[c] * scale)));
    m_fitting = false;
}

bool CaseloadView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && m_defaultColumns)
        fitDefaultColumns();
    // From the search field the keyboard goes on into the list (Down, Enter) or clears the search (Esc), as in a
    // mail program's search.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_proxy.rowCount() > 0) {
            if (!m_table->selectionModel()->hasSelection() || !m_table->currentIndex().isValid())
                m_table->selectRow(0);
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace koers
