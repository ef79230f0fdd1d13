// Fourth step of the import wizard: what the import would do, row by row: counts, the refused rows with
// their reason, remarks, and the choice between skipping and updating clients already stored.
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

namespace koers {

class ImportIssueModel;
class ImportWizard;

class ImportValidationPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportValidationPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

    QLabel* summaryLabel() const { return m_summary; }
    QRadioButton* updateButton() const { return m_update; }
    QRadioButton* skipButton() const { return m_skip; }
    ImportIssueModel* issueModel() const { return m_model; }
    // Writes the refused rows to a file chosen through the prompts.
    void saveRejected();

private:
    void analyse();

    ImportWizard* m_wizard;
    QLabel* m_summary;
    QRadioButton* m_skip;
    QRadioButton* m_update;
    ImportIssueModel* m_model;
    QTableView* m_view;
    QPushButton* m_save;
};

} // namespace koers
