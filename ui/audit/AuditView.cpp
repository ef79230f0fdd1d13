#include "AuditView.h"

#include "AuditModel.h"
#include "prompts/Prompts.h"
#include "queries/AuditQuery.h"
#include "report/AuditText.h"
#include "storage/DeviceNames.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace koers {

namespace {
// The earliest date stands for "no limit" (shown as a dash).
const QDate kNoDate(2000, 1, 1);

QDateEdit* dateFilter(QWidget* parent, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(kNoDate);
    edit->setAccessibleName(name);
    return edit;
}

void fill(QComboBox* box, const QString& allText, const QStringList& values) {
    box->addItem(allText, QString());
    for (const QString& v : values)
        box->addItem(v, v);
}
} // namespace

AuditView::AuditView(Store& store, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_prompts(prompts)
    , m_model(new AuditModel(store, this))
    , m_table(new QTableView(this))
    , m_user(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_client(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_from(dateFilter(this, tr("From")))
    , m_to(dateFilter(this, tr("To")))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("E&xport (CSV)..."), this)) {
    setWindowTitle(tr("Audit log"));
    AuditQuery query(m_store);
    auto orNone = [](Result<QStringList> r) {
        return r.ok() ? r.value() : QStringList();
    };
    fill(m_user, tr("Everyone"), orNone(query.actors()));
    const QHash<QString, QString> names = DeviceNames(m_store).all().value_or(QHash<QString, QString>());
    m_device->addItem(tr("Every device"), QString());
    for (const QString& device : orNone(query.devices()))
        m_device->addItem(DeviceNames::display(names, device), device);
    m_action->addItem(tr("Every action"), QString());
    for (const QString& action : orNone(query.actions()))
        m_action->addItem(audittext::actionLabel(action), action);
    m_client->addItem(tr("Every client"), QString());
    if (auto clients = query.clients(); clients.ok())
        for (const auto& [id, name] : clients.value())
            m_client->addItem(name, id);
    m_user->setAccessibleName(tr("User"));
    m_device->setAccessibleName(tr("Device"));
    m_client->setAccessibleName(tr("Client"));
    m_action->setAccessibleName(tr("Action"));

    auto* filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("User:"), this), 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(new QLabel(tr("Device:"), this), 0, 2);
    filters->addWidget(m_device, 0, 3);
    filters->addWidget(new QLabel(tr("Client:"), this), 0, 4);
    filters->addWidget(m_client, 0, 5);
    filters->addWidget(new QLabel(tr("Action:"), this), 1, 0);
    filters->addWidget(m_action, 1, 1);
    filters->addWidget(new QLabel(tr("From:"), this), 1, 2);
    filters->addWidget(m_from, 1, 3);
    filters->addWidget(new QLabel(tr("To:"), this), 1, 4);
    filters->addWidget(m_to, 1, 5);
    filters->setColumnStretch(5, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit log"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_export->setToolTip(tr("Writes the entries shown, with the filters applied, for Excel. It names clients: keep "
                            "it as carefully as the file."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditView::exportShown);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    for (QComboBox* box : {m_user, m_device, m_client, m_action})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::applyFilter);
    resize(960, 560);
    applyFilter();
}

void AuditView::applyFilter() {
    AuditFilter filter;
    filter.actor = m_user->currentData().toString();
    filter.device = m_device->currentData().toString();
    filter.clientId = m_client->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.from = m_from->date() == kNoDate ? QDate() : m_from->date();
    filter.to = m_to->date() == kNoDate ? QDate() : m_to->date();
    const Status loaded = m_model->setFilter(filter);
    m_count->setText(loaded.ok() ? tr("%n entries", nullptr, m_model->rowCount()) : loaded.message());
    m_table->resizeColumnsToContents();
    m_export->setEnabled(loaded.ok() && m_model->rowCount() > 0);
}

void AuditView::exportShown() {
    const QString path =
        m_prompts.saveFileName(this, tr("Export audit log"), QStringLiteral("logboek.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Status written = audittext::writeCsv(path, m_model->rows(), m_model->deviceNames());
    if (written.ok())
        written = m_store.audit(u"export-audit", {}, {}, {}, QStringLiteral("entries=%1").arg(m_model->rowCount()));
    if (!written.ok()) {
        m_prompts.error(this, tr("Export audit log"), written.message());
        return;
    }
    m_prompts.information(this, tr("Export audit log"),
                          tr("%n entries written to %1.", nullptr, m_model->rowCount()).arg(path));
}

} // namespace koers
