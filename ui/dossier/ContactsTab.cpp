#include "ContactsTab.h"

#include "commands/AddRecordCommand.h"

#include "prompts/Prompts.h"
#include "storage/Store.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

ContactsTab::ContactsTab(DossierContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_table(new QTableWidget(0, 5, this))
    , m_date(new DateField(this))
    , m_kind(new QComboBox(this))
    , m_withWhom(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_nextStepDate(new DateField(this)) {
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("With"), tr("Summary"), tr("Next step")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(3, 360);
    m_table->setAccessibleName(tr("Conversations"));
    m_table->setTabKeyNavigation(false);
    for (ContactKind k : allValues<ContactKind>())
        m_kind->addItem(label(k), static_cast<int>(k));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&With whom"), m_withWhom);
    form->addRow(tr("&Summary"), m_summary);
    form->addRow(tr("&Next step"), m_nextStep);
    form->addRow(tr("Next step &by"), m_nextStepDate);
    auto* addButton = new QPushButton(tr("Add &conversation"), this);
    form->addRow(QString(), addButton);
    connect(addButton, &QPushButton::clicked, this, &ContactsTab::add);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
}

void ContactsTab::load(const Dossier& dossier) {
    m_table->setRowCount(static_cast<int>(dossier.contacts.size()));
    int r = 0;
    for (const Contact& c : dossier.contacts) {
        const QString next =
            c.nextStep.isEmpty()
                ? QString()
                : c.nextStep + (c.nextStepDate.isValid()
                                    ? QStringLiteral(" (%1)").arg(c.nextStepDate.toString(QStringLiteral("dd-MM-yyyy")))
                                    : QString());
        const QStringList cells{c.date.toString(QStringLiteral("dd-MM-yyyy")), label(c.kind), c.withWhom, c.summary,
                                next};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
        ++r;
    }
    if (m_date->text().isEmpty())
        m_date->setDate(m_ctx.store->clock().today());
}

void ContactsTab::add() {
    if (!m_date->date().isValid() || !m_nextStepDate->isAcceptable()) {
        m_ctx.prompts->error(this, tr("Conversation not added"), tr("Enter the date as dd-mm-yyyy."));
        return;
    }
    if (m_summary->toPlainText().trimmed().isEmpty()) {
        m_ctx.prompts->error(this, tr("Conversation not added"), tr("Write a short summary."));
        return;
    }
    Contact c;
    c.clientId = m_ctx.clientId;
    c.date = m_date->date();
    c.kind = static_cast<ContactKind>(m_kind->currentData().toInt());
    c.withWhom = m_withWhom->text().trimmed();
    c.summary = m_summary->toPlainText().trimmed();
    c.nextStep = m_nextStep->text().trimmed();
    c.nextStepDate = m_nextStepDate->date();
    if (m_ctx.push(this, std::make_unique<AddContactCommand>(m_ctx.environment(),
                                                             m_ctx.undoText(tr("add conversation")), c))) {
        m_withWhom->clear();
        m_summary->clear();
        m_nextStep->clear();
        m_nextStepDate->clear();
    }
}

} // namespace koers
