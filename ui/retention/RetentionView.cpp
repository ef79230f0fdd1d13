#include "RetentionView.h"

#include "domain/Enums.h"
#include "prompts/Prompts.h"
#include "services/RetentionService.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"
#include "widgets/WorkDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace koers {

RetentionView::RetentionView(Store& store, QDate today, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_prompts(prompts)
    , m_table(new QTableWidget(this))
    , m_anonymise(new QPushButton(tr("&Anonymise selected..."), this))
    , m_summary(new QLabel(this)) {
    setWindowTitle(tr("Retention period"));
    if (auto rules = RuleSettingsStore::load(m_store); rules.ok())
        m_years = rules->retentionYears;
    auto* intro = new QLabel(
        tr("Dossiers whose integration duty ended more than %n year(s) ago (the end of the duty, else the date of the "
           "closing status). Anonymising removes the personal data for good and keeps an anonymous record that the "
           "figures still count.",
           nullptr, m_years),
        this);
    intro->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Municipality"), tr("Status"), tr("Duty ended"), tr("Retention ended")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Dossiers past the retention period"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_anonymise, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionView::anonymiseSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void RetentionView::reload() {
    m_table->setRowCount(0);
    auto expired = RetentionService(m_store).expired(m_today, m_years);
    if (!expired.ok()) {
        m_summary->setText(expired.message());
        return;
    }
    m_table->setRowCount(static_cast<int>(expired->size()));
    int row = 0;
    for (const ExpiredDossier& d : expired.value()) {
        auto set = [&](int column, const QString& text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        set(Name, d.name);
        set(Municipality, d.municipality);
        set(Status, label(d.status));
        set(DutyEnded, d.dutyEnded.toString(QStringLiteral("dd-MM-yyyy")));
        set(ExpiredOn, d.expiredOn.toString(QStringLiteral("dd-MM-yyyy")));
        m_table->item(row, Name)->setData(Qt::UserRole, d.clientId);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n dossier(s) past the retention period.", nullptr, row));
    m_anonymise->setEnabled(row > 0);
}

void RetentionView::anonymiseSelected() {
    std::set<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    if (rows.empty()) {
        m_prompts.information(this, windowTitle(), tr("Select the dossiers to anonymise."));
        return;
    }
    QStringList ids;
    for (int row : rows)
        ids << m_table->item(row, Name)->data(Qt::UserRole).toString();
    const QString question =
        tr("Anonymise %n dossier(s)? Names, BSN, contact details, notes, conversations and involved parties are "
           "removed for good; this cannot be undone. Existing backups still hold the old data until they are rotated "
           "out.",
           nullptr, static_cast<int>(ids.size()));
    if (m_prompts.question(this, windowTitle(), question, Prompts::Buttons::YesNo, Prompts::Choice::No) !=
        Prompts::Choice::Yes)
        return;
    // On a worker behind the progress dialog: the vacuum that follows rewrites the whole file.
    auto done = WorkDialog::run(this, windowTitle(), m_store, [this, &ids](Progress& progress) {
        return RetentionService(m_store).anonymise(ids, progress);
    });
    if (!done)
        return; // locked meanwhile: the work was stopped and rolled back, the store is gone
    if (!done->ok()) {
        if (done->cancelled())
            m_prompts.information(this, windowTitle(), tr("Cancelled: no dossier was anonymised."));
        else
            m_prompts.error(this, windowTitle(), done->message());
        return;
    }
    m_changed = true;
    reload();
    m_prompts.information(this, windowTitle(), tr("%n dossier(s) anonymised.", nullptr, done->value()));
}

} // namespace koers
