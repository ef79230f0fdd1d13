// File > Change passphrase...: the current passphrase, the new one twice with the strength hint of the start
// dialog; the change itself (with a backup first) is the caller's, so errors show here.
#pragma once

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace koers {

class ChangePassphraseDialog : public QDialog {
    Q_OBJECT
public:
    using Change = std::function<Status(QByteArrayView oldPassphrase, QByteArrayView newPassphrase)>;

    explicit ChangePassphraseDialog(Change change, QWidget* parent = nullptr);

    QLineEdit* oldField() const { return m_old; }
    QLineEdit* newField() const { return m_new; }
    QLineEdit* repeatField() const { return m_repeat; }
    QLabel* strengthLabel() const { return m_strength; }
    QProgressBar* strengthBar() const { return m_strengthBar; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* changeButton() const { return m_changeButton; }

private:
    void submit();
    void showMessage(const QString& text);

    Change m_change;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_strength;
    QProgressBar* m_strengthBar;
    QLabel* m_message;
    QPushButton* m_changeButton;
};

} // namespace koers
