// Personal data and administrative dates of the client; saving replans the milestones.
#pragma once

#include "ClientForm.h"
#include "DossierTab.h"

class QPushButton;

namespace koers {

class PersonalTab : public DossierTab {
    Q_OBJECT
public:
    PersonalTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier) override;
    // Saves the form as an undoable step; false when there was nothing to save or it was refused (the form then
    // shows why).
    bool save();
    bool isModified() const { return m_modified; }
    ClientForm* form() const { return m_form; }

    bool hasUnsavedEdits() const override { return m_modified; }
    Status saveEdits() override;
    void discardEdits() override;

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void setModified(bool modified);

    ClientForm* m_form;
    QPushButton* m_save;
    Client m_loaded;
    bool m_modified = false;
};

} // namespace koers
