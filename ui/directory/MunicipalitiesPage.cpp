#include "MunicipalitiesPage.h"

#include "services/MunicipalityService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace koers {

MunicipalitiesPage::MunicipalitiesPage(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_name(new QLineEdit(this))
    , m_code(new QLineEdit(this))
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
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* newButton = new QPushButton(tr("&New municipality"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&CBS code"), m_code);
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

} // namespace koers
