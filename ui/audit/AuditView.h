// View > Audit log...: the team lead's read-only view of who did what, when, to which client, with
// filters for user, device, client, action and period, in people's words, and an export of what is shown (CSV).
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace koers {

class AuditModel;
class Prompts;
class Store;

class AuditView : public QDialog {
    Q_OBJECT
public:
    AuditView(Store& store, Prompts& prompts, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    QComboBox* userFilter() const { return m_user; }
    QComboBox* deviceFilter() const { return m_device; }
    QComboBox* clientFilter() const { return m_client; }
    QComboBox* actionFilter() const { return m_action; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* exportButton() const { return m_export; }

private:
    void applyFilter();
    // The entries shown (with the filters applied) as a CSV the user names.
    void exportShown();

    Store& m_store;
    Prompts& m_prompts;
    AuditModel* m_model;
    QTableView* m_table;
    QComboBox* m_user;
    QComboBox* m_device;
    QComboBox* m_client;
    QComboBox* m_action;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QPushButton* m_export;
};

} // namespace koers
