#include "PassphraseAids.h"

#include "rules/PassphraseStrength.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStyle>

namespace koers {

PassphraseAids* PassphraseAids::attach(QLineEdit* field, QLabel* capsWarning) {
    return new PassphraseAids(field, capsWarning);
}

QLabel* PassphraseAids::makeCapsWarning(QWidget* parent) {
    auto* label = new QLabel(tr("Caps Lock is on."), parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setAccessibleName(tr("Caps Lock is on."));
    label->hide();
    return label;
}

QProgressBar* PassphraseAids::makeStrengthBar(QWidget* parent) {
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, static_cast<int>(PassphraseStrength::Level::Strong));
    bar->setValue(0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->setAccessibleName(tr("Strength of the passphrase"));
    return bar;
}

void PassphraseAids::showStrength(QProgressBar* bar, QLabel* text, const QString& passphrase) {
    const PassphraseStrength::Level level = PassphraseStrength::assess(passphrase);
    bar->setValue(static_cast<int>(level));
    text->setText(PassphraseStrength::text(level));
    bar->setAccessibleDescription(text->text());
}

PassphraseAids::PassphraseAids(QLineEdit* field, QLabel* capsWarning)
    : QObject(field)
    , m_field(field)
    , m_caps(capsWarning)
    , m_reveal(new QAction(field)) {
    m_field->setEchoMode(QLineEdit::Password);
    m_reveal->setCheckable(true);
    m_reveal->setIcon(QIcon::fromTheme(QStringLiteral("view-visible"),
                                       m_field->style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    setRevealed(false);
    connect(m_reveal, &QAction::toggled, this, &PassphraseAids::setRevealed);
    m_field->addAction(m_reveal, QLineEdit::TrailingPosition);
    m_field->installEventFilter(this);
}

void PassphraseAids::setRevealed(bool on) {
    m_field->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    const QString text = on ? tr("Hide the passphrase") : tr("Show the passphrase");
    m_reveal->setText(text);
    m_reveal->setToolTip(text);
}

bool PassphraseAids::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_field) {
        if (event->type() == QEvent::KeyPress && m_caps) {
            const auto* key = static_cast<const QKeyEvent*>(event);
            const QString text = key->text();
            if (text.size() == 1 && text[0].isLetter() && text[0].toUpper() != text[0].toLower()) {
                const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
                m_caps->setVisible(text[0].isUpper() != shift);
            }
        } else if (event->type() == QEvent::FocusOut) {
            // What is shown stays shown only while the coach is in the field.
            m_reveal->setChecked(false);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace koers
