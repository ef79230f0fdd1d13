#include "ContactsTab.h"

#include "RecordListActions.h"
#include "commands/AddRecordCommand.h"
#include "commands/EditRecordCommand.h"
#include "commands/RemoveRecordCommand.h"
#include "prompts/Prompts.h"
#include "storage/Store.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

namespace {
enum Column { Date, Kind, With, Summary, Next, ColumnCount };

QString dateText(QDate d) {
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}
} // namespace

ContactsTab::ContactsTab(DossierContext& ctx, QWidget* parent)
    : DossierTab(ctx, parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detail(new QLabel(this))
    , m_box(new QGroupBox(tr("New conversation"), this))
    , m_date(new DateField(this))
    , m_kind(new QComboBox(this))
    , m_withWhom(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_nextStepDate(new DateField(this))
    , m_add(new QPushButton(tr("Add &conversation"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("With"), tr("Summary"), tr("Next step")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Date, 100);
    m_table->setColumnWidth(Kind, 180);
    m_table->setColumnWidth(With, 160);
    m_table->setColumnWidth(Summary, 380);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Conversations"));
    m_table->setTabKeyNavigation(false);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAccessibleName(tr("The selected conversation"));
    m_detail->setMinimumHeight(fontMetrics().height() * 3);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (ContactKind k : allValues<ContactKind>())
        m_kind->addItem(label(k), static_cast<int>(k));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(80);

    auto* form = new QFormLayout(m_box);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&With whom"), m_withWhom);
    form->addRow(tr("&Summary"), m_summary);
    form->addRow(tr("&Next step"), m_nextStep);
    form->addRow(tr("Next step &by"), m_nextStepDate);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    m_cancel->setVisible(false);
    connect(m_add, &QPushButton::clicked, this, &ContactsTab::add);
    connect(m_cancel, &QPushButton::clicked, this, &ContactsTab::cancel);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ContactsTab::showDetail);
    RecordListActions::install(
        m_table, [this](int row) { open(row); }, [this](int row) { remove(row); });
    RecordListActions::watch({m_date, m_kind, m_withWhom, m_summary, m_nextStep, m_nextStepDate}, this, [this] {
        if (!m_filling)
            setEdited(true);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_box);
}

void ContactsTab::load(const Dossier& dossier) {
    const QString keep = m_table->currentRow() >= 0 && m_table->currentRow() < static_cast<int>(m_rows.size())
                             ? m_rows[static_cast<size_t>(m_table->currentRow())].meta.id
                             : QString();
    m_rows = dossier.contacts;
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    int r = 0;
    for (const Contact& c : m_rows) {
        const QString next =
            c.nextStep.isEmpty()
                ? QString()
                : c.nextStep +
                      (c.nextStepDate.isValid() ? QStringLiteral(" (%1)").arg(dateText(c.nextStepDate)) : QString());
        const QStringList cells{dateText(c.date), label(c.kind), c.withWhom, c.summary, next};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]); // the whole text, however narrow the column
            m_table->setItem(r, col, item);
        }
        if (c.meta.id == keep)
            m_table->selectRow(r);
        ++r;
    }
    if (!m_edited)
        resetForm();
    showDetail();
}

bool ContactsTab::selectContact(const QString& contactId) {
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r)
        if (m_rows[static_cast<size_t>(r)].meta.id == contactId) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, 0));
            showDetail();
            return true;
        }
    return false;
}

void ContactsTab::showDetail() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rows.size())) {
        m_detail->setText(m_rows.empty() ? tr("No conversations yet.")
                                         : tr("Select a conversation to read it whole; Enter opens it to change."));
        return;
    }
    const Contact& c = m_rows[static_cast<size_t>(row)];
    QString text =
        QStringLiteral("<b>%1 · %2</b>").arg(dateText(c.date).toHtmlEscaped(), label(c.kind).toHtmlEscaped());
    if (!c.withWhom.isEmpty())
        text += QStringLiteral(" · ") + tr("with %1").arg(c.withWhom).toHtmlEscaped();
    text += QStringLiteral("<br>") + c.summary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!c.nextStep.isEmpty())
        text += QStringLiteral("<br><i>") +
                (c.nextStepDate.isValid() ? tr("Next step by %1: %2").arg(dateText(c.nextStepDate), c.nextStep)
                                          : tr("Next step: %1").arg(c.nextStep))
                    .toHtmlEscaped() +
                QStringLiteral("</i>");
    m_detail->setText(text);
}

