// Personal data and administrative dates of the client; saving replans the milestones.
#pragma once

#include "ClientForm.h"
#include "DossierContext.h"
#include "domain/Dossier.h"

#include <QWidget>

class QPushButton;

namespace koers {

class PersonalTab : public QWidget {
    Q_OBJECT
public:
    PersonalTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier, Store& store);
    // Saves the form as an undoable step; false when there was nothing to save or it was refused.
    bool save();
    bool isModified() const { return m_modified; }
    ClientForm* form() const { return m_form; }

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void setModified(bool modified);

    DossierContext& m_ctx;
    ClientForm* m_form;
    QPushButton* m_save;
    Client m_loaded;
    bool m_modified = false;
};

} // namespace koers
