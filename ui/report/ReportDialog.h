// ReportDialog: choose the period, the municipalities and the small-cell threshold of a B&W report,
// then preview it (print preview), save it as PDF or save its figures as CSV. File dialogs and messages
// go through Prompts, so tests drive every button.
#pragma once

#include "report/Report.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrintPreviewDialog;
class QPushButton;
class QSpinBox;

namespace koers {

class Prompts;

class AppSettings;
class Store;

class ReportDialog final : public QDialog {
    Q_OBJECT

public:
    enum class PeriodKind { Quarter, HalfYear, Year, Custom };

    ReportDialog(Store& store, AppSettings& settings, Prompts& prompts, QWidget* parent = nullptr);
    ~ReportDialog() override;

    ReportSpec spec() const;
    void setPeriod(PeriodKind kind, int year, int part);
    void setCustomPeriod(QDate from, QDate to);
    // Checks the municipalities with these ids (none: every municipality).
    void selectMunicipalities(const QStringList& ids);

    // nullopt when a lock closed the file meanwhile.
    std::optional<Result<Report>> makeReport();
    void preview();
    // The print preview of the report, opened window-modal (not blocking); it deletes itself when closed.
    QPrintPreviewDialog* openPreview();
    bool savePdf();
    bool saveCsv();

    QComboBox* periodKindBox() const { return m_kind; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    QListWidget* municipalityList() const { return m_municipalities; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* csvButton() const { return m_csv; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void updatePeriod();
    void updateSummary();
    QString suggestedName(const QString& suffix) const;

    Store& m_store;
    AppSettings& m_settings;
    Prompts& m_prompts;
    std::unique_ptr<DashboardFigures> m_figures; // the facts are read once per dialog
    QComboBox* m_kind;
    QSpinBox* m_year;
    QComboBox* m_part;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QListWidget* m_municipalities;
    QSpinBox* m_threshold;
    QLabel* m_summary;
    QPushButton* m_preview;
    QPushButton* m_pdf;
    QPushButton* m_csv;
};

} // namespace koers
