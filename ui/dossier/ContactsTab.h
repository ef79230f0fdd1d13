// The conversation log (gesprekken) with the agreed next step. A conversation opens in the form below to be
// changed (Enter, double click, context menu); the selected one's whole summary shows under the list.
#pragma once

#include "DossierTab.h"

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace koers {

class DateField;

class ContactsTab : public DossierTab {
    Q_OBJECT
public:
    ContactsTab(DossierContext& ctx, QWidget* parent = nullptr);
    void load(const Dossier& dossier) override;
    // The button: adds the conversation (or saves the one opened), or says why not.
    void add();
    void open(int row);
    void remove(int row);
    void cancel();

    bool hasUnsavedEdits() const override { return m_edited; }
    Status saveEdits() override;
    void discardEdits() override;

    QTableWidget* table() const { return m_table; }
    // Selects the conversation with this id, its whole text below the list; false when it is not listed.
    bool selectContact(const QString& contactId);
    DateField* dateField() const { return m_date; }
    QPlainTextEdit* summaryField() const { return m_summary; }
    QLineEdit* nextStepField() const { return m_nextStep; }
    DateField* nextStepDateField() const { return m_nextStepDate; }
    QLabel* detail() const { return m_detail; }
    QPushButton* addButton() const { return m_add; }

private:
    void resetForm();
    void fill(const Contact& contact);
    void setEdited(bool edited);
    void showDetail();
    Status validate() const;

    std::vector<Contact> m_rows;
    std::optional<Contact> m_open;
    bool m_edited = false;
    bool m_filling = false;
    QTableWidget* m_table;
    QLabel* m_detail;
    QGroupBox* m_box;
    DateField* m_date;
    QComboBox* m_kind;
    QLineEdit* m_withWhom;
    QPlainTextEdit* m_summary;
    QLineEdit* m_nextStep;
    DateField* m_nextStepDate;
    QPushButton* m_add;
    QPushButton* m_cancel;
};

} // namespace koers
