// The broad intake: its period, the learnability test, and a score and note per topic (design §2).
#pragma once

#include "DossierTab.h"

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace koers {

class DateField;

class IntakeTab : public DossierTab {
    Q_OBJECT
public:
    IntakeTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier) override;
    // The Save button: saves, or says why not.
    void save();

    bool hasUnsavedEdits() const override { return m_modified; }
    Status saveEdits() override;
    void discardEdits() override;

    QTableWidget* table() const { return m_table; }
    QSpinBox* lbtField() const { return m_lbt; }

private:
    void show(const Intake& intake, const std::vector<IntakeSection>& sections);
    void setModified(bool modified);

    Intake m_intake;
    std::vector<IntakeSection> m_sections;
    DateField* m_start;
    DateField* m_completed;
    QSpinBox* m_lbt;
    QTableWidget* m_table;
    QPushButton* m_save;
    bool m_modified = false;
    bool m_showing = false; // filling the fields is no edit
};

} // namespace koers
