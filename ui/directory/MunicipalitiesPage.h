// The file's municipalities: the list, and a form to add one or change the selected one (name, CBS code, and the
// letterhead its letters print: address lines and a logo).
#pragma once

#include "domain/Municipality.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace koers {

class Prompts;
class Store;

class MunicipalitiesPage : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, CbsCode, ColumnCount };

    MunicipalitiesPage(Store& store, Prompts& prompts, QWidget* parent = nullptr);
    void reload();
    void startNew();
    void showSelected();
    bool save();

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* codeField() const { return m_code; }
    QPlainTextEdit* addressField() const { return m_address; }
    QLabel* logoPreview() const { return m_logoPreview; }
    // Asks for a PNG or JPEG and shows it; saved with the municipality.
    void chooseLogo();
    void removeLogo();
    QLabel* message() const { return m_message; }

private:
    void showLogo();

    Store& m_store;
    Prompts& m_prompts;
    QString m_logo; // base64, as the municipality stores it
    std::vector<Municipality> m_places;
    QString m_editing;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QPlainTextEdit* m_address;
    QLabel* m_logoPreview;
    QPushButton* m_removeLogo;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace koers
