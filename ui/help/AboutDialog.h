// Help > About Koers: the version, what the program is for, its licence (GPL-3.0-or-later, no warranty) and the
// versions of the libraries that keep the data (Qt, SQLCipher).
#pragma once

#include <QDialog>

class QLabel;

namespace koers {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    // `cipherVersion` as the open file's SQLCipher reports it; empty when no file is open.
    explicit AboutDialog(const QString& cipherVersion, QWidget* parent = nullptr);

    QLabel* textLabel() const { return m_text; }

private:
    QLabel* m_text;
};

} // namespace koers
