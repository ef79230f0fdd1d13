// The file's coaches: the list, and a form to add one or change the selected one (name, e-mail, team, active).
// A coach is deactivated rather than deleted: the clients keep their coach.
#pragma once

#include "domain/Coach.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace koers {

class Store;

class CoachesPage : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, Team, Email, Active, ColumnCount };

    CoachesPage(Store& store, QWidget* parent = nullptr);
    void reload();
    // The form for a new coach; the selected coach in the form; the form saved (added or changed).
    void startNew();
    void showSelected();
    bool save();

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* emailField() const { return m_email; }
    QLineEdit* teamField() const { return m_team; }
    QCheckBox* activeBox() const { return m_active; }
    QLabel* message() const { return m_message; }

private:
    Store& m_store;
    std::vector<Coach> m_coaches;
    QString m_editing; // the id of the coach in the form; empty: a new one
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_team;
    QCheckBox* m_active;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace koers
