#include "ImportDialectPage.h"

#include "ImportWizard.h"
#include "PreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace koers {

ImportDialectPage::ImportDialectPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_delimiter(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first row holds the column names"), this))
    , m_error(new QLabel(this))
    , m_model(new PreviewModel(this))
    , m_view(new QTableView(this)) {
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("Koers recognised the settings below. If the preview looks wrong, change them."));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QChar(u';'));
    m_delimiter->addItem(tr("Comma ( , )"), QChar(u','));
    m_delimiter->addItem(tr("Tab"), QChar(u'\t'));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QChar(u'|'));
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(CsvDialect::Encoding::Utf8));
    m_encoding->addItem(tr("UTF-8 with byte order mark"), static_cast<int>(CsvDialect::Encoding::Utf8Bom));
    m_encoding->addItem(tr("Windows-1252 (older Excel)"), static_cast<int>(CsvDialect::Encoding::Windows1252));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_error->hide();
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Column separator:"), m_delimiter);
    form->addRow(tr("Text encoding:"), m_encoding);
    form->addRow(QString(), m_header);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview of the first rows:"), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialectPage::applyChoices);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialectPage::applyChoices);
    connect(m_header, &QCheckBox::toggled, this, &ImportDialectPage::applyChoices);
    connect(m_wizard, &ImportWizard::previewChanged, this, &ImportDialectPage::showPreview);
}

void ImportDialectPage::initializePage() {
    const CsvDialect& d = m_wizard->dialect();
    m_updating = true;
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(d.delimiter)));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(static_cast<int>(d.encoding))));
    m_header->setChecked(d.hasHeader);
    m_updating = false;
    showPreview();
}

void ImportDialectPage::applyChoices() {
    if (m_updating)
        return;
    CsvDialect d = m_wizard->dialect();
    d.delimiter = m_delimiter->currentData().toChar();
    d.encoding = static_cast<CsvDialect::Encoding>(m_encoding->currentData().toInt());
    d.hasHeader = m_header->isChecked();
    m_wizard->setDialect(d); // emits previewChanged
}

void ImportDialectPage::showPreview() {
    const auto& preview = m_wizard->preview();
    if (preview.ok()) {
        m_model->setPreview(preview.value());
        m_error->setText(preview->error);
        m_error->setVisible(!preview->error.isEmpty());
    } else {
        m_model->clear();
        m_error->setText(preview.message());
        m_error->show();
    }
    m_view->resizeColumnsToContents();
    Q_EMIT completeChanged();
}

bool ImportDialectPage::isComplete() const {
    const auto& preview = m_wizard->preview();
    return preview.ok() && preview->error.isEmpty() && preview->columnCount > 0;
}

} // namespace koers
