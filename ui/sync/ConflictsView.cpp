#include "ConflictsView.h"

#include "domain/Client.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "prompts/Prompts.h"
#include "queries/DossierQuery.h"
#include "report/RecordText.h"
#include "services/CoachService.h"
#include "services/MunicipalityService.h"
#include "storage/DeviceNames.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace koers {

namespace {

QTableWidgetItem* item(const QString& text) {
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return it;
}

} // namespace

QString ConflictsView::describe(const Hlc& stamp) const {
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(stamp.ms, Qt::UTC).toLocalTime();
    return tr("%1, %2").arg(when.toString(QStringLiteral("dd-MM-yyyy HH:mm")),
                            DeviceNames::display(m_deviceNames, stamp.device));
}

QString ConflictsView::clientOf(const SyncConflict& c) const {
    QString id;
    if (c.table == QLatin1String("client")) {
        id = c.recordId;
    } else {
        const qsizetype column = c.columns.indexOf(QStringLiteral("client_id"));
        if (column >= 0)
            id = c.currentValues.value(column).isEmpty() ? c.loserValues.value(column) : c.currentValues.value(column);
    }
    if (id.isEmpty())
        return {};
    const QString name = m_clientNames.value(id);
    return name.isEmpty() ? tr("(client not in this file)") : name;
}

void ConflictsView::setShowFullBsn(bool show) {
    m_fullBsn = show;
    showSelected();
}

ConflictsView::ConflictsView(Store& store, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompts(prompts) {
    m_summary = new QLabel(this);
    m_showResolved = new QCheckBox(tr("Show resolved conflicts"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showResolved);

    m_list = new QTableWidget(0, ListColumnCount, this);
    m_list->setHorizontalHeaderLabels(
        {tr("Client"), tr("What"), tr("Losing version"), tr("Winning version"), tr("Status")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);

    m_compare = new QTableWidget(0, CompareColumnCount, this);
    m_compare->setHorizontalHeaderLabels({tr("Field"), tr("Current version"), tr("Losing version")});
    m_compare->verticalHeader()->hide();
    m_compare->horizontalHeader()->setSectionResizeMode(Field, QHeaderView::ResizeToContents);
    m_compare->horizontalHeader()->setSectionResizeMode(Current, QHeaderView::Stretch);
    m_compare->horizontalHeader()->setSectionResizeMode(Losing, QHeaderView::Stretch);
    m_compare->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_detail = new QLabel(this);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_detail->setFont(small);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_compare, 1);
    lowerLayout->addWidget(m_detail);
    splitter->addWidget(m_list);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({120, 360});

    m_restore = new QPushButton(tr("Restore losing version"), this);
    m_restore->setToolTip(tr("Write the losing version back as a new change; it then wins on every device."));
    m_dismiss = new QPushButton(tr("Keep current version"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_restore);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictsView::reload);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictsView::showSelected);
    connect(m_restore, &QPushButton::clicked, this, &ConflictsView::restoreSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsView::dismissSelected);
    reload();
}

void ConflictsView::reload() {
    auto conflicts = SyncConflicts(m_store).list(m_showResolved->isChecked());
    m_conflicts.clear();
    if (conflicts.ok())
        m_conflicts = std::move(conflicts.value());
    else
        m_prompts.warning(this, tr("Conflicts"), conflicts.message());
    // Names for what the stored rows hold as ids: devices, clients, coaches and municipalities.
    m_deviceNames = DeviceNames(m_store).all().value_or(QHash<QString, QString>());
    m_recordNames.clear();
    if (auto coaches = CoachService(m_store).list(); coaches.ok())
        for (const Coach& coach : coaches.value())
            m_recordNames.insert(coach.meta.id, coach.name);
    if (auto places = MunicipalityService(m_store).list(); places.ok())
        for (const Municipality& place : places.value())
            m_recordNames.insert(place.meta.id, place.name);
    m_clientNames.clear();
    DossierQuery clients(m_store);
    for (const SyncConflict& c : m_conflicts) {
        const qsizetype column = c.columns.indexOf(QStringLiteral("client_id"));
        for (const QString& id : {c.table == QLatin1String("client") ? c.recordId : QString(),
                                  column >= 0 ? c.currentValues.value(column) : QString(),
                                  column >= 0 ? c.loserValues.value(column) : QString()})
            if (!id.isEmpty() && !m_clientNames.contains(id))
                if (auto client = clients.client(id); client.ok())
                    m_clientNames.insert(id, client->displayName());
    }
    const QSignalBlocker block(m_list);
    m_list->setRowCount(static_cast<int>(m_conflicts.size()));
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const SyncConflict& c = m_conflicts[static_cast<size_t>(row)];
        m_list->setItem(row, ClientName, item(clientOf(c)));
        m_list->setItem(row, What, item(recordtext::tableLabel(c.table)));
        m_list->setItem(row, LosingVersion, item(describe(c.loserStamp)));
        m_list->setItem(row, WinningVersion, item(describe(c.winnerStamp)));
        m_list->setItem(row, Resolution, item(c.resolved ? tr("resolved") : tr("open")));
    }
    m_list->resizeColumnsToContents();
    m_summary->setText(m_conflicts.empty() ? tr("No conflicts to review.")
                                           : tr("%n conflict(s): the version kept is the newest; the losing "
                                                "version of a concurrent edit is shown beside it.",
                                                nullptr, static_cast<int>(m_conflicts.size())));
    if (!m_conflicts.empty())
        m_list->selectRow(0);
    showSelected();
    Q_EMIT reloaded();
}

