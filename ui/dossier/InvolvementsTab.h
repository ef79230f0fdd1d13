// Partner organisations and people around the client, with contact details. One opens in the form below to be
// changed (Enter, double click, context menu) and can be removed.
#pragma once

#include "DossierTab.h"

#include <optional>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace koers {

class InvolvementsTab : public DossierTab {
    Q_OBJECT
public:
    InvolvementsTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier) override;
    // The button: adds (or saves the one opened), or says why not.
    void add();
    void open(int row);
    void remove(int row);
    void removeSelected();
    void cancel();

    bool hasUnsavedEdits() const override { return m_edited; }
    Status saveEdits() override;
    void discardEdits() override;

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* phoneField() const { return m_phone; }

private:
    void resetForm();
    void fill(const Involvement& involvement);
    void setEdited(bool edited);

    std::vector<Involvement> m_rows;
    std::optional<Involvement> m_open;
    bool m_edited = false;
    bool m_filling = false;
    QTableWidget* m_table;
    QGroupBox* m_box;
    QComboBox* m_role;
    QLineEdit* m_organisation;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPushButton* m_add;
    QPushButton* m_cancel;
};

} // namespace koers
