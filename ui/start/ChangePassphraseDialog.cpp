#include "ChangePassphraseDialog.h"

#include "widgets/PassphraseAids.h"

#include "rules/PassphraseStrength.h"
#include "util/SecureBytes.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace koers {

namespace {
// Every field is emptied as soon as it is read, so the passphrases do not linger in the widgets.
void clearAll(std::initializer_list<QLineEdit*> fields) {
    for (QLineEdit* f : fields)
        f->clear();
}
} // namespace

ChangePassphraseDialog::ChangePassphraseDialog(Change change, QWidget* parent)
    : QDialog(parent)
    , m_change(std::move(change))
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_strengthBar(PassphraseAids::makeStrengthBar(this))
    , m_message(new QLabel(this))
    , m_changeButton(new QPushButton(tr("C&hange"), this)) {
    setWindowTitle(tr("Change passphrase"));
    auto* caps = PassphraseAids::makeCapsWarning(this);
    for (QLineEdit* f : {m_old, m_new, m_repeat})
        PassphraseAids::attach(f, caps);
    m_old->setAccessibleName(tr("Current passphrase"));
    m_new->setAccessibleName(tr("New passphrase"));
    m_repeat->setAccessibleName(tr("Repeat the new passphrase"));
    m_strength->setText(PassphraseStrength::text(PassphraseStrength::Level::TooShort));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    connect(m_new, &QLineEdit::textChanged, this,
            [this](const QString& text) { PassphraseAids::showStrength(m_strengthBar, m_strength, text); });

    auto* intro = new QLabel(tr("Koers first keeps an encrypted backup of the file under the current passphrase, then "
                                "re-encrypts the whole file with the new one. There is no way back from a lost "
                                "passphrase."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current passphrase:"), m_old);
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Strength:"), m_strengthBar);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), caps);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_changeButton, QDialogButtonBox::AcceptRole);
    m_changeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_changeButton, &QPushButton::clicked, this, &ChangePassphraseDialog::submit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(460, 0);
}

void ChangePassphraseDialog::showMessage(const QString& text) {
    m_message->setText(text);
    // A wrapped message needs more height than the window was given when it opened.
    if (layout()->hasHeightForWidth())
        resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
}

void ChangePassphraseDialog::submit() {
    m_message->clear();
    if (m_old->text().isEmpty()) {
        showMessage(tr("Enter the current passphrase."));
        m_old->setFocus();
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        showMessage(tr("The two new passphrases differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    // The same rule as for a new file.
    if (PassphraseStrength::assess(m_new->text()) == PassphraseStrength::Level::TooShort) {
        showMessage(PassphraseStrength::text(PassphraseStrength::Level::TooShort));
        m_new->setFocus();
        return;
    }
    SecretBytes oldPassphrase(m_old->text().toUtf8());
    SecretBytes newPassphrase(m_new->text().toUtf8());
    clearAll({m_old, m_new, m_repeat});
    const Status changed = m_change(oldPassphrase.bytes(), newPassphrase.bytes());
    if (!changed.ok()) {
        showMessage(changed.message());
        m_old->setFocus();
        return;
    }
    accept();
}

} // namespace koers
