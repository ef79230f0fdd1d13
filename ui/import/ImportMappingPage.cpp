#include "ImportMappingPage.h"

#include "ImportWizard.h"
#include "import/ImportProfileStore.h"
#include "prompts/Prompts.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace koers {

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_profile(new QComboBox(this))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_warning(new QLabel(this)) {
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose for each column which client field it fills. Columns set to \"(do not import)\" are "
                   "left out."));
    auto* save = new QPushButton(tr("Save as profile…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Profile:"), this));
    top->addWidget(m_profile, 1);
    top->addWidget(save);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_warning->setText(tr("Match at least one column to the first or the last name."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_warning);

    connect(m_profile, &QComboBox::activated, this, &ImportMappingPage::profileChosen);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
}

QStringList ImportMappingPage::headers() const {
    const auto& preview = m_wizard->preview();
    QStringList out;
    if (!preview.ok())
        return out;
    for (qsizetype i = 0; i < preview->columnCount; ++i)
        out << (i < preview->header.size() ? preview->header[i] : tr("Column %1").arg(i + 1));
    return out;
}

void ImportMappingPage::initializePage() {
    reloadProfiles();
    rebuild();
}

void ImportMappingPage::reloadProfiles(const QString& select) {
    m_profile->clear();
    m_profile->addItem(tr("(by the column names)"));
    auto names = ImportProfileStore::names(m_wizard->store());
    if (names.ok())
        m_profile->addItems(names.value());
    if (!select.isEmpty())
        m_profile->setCurrentText(select);
}

void ImportMappingPage::rebuild() {
    m_fields.clear(); // the boxes go with the layout's widgets below
    while (QLayoutItem* item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* columnTitle = new QLabel(tr("<b>Column in the file</b>"), m_grid);
    auto* sampleTitle = new QLabel(tr("<b>First value</b>"), m_grid);
    auto* fieldTitle = new QLabel(tr("<b>Client field</b>"), m_grid);
    m_gridLayout->addWidget(columnTitle, 0, 0);
    m_gridLayout->addWidget(sampleTitle, 0, 1);
    m_gridLayout->addWidget(fieldTitle, 0, 2);

    const QStringList names = headers();
    const auto& preview = m_wizard->preview();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto* name = new QLabel(names[i], m_grid);
        QString sample = preview.ok() && !preview->rows.empty() ? preview->rows.front().value(i) : QString();
        sample = sample.simplified();
        auto* sampleLabel = new QLabel(fontMetrics().elidedText(sample, Qt::ElideRight, 220), m_grid);
        QPalette muted = sampleLabel->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        sampleLabel->setPalette(muted);
        auto* box = new QComboBox(m_grid);
        box->addItem(ColumnMapper::label(ClientField::Ignore), static_cast<int>(ClientField::Ignore));
        for (ClientField f : ColumnMapper::fields())
            box->addItem(ColumnMapper::label(f), static_cast<int>(f));
        const int row = static_cast<int>(i) + 1;
        m_gridLayout->addWidget(name, row, 0);
        m_gridLayout->addWidget(sampleLabel, row, 1);
        m_gridLayout->addWidget(box, row, 2);
        const size_t column = static_cast<size_t>(i);
        connect(box, &QComboBox::currentIndexChanged, this, [this, column] { fieldChosen(column); });
        m_fields.push_back(box);
    }
    m_gridLayout->setColumnStretch(1, 1);
    m_gridLayout->setRowStretch(static_cast<int>(names.size()) + 1, 1);

    ColumnMapping mapping = m_wizard->mapping();
    if (static_cast<qsizetype>(mapping.size()) != names.size())
        mapping = ColumnMapper::map(m_wizard->dialect().hasHeader ? names : QStringList());
    mapping.resize(static_cast<size_t>(names.size()), ClientField::Ignore);
    setMappingToBoxes(mapping);
}

void ImportMappingPage::setMappingToBoxes(const ColumnMapping& mapping) {
    m_updating = true;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const ClientField f = i < mapping.size() ? mapping[i] : ClientField::Ignore;
        m_fields[i]->setCurrentIndex(std::max(0, m_fields[i]->findData(static_cast<int>(f))));
    }
    m_updating = false;
    m_wizard->setMapping(currentMapping());
    m_warning->setVisible(!ColumnMapper::hasNameColumn(currentMapping()));
    Q_EMIT completeChanged();
}

ColumnMapping ImportMappingPage::currentMapping() const {
    ColumnMapping mapping;
    for (const QComboBox* box : m_fields)
        mapping.push_back(static_cast<ClientField>(box->currentData().toInt()));
    return mapping;
}

void ImportMappingPage::fieldChosen(size_t column) {
    if (m_updating)
        return;
    // One column per field: the column that had this field before gives it up.
    const ClientField chosen = static_cast<ClientField>(m_fields[column]->currentData().toInt());
    if (chosen != ClientField::Ignore) {
        m_updating = true;
        for (size_t i = 0; i < m_fields.size(); ++i)
            if (i != column && static_cast<ClientField>(m_fields[i]->currentData().toInt()) == chosen)
                m_fields[i]->setCurrentIndex(0);
        m_updating = false;
    }
    m_wizard->setMapping(currentMapping());
    m_warning->setVisible(!ColumnMapper::hasNameColumn(currentMapping()));
    Q_EMIT completeChanged();
}

void ImportMappingPage::profileChosen() {
    const QStringList names = headers();
    if (m_profile->currentIndex() <= 0) {
        setMappingToBoxes(ColumnMapper::map(m_wizard->dialect().hasHeader ? names : QStringList()));
        return;
    }
    auto profile = ImportProfileStore::load(m_wizard->store(), m_profile->currentText());
    if (!profile.ok()) {
        m_wizard->prompts().warning(this, tr("Profile"), profile.message());
        return;
    }
    setMappingToBoxes(profile->apply(names));
}

void ImportMappingPage::saveProfile() {
    const QString name =
        m_wizard->prompts().text(this, tr("Save as profile"), tr("Name of the profile (e.g. the list's source):"));
    if (name.isEmpty())
        return;
    const Status saved =
        ImportProfileStore::save(m_wizard->store(), ImportProfile::fromMapping(name, headers(), currentMapping()));
    if (!saved.ok()) {
        m_wizard->prompts().warning(this, tr("Profile"), saved.message());
        return;
    }
    reloadProfiles(name);
}

bool ImportMappingPage::isComplete() const {
    return ColumnMapper::hasNameColumn(currentMapping());
}

bool ImportMappingPage::validatePage() {
    m_wizard->setMapping(currentMapping());
    return true;
}

} // namespace koers
