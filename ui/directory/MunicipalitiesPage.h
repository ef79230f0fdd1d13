// The file's municipalities: the list, and a form to add one or change the selected one (name, CBS code).
#pragma once

#include "domain/Municipality.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace koers {

class Store;

class MunicipalitiesPage : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, CbsCode, ColumnCount };

    MunicipalitiesPage(Store& store, QWidget* parent = nullptr);
    void reload();
    void startNew();
    void showSelected();
    bool save();

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* codeField() const { return m_code; }
    QLabel* message() const { return m_message; }

private:
    Store& m_store;
    std::vector<Municipality> m_places;
    QString m_editing;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace koers