void ContactsTab::setEdited(bool edited) {
    if (edited == m_edited)
        return;
    m_edited = edited;
    Q_EMIT editsChanged();
}

void ContactsTab::resetForm() {
    m_filling = true;
    m_open.reset();
    m_date->setDate(m_ctx.store ? m_ctx.store->clock().today() : QDate());
    m_kind->setCurrentIndex(0);
    m_withWhom->clear();
    m_summary->clear();
    m_nextStep->clear();
    m_nextStepDate->clear();
    m_box->setTitle(tr("New conversation"));
    m_add->setText(tr("Add &conversation"));
    m_cancel->setVisible(false);
    m_filling = false;
    setEdited(false);
}

void ContactsTab::fill(const Contact& c) {
    m_filling = true;
    m_date->setDate(c.date);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(c.kind))));
    m_withWhom->setText(c.withWhom);
    m_summary->setPlainText(c.summary);
    m_nextStep->setText(c.nextStep);
    m_nextStepDate->setDate(c.nextStepDate);
    m_filling = false;
}

Status ContactsTab::validate() const {
    if (!m_date->date().isValid() || !m_nextStepDate->isAcceptable())
        return makeError(ErrorCode::Invalid, tr("Enter the date as dd-mm-yyyy."));
    if (m_summary->toPlainText().trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write a short summary."));
    return {};
}

Status ContactsTab::saveEdits() {
    if (!m_edited)
        return {};
    KOERS_TRY(validate());
    Contact c = m_open ? *m_open : Contact{};
    c.clientId = m_ctx.clientId;
    c.date = m_date->date();
    c.kind = static_cast<ContactKind>(m_kind->currentData().toInt());
    c.withWhom = m_withWhom->text().trimmed();
    c.summary = m_summary->toPlainText().trimmed();
    c.nextStep = m_nextStep->text().trimmed();
    c.nextStepDate = m_nextStepDate->date();
    const std::optional<Contact> opened = m_open;
    resetForm();
    const Status saved = opened ? m_ctx.run(std::make_unique<EditContactCommand>(
                                      m_ctx.environment(), m_ctx.undoText(tr("edit conversation")), *opened, c))
                                : m_ctx.run(std::make_unique<AddContactCommand>(
                                      m_ctx.environment(), m_ctx.undoText(tr("add conversation")), c));
    if (!saved.ok()) { // the form keeps what was typed
        m_open = opened;
        fill(c);
        setEdited(true);
    }
    return saved;
}

void ContactsTab::add() {
    if (m_open && !m_edited) { // opened and left as it was
        resetForm();
        return;
    }
    if (!m_edited) { // an untouched form: say what is missing
        if (const Status v = validate(); !v.ok()) {
            m_ctx.prompts->error(this, tr("Conversation not added"), v.message());
            return;
        }
        setEdited(true);
    }
    if (const Status saved = saveEdits(); !saved.ok())
        m_ctx.prompts->error(this, m_open ? tr("Conversation not saved") : tr("Conversation not added"),
                             saved.message());
}

void ContactsTab::open(int row) {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    const QString id = m_rows[static_cast<size_t>(row)].meta.id;
    if (m_edited) {
        const auto answer = m_ctx.prompts->question(
            this, tr("Conversation"), tr("The conversation form holds text that is not saved. Save it first?"),
            Prompts::Buttons::SaveDiscardCancel, Prompts::Choice::Yes);
        if (answer == Prompts::Choice::Cancel || (answer == Prompts::Choice::Yes && !saveEdits().ok()))
            return;
    }
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&id](const Contact& c) { return c.meta.id == id; });
    if (it == m_rows.end())
        return;
    const Contact c = *it;
    resetForm();
    m_open = c;
    fill(c);
    m_box->setTitle(tr("Conversation of %1").arg(dateText(c.date)));
    m_add->setText(tr("Save &conversation"));
    m_cancel->setVisible(true);
    m_summary->setFocus();
}

void ContactsTab::cancel() {
    resetForm();
}

void ContactsTab::remove(int row) {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    const Contact c = m_rows[static_cast<size_t>(row)];
    if (m_open && m_open->meta.id == c.meta.id)
        resetForm();
    m_ctx.push(this, std::make_unique<RemoveContactCommand>(m_ctx.environment(),
                                                            m_ctx.undoText(tr("remove conversation")), c));
}

void ContactsTab::discardEdits() {
    resetForm();
}

} // namespace koers
