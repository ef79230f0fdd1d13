// Second step of the import wizard: the detected separator, encoding and header row, each correctable,
// with a preview that follows every change.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace koers {

class ImportWizard;
class PreviewModel;

class ImportDialectPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportDialectPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

    QComboBox* delimiterBox() const { return m_delimiter; }
    QComboBox* encodingBox() const { return m_encoding; }
    QCheckBox* headerBox() const { return m_header; }
    PreviewModel* previewModel() const { return m_model; }
    QLabel* errorLabel() const { return m_error; }

private:
    void applyChoices();
    void showPreview();

    ImportWizard* m_wizard;
    QComboBox* m_delimiter;
    QComboBox* m_encoding;
    QCheckBox* m_header;
    QLabel* m_error;
    PreviewModel* m_model;
    QTableView* m_view;
    bool m_updating = false;
};

} // namespace koers
