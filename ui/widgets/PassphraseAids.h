// What a passphrase field needs besides hiding what is typed: a "show passphrase" toggle at its end (the eye),
// and a warning when Caps Lock seems to be on. Qt cannot ask the keyboard for Caps Lock on every platform, so the
// field infers it from what is typed, as login screens do: a capital letter without Shift (or a small one with
// Shift) means Caps Lock is on; the opposite means it is off. One warning label serves all fields of a form.
#pragma once

#include <QObject>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QWidget;

namespace koers {

class PassphraseAids final : public QObject {
    Q_OBJECT
public:
    // Attaches the toggle to `field` (echo mode Password) and, if given, the Caps Lock warning `capsWarning`
    // (hidden until needed). The aids belong to the field.
    static PassphraseAids* attach(QLineEdit* field, QLabel* capsWarning = nullptr);
    // A warning label for attach(): hidden, in the form's warning colour, the text translated.
    static QLabel* makeCapsWarning(QWidget* parent);

    // The strength bar under a new passphrase (TooShort empty ... Strong full), beside the words of `text`.
    static QProgressBar* makeStrengthBar(QWidget* parent);
    static void showStrength(QProgressBar* bar, QLabel* text, const QString& passphrase);

    QAction* revealAction() const { return m_reveal; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    PassphraseAids(QLineEdit* field, QLabel* capsWarning);
    void setRevealed(bool on);

    QLineEdit* m_field;
    QLabel* m_caps;
    QAction* m_reveal;
};

} // namespace koers
