#include "ImportWizard.h"

#include "ImportConfirmPage.h"
#include "ImportDialectPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportValidationPage.h"
#include "csv/CsvDialectDetector.h"
#include "widgets/WorkDialog.h"

#include <QFile>
#include <QScopeGuard>

namespace koers {

ImportWizard::ImportWizard(Store& store, ClientService& service, Prompts& prompts, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_service(service)
    , m_prompts(prompts)
    , m_preview(ImportPreview{}) {
    setWindowTitle(tr("Import clients"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePageId, new ImportFilePage(this));
    setPage(DialectPageId, new ImportDialectPage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(ValidationPageId, new ImportValidationPage(this));
    setPage(ConfirmPageId, new ImportConfirmPage(this));
    resize(820, 600);
}

void ImportWizard::setPath(const QString& path) {
    if (path == m_path)
        return;
    m_path = path;
    m_options.mapping.clear();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_options.dialect = CsvDialectDetector::detect(file);
    m_analysis.reset();
    refreshPreview();
}

void ImportWizard::setDialect(const CsvDialect& dialect) {
    if (dialect == m_options.dialect)
        return;
    m_options.dialect = dialect;
    m_analysis.reset();
    refreshPreview();
}

void ImportWizard::setMapping(ColumnMapping mapping) {
    m_options.mapping = std::move(mapping);
    m_analysis.reset();
}

void ImportWizard::setDuplicatePolicy(DuplicatePolicy policy) {
    if (policy == m_options.onDuplicate)
        return;
    m_options.onDuplicate = policy;
    m_analysis.reset();
}

void ImportWizard::refreshPreview() {
    m_preview = ImportPreview::read(m_path, m_options.dialect);
    // A mapping made for other columns no longer applies.
    if (m_preview.ok() && static_cast<qsizetype>(m_options.mapping.size()) != m_preview->columnCount)
        m_options.mapping.clear();
    Q_EMIT previewChanged();
}

const Result<ImportReport>& ImportWizard::analysis() {
    if (!m_analysis) {
        if (m_working)
            return m_stopped; // asked again (isComplete) while the check runs: not complete yet
        m_working = true;
        const auto done = qScopeGuard([this] { m_working = false; });
        auto analysed = WorkDialog::run(this, tr("Import"), m_store, [this](Progress& progress) {
            ImportOptions options = m_options;
            options.progress = &progress;
            return ClientImporter(m_store, m_service).analyse(m_path, options);
        });
        if (!analysed) {
            m_interrupted = true; // locked meanwhile: the file is closed
            return m_stopped;
        }
        m_analysis = std::move(*analysed); // a cancelled one too: checked again when the page is shown again
    }
    return *m_analysis;
}

void ImportWizard::forgetCancelledAnalysis() {
    if (m_analysis && m_analysis->cancelled())
        m_analysis.reset();
}

Result<ImportReport> ImportWizard::commit() {
    const Result<ImportReport>& confirmed = analysis();
    if (!confirmed.ok())
        return confirmed.error();
    const ImportReport expected = confirmed.value();
    auto report = WorkDialog::run(this, tr("Import"), m_store, [this, &expected](Progress& progress) {
        ImportOptions options = m_options;
        options.progress = &progress;
        return ClientImporter(m_store, m_service).commit(m_path, options, &expected);
    });
    if (!report) {
        m_interrupted = true;
        return Progress::cancelledError();
    }
    m_analysis.reset();
    if (report->ok())
        m_result = report->value();
    return std::move(*report);
}

} // namespace koers
