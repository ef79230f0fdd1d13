// The team lead's retention list ("Bewaartermijn"): dossiers whose integration duty ended longer ago than the
// retention setting, to select and anonymise for good after a confirmation.
#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace koers {

class Prompts;

class Store;

class RetentionView : public QDialog {
    Q_OBJECT
public:
    enum Column { Name, Municipality, Status, DutyEnded, ExpiredOn, ColumnCount };

    RetentionView(Store& store, QDate today, Prompts& prompts, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    QPushButton* anonymiseButton() const { return m_anonymise; }
    QLabel* summaryLabel() const { return m_summary; }
    bool changedRecords() const { return m_changed; }

private:
    void anonymiseSelected();

    Store& m_store;
    QDate m_today;
    Prompts& m_prompts;
    int m_years = 5;
    QTableWidget* m_table;
    QPushButton* m_anonymise;
    QLabel* m_summary;
    bool m_changed = false;
};

} // namespace koers
