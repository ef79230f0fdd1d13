// Third step of the import wizard: which field each column fills, guessed from the headers, correctable
// per column, or taken from a saved profile; the mapping can be saved as a profile for the next file.
#pragma once

#include "import/ColumnMapper.h"

#include <QWizardPage>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;

namespace koers {

class ImportWizard;

class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    const std::vector<QComboBox*>& fieldBoxes() const { return m_fields; }
    QComboBox* profileBox() const { return m_profile; }
    // Saves the current mapping under a name asked through the prompts.
    void saveProfile();

private:
    void rebuild();
    void setMappingToBoxes(const ColumnMapping& mapping);
    void fieldChosen(size_t column);
    void profileChosen();
    void reloadProfiles(const QString& select = {});
    ColumnMapping currentMapping() const;
    QStringList headers() const;

    ImportWizard* m_wizard;
    QComboBox* m_profile;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    QLabel* m_warning;
    std::vector<QComboBox*> m_fields;
    bool m_updating = false;
};

} // namespace koers
