#include "MunicipalitiesPage.h"

#include "prompts/Prompts.h"
#include "services/MunicipalityService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

MunicipalitiesPage::MunicipalitiesPage(Store& store, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompts(prompts)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_name(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_logoPreview(new QLabel(this))
    , m_removeLogo(new QPushButton(tr("Re&move logo"), this))
    , m_save(new QPushButton(tr("&Save municipality"), this))
    , m_message(new QLabel(this)) {
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("CBS code")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Municipalities"));
    m_table->setTabKeyNavigation(false);
    m_code->setPlaceholderText(tr("e.g. GM0308"));
    m_code->setMaxLength(6);
    m_address->setTabChangesFocus(true);
    m_address->setAccessibleName(tr("Letterhead address"));
    m_address->setPlaceholderText(tr("Postbus 1\n1234 AB Plaats"));
    m_address->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_logoPreview->setAccessibleName(tr("Logo"));
    m_logoPreview->setMinimumHeight(48);
    auto* chooseLogo = new QPushButton(tr("Choose lo&go..."), this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* newButton = new QPushButton(tr("&New municipality"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&CBS code"), m_code);
    form->addRow(tr("Letterhead add&ress"), m_address);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch(1);
    form->addRow(tr("Logo"), logoRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MunicipalitiesPage::showSelected);
    connect(m_save, &QPushButton::clicked, this, &MunicipalitiesPage::save);
    connect(newButton, &QPushButton::clicked, this, &MunicipalitiesPage::startNew);
    connect(chooseLogo, &QPushButton::clicked, this, &MunicipalitiesPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &MunicipalitiesPage::removeLogo);
    reload();
    startNew();
}

void MunicipalitiesPage::reload() {
    auto places = MunicipalityService(m_store).list();
    m_message->setText(places.ok() ? QString() : places.message());
    m_places = places.ok() ? std::move(places.value()) : std::vector<Municipality>{};
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_places.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const Municipality& m = m_places[static_cast<size_t>(r)];
        m_table->setItem(r, Name, new QTableWidgetItem(m.name));
        m_table->setItem(r, CbsCode, new QTableWidgetItem(m.cbsCode));
        if (m.meta.id == m_editing)
            m_table->selectRow(r);
    }
}

void MunicipalitiesPage::startNew() {
    m_editing.clear();
    {
        const QSignalBlocker block(m_table); // a cleared selection is no choice of a row
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_name->clear();
    m_code->clear();
    m_address->clear();
    m_logo.clear();
    showLogo();
    m_save->setText(tr("&Add municipality"));
    m_name->setFocus();
}

void MunicipalitiesPage::showSelected() {
    const auto chosen = m_table->selectionModel()->selectedRows();
    const int row = chosen.isEmpty() ? -1 : chosen.first().row();
    if (row < 0 || row >= static_cast<int>(m_places.size()))
        return;
    const Municipality& m = m_places[static_cast<size_t>(row)];
    m_editing = m.meta.id;
    m_name->setText(m.name);
    m_code->setText(m.cbsCode);
    m_address->setPlainText(m.letterheadAddress);
    m_logo = m.logo;
    showLogo();
    m_save->setText(tr("&Save municipality"));
    m_message->clear();
}

bool MunicipalitiesPage::save() {
    MunicipalityService places(m_store);
    Municipality m;
    for (const Municipality& existing : m_places)
        if (existing.meta.id == m_editing)
            m = existing;
    m.name = m_name->text();
    m.cbsCode = m_code->text();
    m.letterheadAddress = m_address->toPlainText();
    m.logo = m_logo;
    Status saved;
    if (m_editing.isEmpty()) {
        auto added = places.add(m);
        saved = added.ok() ? Status() : Status(added.error());
        if (added.ok())
            m_editing = added->meta.id;
    } else {
        saved = places.edit(m);
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

void MunicipalitiesPage::chooseLogo() {
    const QString path = m_prompts.openFileName(this, tr("Choose a logo"), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    auto logo = MunicipalityService::logoFromFile(path);
    if (!logo.ok()) {
        m_message->setText(logo.message());
        return;
    }
    m_logo = logo.value();
    m_message->clear();
    showLogo();
}

void MunicipalitiesPage::removeLogo() {
    m_logo.clear();
    showLogo();
}

void MunicipalitiesPage::showLogo() {
    QPixmap pixmap;
    if (!m_logo.isEmpty())
        pixmap.loadFromData(QByteArray::fromBase64(m_logo.toLatin1()));
    if (pixmap.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(m_logo.isEmpty() ? tr("No logo") : tr("The logo cannot be shown."));
    } else {
        m_logoPreview->setPixmap(pixmap.scaledToHeight(48, Qt::SmoothTransformation));
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty());
}

} // namespace koers
