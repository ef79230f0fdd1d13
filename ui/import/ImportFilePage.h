// First step of the import wizard: which file.
#pragma once

#include <QWizardPage>

class QLineEdit;

namespace koers {

class ImportWizard;

class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* pathEdit() const { return m_path; }

private:
    ImportWizard* m_wizard;
    QLineEdit* m_path;
};

} // namespace koers
