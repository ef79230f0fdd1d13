// ImportWizard: brings a client spreadsheet in, step by step (design §7): choose the file, check the
// detected dialect against a live preview, correct the column mapping (or take a saved profile), read the
// validation summary with the refused rows, confirm. Nothing is written before the last step; then
// ClientImporter writes everything in one transaction, or nothing.
#pragma once

#include "import/ClientImporter.h"
#include "import/ImportPreview.h"

#include <QWizard>

#include <optional>

namespace koers {

class ClientService;
class Prompts;
class Store;

class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePageId, DialectPageId, MappingPageId, ValidationPageId, ConfirmPageId };

    // The store, service and prompts must outlive the wizard.
    ImportWizard(Store& store, ClientService& service, Prompts& prompts, QWidget* parent = nullptr);

    Store& store() { return m_store; }
    Prompts& prompts() { return m_prompts; }

    const QString& path() const { return m_path; }
    void setPath(const QString& path);
    const CsvDialect& dialect() const { return m_options.dialect; }
    void setDialect(const CsvDialect& dialect);
    const ColumnMapping& mapping() const { return m_options.mapping; }
    void setMapping(ColumnMapping mapping);
    DuplicatePolicy duplicatePolicy() const { return m_options.onDuplicate; }
    void setDuplicatePolicy(DuplicatePolicy policy);

    // The preview for the current path and dialect; an error when the file cannot be read that way.
    const Result<ImportPreview>& preview() const { return m_preview; }

    // The analysis of the current choices (run again after any change), and the commit's report.
    // Both run behind a WorkDialog; a cancelled one returns ErrorCode::Cancelled. After a lock closed the file
    // meanwhile, interrupted() is true and the pages return without touching anything.
    const Result<ImportReport>& analysis();
    Result<ImportReport> commit();
    bool interrupted() const { return m_interrupted; }
    void forgetCancelledAnalysis();
    const std::optional<ImportReport>& result() const { return m_result; }

Q_SIGNALS:
    void previewChanged();

private:
    void refreshPreview();

    Store& m_store;
    ClientService& m_service;
    Prompts& m_prompts;
    QString m_path;
    ImportOptions m_options;
    Result<ImportPreview> m_preview;
    std::optional<Result<ImportReport>> m_analysis;
    const Result<ImportReport> m_stopped{Progress::cancelledError()};
    bool m_interrupted = false;
    bool m_working = false; // a check runs behind its WorkDialog
    std::optional<ImportReport> m_result;
};

} // namespace koers
