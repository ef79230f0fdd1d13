#include "MilestonesTab.h"

#include "commands/MilestoneStatusCommand.h"
#include "commands/OverrideDueDateCommand.h"

#include "caseload/CaseloadModel.h"
#include "prompts/Prompts.h"
#include "rules/DueState.h"
#include "storage/Store.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

namespace {
enum Column { Kind, Due, State, Done, Note, ColumnCount };

QString dateText(QDate d) {
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}
} // namespace

MilestonesTab::MilestonesTab(DossierContext& ctx, QWidget* parent)
    : DossierTab(ctx, parent)
    , m_table(new QTableWidget(0, ColumnCount, this)) {
    m_table->setHorizontalHeaderLabels({tr("Milestone"), tr("Due"), tr("State"), tr("Done"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Kind, 280);
    m_table->setColumnWidth(Due, 110);
    m_table->setColumnWidth(State, 130);
    m_table->setColumnWidth(Done, 110);
    m_table->setAccessibleName(tr("Milestones"));
    m_table->setTabKeyNavigation(false);

    auto* achieved = new QPushButton(tr("Mark &achieved"), this);
    auto* reopen = new QPushButton(tr("&Reopen"), this);
    auto* waive = new QPushButton(tr("&Waive"), this);
    auto* change = new QPushButton(tr("Change &due date..."), this);
    connect(achieved, &QPushButton::clicked, this, &MilestonesTab::markAchieved);
    connect(reopen, &QPushButton::clicked, this, [this] { setStatus(MilestoneStatus::Planned); });
    connect(waive, &QPushButton::clicked, this, [this] { setStatus(MilestoneStatus::Waived); });
    connect(change, &QPushButton::clicked, this, &MilestonesTab::overrideDate);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {achieved, reopen, waive, change})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void MilestonesTab::load(const Dossier& dossier) {
    const QDate today = m_ctx.store->clock().today();
    const int dueSoonDays = m_ctx.service->rules().dueSoonDays;
    const QString keep = selected() ? selected()->meta.id : QString();
    m_milestones = dossier.milestones;
    m_table->setRowCount(static_cast<int>(m_milestones.size()));
    for (int r = 0; r < static_cast<int>(m_milestones.size()); ++r) {
        const Milestone& m = m_milestones[static_cast<size_t>(r)];
        const DueState state = dueState(m, today, dueSoonDays);
        QString stateText = m.isOpen() ? dueStateLabel(state) : label(m.status);
        auto* kind = new QTableWidgetItem(label(m.kind));
        auto* due = new QTableWidgetItem(dateText(m.dueDate) + (m.dueOverridden ? QStringLiteral(" *") : QString()));
        if (m.dueOverridden)
            due->setToolTip(tr("Set by hand: %1").arg(m.overrideReason));
        auto* stateItem = new QTableWidgetItem(stateText);
        if (state == DueState::Late) {
            stateItem->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical));
            stateItem->setForeground(QColor(0xb0, 0x00, 0x20));
        } else if (state == DueState::DueSoon) {
            stateItem->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            stateItem->setForeground(QColor(0x8a, 0x5a, 0x00));
        }
        m_table->setItem(r, Kind, kind);
        m_table->setItem(r, Due, due);
        m_table->setItem(r, State, stateItem);
        m_table->setItem(r, Done, new QTableWidgetItem(dateText(m.doneDate)));
        m_table->setItem(r, Note, new QTableWidgetItem(m.note));
        if (m.meta.id == keep)
            m_table->selectRow(r);
    }
}

bool MilestonesTab::selectMilestone(const QString& milestoneId) {
    for (int r = 0; r < static_cast<int>(m_milestones.size()); ++r)
        if (m_milestones[static_cast<size_t>(r)].meta.id == milestoneId) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, 0));
            return true;
        }
    return false;
}

const Milestone* MilestonesTab::selected() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_milestones.size()))
        return nullptr;
    return &m_milestones[static_cast<size_t>(row)];
}

void MilestonesTab::markAchieved() {
    const Milestone* m = selected();
    if (!m)
        return;
    // An exam result arrives weeks later: the day achieved is asked, today proposed.
    QDate done = m_ctx.store->clock().today();
    if (!m_ctx.prompts->date(this, tr("Mark achieved"), tr("%1 achieved on").arg(label(m->kind)), done))
        return;
    m_ctx.push(this, std::make_unique<MilestoneStatusCommand>(
                         m_ctx.environment(),
                         m_ctx.undoText(tr("%1: %2").arg(label(m->kind), label(MilestoneStatus::Achieved))), *m,
                         MilestoneStatusCommand::Intent::Achieve, done));
}

void MilestonesTab::setStatus(MilestoneStatus status) {
    const Milestone* m = selected();
    if (!m)
        return;
    using Intent = MilestoneStatusCommand::Intent;
    const Intent intent = status == MilestoneStatus::Achieved ? Intent::Achieve
                          : status == MilestoneStatus::Waived ? Intent::Waive
                                                              : Intent::Reopen;
    m_ctx.push(this, std::make_unique<MilestoneStatusCommand>(
                         m_ctx.environment(), m_ctx.undoText(tr("%1: %2").arg(label(m->kind), label(status))), *m,
                         intent, m_ctx.store->clock().today()));
}

void MilestonesTab::overrideDate() {
    const Milestone* m = selected();
    if (!m)
        return;
    QDate date = m->dueDate.isValid() ? m->dueDate : m_ctx.store->clock().today();
    QString reason;
    if (!m_ctx.prompts->dateWithReason(this, tr("Change the due date of %1").arg(label(m->kind)), date, reason))
        return;
    m_ctx.push(this, std::make_unique<OverrideDueDateCommand>(m_ctx.environment(),
                                                              m_ctx.undoText(tr("due date of %1").arg(label(m->kind))),
                                                              *m, date, reason));
}

} // namespace koers
