#include "InvolvementsTab.h"

#include "commands/AddRecordCommand.h"
#include "commands/RemoveRecordCommand.h"

#include "prompts/Prompts.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

InvolvementsTab::InvolvementsTab(DossierContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_table(new QTableWidget(0, 5, this))
    , m_role(new QComboBox(this))
    , m_organisation(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this)) {
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Organisation"), tr("Name"), tr("Phone"), tr("E-mail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 300);
    m_table->setColumnWidth(1, 200);
    m_table->setAccessibleName(tr("Involved partners and people"));
    m_table->setTabKeyNavigation(false);
    for (InvolvementRole r : allValues<InvolvementRole>())
        m_role->addItem(label(r), static_cast<int>(r));

    auto* form = new QFormLayout;
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    auto* addButton = new QPushButton(tr("&Add"), this);
    auto* removeButton = new QPushButton(tr("Re&move selected"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    connect(addButton, &QPushButton::clicked, this, &InvolvementsTab::add);
    connect(removeButton, &QPushButton::clicked, this, &InvolvementsTab::removeSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
}

void InvolvementsTab::load(const Dossier& dossier) {
    m_rows = dossier.involvements;
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    int r = 0;
    for (const Involvement& i : m_rows) {
        const QStringList cells{label(i.role), i.organisation, i.name, i.phone, i.email};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
        ++r;
    }
}

void InvolvementsTab::add() {
    if (m_organisation->text().trimmed().isEmpty() && m_name->text().trimmed().isEmpty()) {
        m_ctx.prompts->error(this, tr("Not added"), tr("Enter an organisation or a name."));
        return;
    }
    Involvement i;
    i.clientId = m_ctx.clientId;
    i.role = static_cast<InvolvementRole>(m_role->currentData().toInt());
    i.organisation = m_organisation->text().trimmed();
    i.name = m_name->text().trimmed();
    i.phone = m_phone->text().trimmed();
    i.email = m_email->text().trimmed();
    if (m_ctx.push(this, std::make_unique<AddInvolvementCommand>(m_ctx.environment(),
                                                                 m_ctx.undoText(tr("add involved party")), i)))
        for (QLineEdit* e : {m_organisation, m_name, m_phone, m_email})
            e->clear();
}

void InvolvementsTab::removeSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    m_ctx.push(this, std::make_unique<RemoveInvolvementCommand>(m_ctx.environment(),
                                                                m_ctx.undoText(tr("remove involved party")),
                                                                m_rows[static_cast<size_t>(row)]));
}

} // namespace koers
