#include "ConflictsView.h"

#include "prompts/Prompts.h"

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

// "12-03-2026 14:05 (device 3f2a…)": when and where a version was made, from its stamp.
QString describe(const Hlc& stamp) {
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(stamp.ms, Qt::UTC).toLocalTime();
    return ConflictsView::tr("%1 on device %2")
        .arg(QLocale().toString(when, QLocale::ShortFormat), stamp.device.left(8));
}

QTableWidgetItem* item(const QString& text) {
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return it;
}

} // namespace

QString ConflictsView::tableLabel(const QString& table) {
    static const std::pair<const char*, const char*> labels[] = {
        {"municipality", QT_TR_NOOP("Municipalities")},
        {"coach", QT_TR_NOOP("Coaches")},
        {"client", QT_TR_NOOP("Clients")},
        {"intake", QT_TR_NOOP("Intakes")},
        {"intake_section", QT_TR_NOOP("Intake topics")},
        {"plan_version", QT_TR_NOOP("Plan versions")},
        {"plan_goal", QT_TR_NOOP("Plan goals")},
        {"milestone", QT_TR_NOOP("Milestones")},
        {"contact", QT_TR_NOOP("Conversations")},
        {"involvement", QT_TR_NOOP("People involved")},
    };
    for (const auto& [name, label] : labels)
        if (table == QLatin1String(name))
            return tr(label);
    return table;
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
        {tr("Table"), tr("Record"), tr("Losing version"), tr("Winning version"), tr("Status")});
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
    splitter->addWidget(m_list);
    splitter->addWidget(m_compare);
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
    const QSignalBlocker block(m_list);
    m_list->setRowCount(static_cast<int>(m_conflicts.size()));
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const SyncConflict& c = m_conflicts[static_cast<size_t>(row)];
        m_list->setItem(row, Table, item(tableLabel(c.table)));
        m_list->setItem(row, Record, item(c.recordId));
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
    if (!c)
        return;
    // The bookkeeping columns (id, stamps, device) are in the list above; the tombstone stays, since a
    // delete against an edit is a conflict people must see.
    static const QStringList hidden{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                    QStringLiteral("updated_by")};
    QFont bold = m_compare->font();
    bold.setBold(true);
    for (qsizetype i = 0; i < c->columns.size(); ++i) {
        if (hidden.contains(c->columns[i]))
            continue;
        const int row = m_compare->rowCount();
        m_compare->insertRow(row);
        const QString current = c->currentValues.value(i);
        const QString losing = c->loserValues.value(i);
        QTableWidgetItem* cells[] = {item(c->columns[i]), item(current), item(losing)};
        if (current != losing)
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
