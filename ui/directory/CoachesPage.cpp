#include "CoachesPage.h"

#include "services/CoachService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

CoachesPage::CoachesPage(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Ac&tive: offered for new clients"), this))
    , m_save(new QPushButton(tr("&Save coach"), this))
    , m_message(new QLabel(this)) {
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Team"), tr("E-mail"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Email, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Coaches"));
    m_table->setTabKeyNavigation(false);
    m_name->setAccessibleName(tr("Name of the coach"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* newButton = new QPushButton(tr("&New coach"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("Tea&m"), m_team);
    form->addRow(QString(), m_active);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CoachesPage::showSelected);
    connect(m_save, &QPushButton::clicked, this, &CoachesPage::save);
    connect(newButton, &QPushButton::clicked, this, &CoachesPage::startNew);
    reload();
    startNew();
}

void CoachesPage::reload() {
    auto coaches = CoachService(m_store).list();
    m_message->setText(coaches.ok() ? QString() : coaches.message());
    m_coaches = coaches.ok() ? std::move(coaches.value()) : std::vector<Coach>{};
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_coaches.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const Coach& c = m_coaches[static_cast<size_t>(r)];
        const QStringList cells{c.name, c.team, c.email, c.active ? tr("yes") : tr("no (inactive)")};
        for (int col = 0; col < ColumnCount; ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
        if (c.meta.id == m_editing)
            m_table->selectRow(r);
    }
}

void CoachesPage::startNew() {
    m_editing.clear();
    {
        const QSignalBlocker block(m_table); // a cleared selection is no choice of a row
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    for (QLineEdit* e : {m_name, m_email, m_team})
        e->clear();
    m_active->setChecked(true);
    m_save->setText(tr("&Add coach"));
    m_name->setFocus();
}

void CoachesPage::showSelected() {
    const auto chosen = m_table->selectionModel()->selectedRows();
    const int row = chosen.isEmpty() ? -1 : chosen.first().row();
    if (row < 0 || row >= static_cast<int>(m_coaches.size()))
        return;
    const Coach& c = m_coaches[static_cast<size_t>(row)];
    m_editing = c.meta.id;
    m_name->setText(c.name);
    m_email->setText(c.email);
    m_team->setText(c.team);
    m_active->setChecked(c.active);
    m_save->setText(tr("&Save coach"));
    m_message->clear();
}

bool CoachesPage::save() {
    CoachService coaches(m_store);
    Coach c;
    for (const Coach& existing : m_coaches)
        if (existing.meta.id == m_editing)
            c = existing;
    c.name = m_name->text();
    c.email = m_email->text();
    c.team = m_team->text();
    c.active = m_active->isChecked();
    Status saved;
    if (m_editing.isEmpty()) {
        auto added = coaches.add(c);
        saved = added.ok() ? Status() : Status(added.error());
        if (added.ok())
            m_editing = added->meta.id;
    } else {
        saved = coaches.edit(c);
    }
    if (!saved.ok()) {
        m_message->setText(saved.message());
        return false;
    }
    m_message->clear();
    reload();
    showSelected();
    return true;
}

} // namespace koers
