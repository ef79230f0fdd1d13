#include "AgendaView.h"

#include "queries/AgendaQuery.h"
#include "rules/DueState.h"
#include "services/CoachService.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace koers {

AgendaView::AgendaView(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_coach(new QComboBox(this))
    , m_error(new QLabel(this)) {
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Due"), tr("Client"), tr("Milestone or next step")});
    m_tree->setAccessibleName(tr("Agenda"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->resizeSection(0, 220);
    m_tree->header()->resizeSection(1, 280);
    m_coach->setAccessibleName(tr("Agenda of coach"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Coach:"), this));
    top->addWidget(m_coach);
    top->addStretch(1);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->setAccessibleName(tr("Agenda error"));
    m_error->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    // itemActivated: Enter as well as a double click (and a single click where the style says so).
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString client = item->data(DueColumn, ClientIdRole).toString();
        if (client.isEmpty())
            return; // a group heading
        const QString record = item->data(DueColumn, RecordIdRole).toString();
        if (item->data(DueColumn, IsNextStepRole).toBool())
            Q_EMIT openContact(client, record);
        else
            Q_EMIT openMilestone(client, record);
    });
    connect(m_coach, &QComboBox::currentIndexChanged, this, [this] {
        if (m_store)
            reload(*m_store);
    });
}

QString AgendaView::errorText() const {
    return m_error->text();
}

void AgendaView::clear() {
    m_store = nullptr;
    m_error->clear();
    m_error->setVisible(false);
    m_tree->clear();
}

void AgendaView::reload(Store& store) {
    m_store = &store;
    {
        // Alphabetical; filled again each time, so a coach added meanwhile is there, and the choice stays.
        const QSignalBlocker block(m_coach);
        const QString chosen = m_coach->currentData().toString();
        m_coach->clear();
        m_coach->addItem(tr("All coaches"), QString());
        if (auto coaches = CoachService(store).list(); coaches.ok())
            for (const auto& c : coaches.value())
                m_coach->addItem(c.name, c.meta.id);
        m_coach->setCurrentIndex(std::max(0, m_coach->findData(chosen)));
    }
    const QDate today = store.clock().today();
    const auto rules = RuleSettingsStore::load(store);
    const int window = rules.ok() ? rules->dueSoonDays : RuleSettings{}.dueSoonDays;
    const QDate endOfWeek = today.addDays(7 - today.dayOfWeek());
    auto items = AgendaQuery(store).dueUntil(today.addDays(window), m_coach->currentData().toString());
    // A list that cannot be read is an error, not a quiet week.
    m_error->setText(items.ok() ? QString() : tr("The agenda could not be read: %1").arg(items.message()));
    m_error->setVisible(!items.ok());

    m_tree->clear();
    // The same word for late as the milestones and the caseload use.
    auto* late = new QTreeWidgetItem(m_tree, {dueStateLabel(DueState::Late)});
    late->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical));
    auto* week = new QTreeWidgetItem(m_tree, {tr("Due this week")});
    week->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
    auto* soon = new QTreeWidgetItem(m_tree, {tr("Due in the next %1 days").arg(window)});
    if (items.ok()) {
        for (const AgendaItem& item : items.value()) {
            const DueState state = dueState(item.dueDate, today, window);
            QTreeWidgetItem* group = state == DueState::Late ? late : item.dueDate <= endOfWeek ? week : soon;
            const bool nextStep = item.source == AgendaItem::Source::NextStep;
            // One line however long the step was typed; the whole text is in the tooltip and on the tab it opens.
            const QString what = nextStep ? tr("Next step: %1").arg(item.nextStep.simplified()) : label(item.kind);
            auto* row = new QTreeWidgetItem(
                group, {item.dueDate.toString(QStringLiteral("dd-MM-yyyy")), item.clientName, what});
            row->setData(DueColumn, ClientIdRole, item.clientId);
            row->setData(DueColumn, RecordIdRole, nextStep ? item.contactId : item.milestoneId);
            row->setData(DueColumn, IsNextStepRole, nextStep);
            row->setToolTip(WhatColumn, what);
            // The state in words for a screen reader too, not by the group and colour alone.
            for (int c : {DueColumn, ClientColumn, WhatColumn})
                row->setData(c, Qt::AccessibleDescriptionRole, dueStateLabel(state));
            if (group == late)
                row->setForeground(DueColumn, QColor(0xb0, 0x00, 0x20));
        }
    }
    for (QTreeWidgetItem* group : {late, week, soon}) {
        group->setText(0, QStringLiteral("%1 (%2)").arg(group->text(0)).arg(group->childCount()));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    week->setExpanded(true);
    soon->setExpanded(true);
    // A long late list would push this week off the screen; its count shows in the heading.
    late->setExpanded(late->childCount() <= 25);
}

} // namespace koers
