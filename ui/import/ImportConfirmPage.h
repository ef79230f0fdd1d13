// Last step of the import wizard: what will be written, and the button that writes it, all at once.
#pragma once

#include <QWizardPage>

class QLabel;

namespace koers {

class ImportWizard;

class ImportConfirmPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportConfirmPage(ImportWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

    QLabel* textLabel() const { return m_text; }

private:
    ImportWizard* m_wizard;
    QLabel* m_text;
};

} // namespace koers
