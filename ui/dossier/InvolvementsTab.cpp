#include "InvolvementsTab.h"

#include "RecordListActions.h"
#include "commands/AddRecordCommand.h"
#include "commands/EditRecordCommand.h"
#include "commands/RemoveRecordCommand.h"
#include "prompts/Prompts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

InvolvementsTab::InvolvementsTab(DossierContext& ctx, QWidget* parent)
    : DossierTab(ctx, parent)
    , m_table(new QTableWidget(0, 5, this))
    , m_box(new QGroupBox(tr("New involved party"), this))
    , m_role(new QComboBox(this))
    , m_organisation(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Organisation"), tr("Name"), tr("Phone"), tr("E-mail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 300);
    m_table->setColumnWidth(1, 200);
    m_table->setAccessibleName(tr("Involved partners and people"));
    m_table->setTabKeyNavigation(false);
    for (InvolvementRole r : allValues<InvolvementRole>())
        m_role->addItem(label(r), static_cast<int>(r));

    auto* form = new QFormLayout(m_box);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Organisation"), m_organisation);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    auto* removeButton = new QPushButton(tr("Re&move selected"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_cancel);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    m_cancel->setVisible(false);
    connect(m_add, &QPushButton::clicked, this, &InvolvementsTab::add);
    connect(m_cancel, &QPushButton::clicked, this, &InvolvementsTab::cancel);
    connect(removeButton, &QPushButton::clicked, this, &InvolvementsTab::removeSelected);
    RecordListActions::install(
        m_table, [this](int row) { open(row); }, [this](int row) { remove(row); });
    RecordListActions::watch({m_role, m_organisation, m_name, m_phone, m_email}, this, [this] {
        if (!m_filling)
            setEdited(true);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_box);
}

void InvolvementsTab::load(const Dossier& dossier) {
    m_rows = dossier.involvements;
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    int r = 0;
    for (const Involvement& i : m_rows) {
        const QStringList cells{label(i.role), i.organisation, i.name, i.phone, i.email};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            m_table->setItem(r, col, item);
        }
        ++r;
    }
    if (!m_edited)
        resetForm();
}

void InvolvementsTab::setEdited(bool edited) {
    if (edited == m_edited)
        return;
    m_edited = edited;
    Q_EMIT editsChanged();
}

void InvolvementsTab::resetForm() {
    m_filling = true;
    m_open.reset();
    m_role->setCurrentIndex(0);
    for (QLineEdit* e : {m_organisation, m_name, m_phone, m_email})
        e->clear();
    m_box->setTitle(tr("New involved party"));
    m_add->setText(tr("&Add"));
    m_cancel->setVisible(false);
    m_filling = false;
    setEdited(false);
}

void InvolvementsTab::fill(const Involvement& i) {
    m_filling = true;
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(i.role))));
    m_organisation->setText(i.organisation);
    m_name->setText(i.name);
    m_phone->setText(i.phone);
    m_email->setText(i.email);
    m_filling = false;
}

Status InvolvementsTab::saveEdits() {
    if (!m_edited)
        return {};
    if (m_organisation->text().trimmed().isEmpty() && m_name->text().trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter an organisation or a name."));
    Involvement i = m_open ? *m_open : Involvement{};
    i.clientId = m_ctx.clientId;
    i.role = static_cast<InvolvementRole>(m_role->currentData().toInt());
    i.organisation = m_organisation->text().trimmed();
    i.name = m_name->text().trimmed();
    i.phone = m_phone->text().trimmed();
    i.email = m_email->text().trimmed();
    const std::optional<Involvement> opened = m_open;
    resetForm();
    const Status saved = opened ? m_ctx.run(std::make_unique<EditInvolvementCommand>(
                                      m_ctx.environment(), m_ctx.undoText(tr("edit involved party")), *opened, i))
                                : m_ctx.run(std::make_unique<AddInvolvementCommand>(
                                      m_ctx.environment(), m_ctx.undoText(tr("add involved party")), i));
    if (!saved.ok()) { // the form keeps what was typed
        m_open = opened;
        fill(i);
        setEdited(true);
    }
    return saved;
}

void InvolvementsTab::add() {
    if (m_open && !m_edited) { // opened and left as it was
        resetForm();
        return;
    }
    if (!m_edited) {
        m_ctx.prompts->error(this, tr("Not added"), tr("Enter an organisation or a name."));
        return;
    }
    if (const Status saved = saveEdits(); !saved.ok())
        m_ctx.prompts->error(this, tr("Not added"), saved.message());
}

void InvolvementsTab::open(int row) {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    const Involvement chosen = m_rows[static_cast<size_t>(row)];
    if (m_edited) {
        const auto answer = m_ctx.prompts->question(this, tr("Involved party"),
                                                    tr("The form holds text that is not saved. Save it first?"),
                                                    Prompts::Buttons::SaveDiscardCancel, Prompts::Choice::Yes);
        if (answer == Prompts::Choice::Cancel || (answer == Prompts::Choice::Yes && !saveEdits().ok()))
            return;
    }
    resetForm();
    m_open = chosen;
    fill(chosen);
    m_box->setTitle(tr("Involved party"));
    m_add->setText(tr("&Save"));
    m_cancel->setVisible(true);
    m_name->setFocus();
}

void InvolvementsTab::cancel() {
    resetForm();
}

void InvolvementsTab::remove(int row) {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    const Involvement i = m_rows[static_cast<size_t>(row)];
    if (m_open && m_open->meta.id == i.meta.id)
        resetForm();
    m_ctx.push(this, std::make_unique<RemoveInvolvementCommand>(m_ctx.environment(),
                                                                m_ctx.undoText(tr("remove involved party")), i));
}

void InvolvementsTab::removeSelected() {
    remove(m_table->currentRow());
}

void InvolvementsTab::discardEdits() {
    resetForm();
}

} // namespace koers