int ConflictsView::openCount() const {
    return static_cast<int>(
        std::count_if(m_conflicts.begin(), m_conflicts.end(), [](const SyncConflict& c) { return !c.resolved; }));
}

const SyncConflict* ConflictsView::selected() const {
    const auto rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= static_cast<int>(m_conflicts.size()))
        return nullptr;
    return &m_conflicts[static_cast<size_t>(rows.first().row())];
}

void ConflictsView::showSelected() {
    const SyncConflict* c = selected();
    m_restore->setEnabled(c && !c->resolved);
    m_dismiss->setEnabled(c && !c->resolved);
    m_compare->setRowCount(0);
    m_detail->clear();
    if (!c)
        return;
    // Raw ids only here, for whoever must look further (support, a psql query on the hub).
    m_detail->setText(tr("Record %1 in table %2; losing version %3, winning version %4.")
                          .arg(c->recordId, c->table, c->loserStamp.toString(), c->winnerStamp.toString()));
    // The fields as the dossier labels and shows them; the bookkeeping columns are in the list and the line
    // above, and the tombstone stays, since a delete against an edit is a conflict people must see.
    const auto current = recordtext::readableFields(c->table, c->columns, c->currentValues, m_recordNames, m_fullBsn);
    const auto losing = recordtext::readableFields(c->table, c->columns, c->loserValues, m_recordNames, m_fullBsn);
    QFont bold = m_compare->font();
    bold.setBold(true);
    for (size_t i = 0; i < current.size() && i < losing.size(); ++i) {
        const int row = m_compare->rowCount();
        m_compare->insertRow(row);
        // Compared by what is stored: two BSNs that differ only in digits the mask hides still differ.
        const qsizetype column = c->columns.indexOf(current[i].column);
        const bool differs = c->currentValues.value(column) != c->loserValues.value(column);
        QTableWidgetItem* cells[] = {item(current[i].label), item(current[i].text), item(losing[i].text)};
        if (differs)
            for (auto* cell : cells) {
                cell->setFont(bold);
                cell->setBackground(QColor(255, 236, 179)); // the fields that differ
            }
        for (int col = 0; col < CompareColumnCount; ++col)
            m_compare->setItem(row, col, cells[col]);
    }
    m_compare->resizeRowsToContents();
}

void ConflictsView::restoreSelected() {
    const SyncConflict* c = selected();
    if (!c || m_prompts.question(this, tr("Restore losing version"),
                                 tr("Replace the current version of this record with the losing version? The "
                                    "change reaches the other devices with the next sync packages."),
                                 Prompts::Buttons::YesNo, Prompts::Choice::No) != Prompts::Choice::Yes)
        return;
    const Status s = SyncConflicts(m_store).restore(c->id);
    if (!s.ok()) {
        m_prompts.warning(this, tr("Restore losing version"), s.message());
        return;
    }
    reload();
    Q_EMIT recordsChanged();
}

void ConflictsView::dismissSelected() {
    const SyncConflict* c = selected();
    if (!c)
        return;
    const Status s = SyncConflicts(m_store).dismiss(c->id);
    if (!s.ok())
        m_prompts.warning(this, tr("Keep current version"), s.message());
    reload();
}

} // namespace koers
