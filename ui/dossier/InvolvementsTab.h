// Partner organisations and people around the client, with contact details.
#pragma once

#include "DossierContext.h"
#include "domain/Dossier.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace koers {

class InvolvementsTab : public QWidget {
    Q_OBJECT
public:
    InvolvementsTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier);
    void add();
    void removeSelected();

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameField() const { return m_name; }

private:
    DossierContext& m_ctx;
    QTableWidget* m_table;
    QComboBox* m_role;
    QLineEdit* m_organisation;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    std::vector<Involvement> m_rows;
};

} // namespace koers
