#include "HandoverDialog.h"

#include "prompts/Prompts.h"
#include "rules/PassphraseStrength.h"
#include "storage/Store.h"
#include "util/SecureBytes.h"
#include "widgets/DateField.h"
#include "widgets/PassphraseAids.h"
#include "widgets/WorkDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace koers {

HandoverDialog::HandoverDialog(Store& store, Prompts& prompts, QStringList clientIds, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_prompts(prompts)
    , m_clientIds(std::move(clientIds))
    , m_date(new DateField(this))
    , m_pass(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strengthBar(PassphraseAids::makeStrengthBar(this))
    , m_strength(new QLabel(PassphraseStrength::text(PassphraseStrength::Level::TooShort), this))
    , m_button(new QPushButton(tr("&Hand over..."), this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Hand over to another municipality"));
    const int n = static_cast<int>(m_clientIds.size());
    auto* intro = new QLabel(
        tr("%n client(s) are handed over to another municipality or provider. Koers writes a package of exactly "
           "their dossiers, which the receiver imports as a normal sync package.",
           nullptr, n) +
            QStringLiteral("\n\n") +
            tr("Here they then become \"Moved away\" on the date below, and their dossiers follow the retention "
               "period from that date."),
        this);
    intro->setWordWrap(true);
    m_date->setDate(m_store.clock().today());
    m_date->setAccessibleName(tr("Date of the handover"));
    m_pass->setAccessibleName(tr("Package passphrase"));
    m_repeat->setAccessibleName(tr("Repeat the package passphrase"));
    auto* caps = PassphraseAids::makeCapsWarning(this);
    PassphraseAids::attach(m_pass, caps);
    PassphraseAids::attach(m_repeat, caps);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Date of the handover:"), m_date);
    form->addRow(tr("Package passphrase:"), m_pass);
    form->addRow(tr("Repeat passphrase:"), m_repeat);
    form->addRow(tr("Strength:"), m_strengthBar);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), caps);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_button, QDialogButtonBox::AcceptRole);
    m_button->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_pass, &QLineEdit::textChanged, this, [this](const QString& text) {
        PassphraseAids::showStrength(m_strengthBar, m_strength, text);
        updateButton();
    });
    connect(m_repeat, &QLineEdit::textChanged, this, &HandoverDialog::updateButton);
    connect(m_date, &QLineEdit::textChanged, this, &HandoverDialog::updateButton);
    // The button stands in the accept role's place; the dialog is accepted only once the handover is done.
    connect(m_button, &QPushButton::clicked, this, &HandoverDialog::handOver);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    updateButton();
}

void HandoverDialog::updateButton() {
    const bool match = !m_pass->text().isEmpty() && m_pass->text() == m_repeat->text();
    m_button->setEnabled(match && m_date->date().isValid());
}

void HandoverDialog::handOver() {
    if (!m_date->date().isValid()) {
        m_status->setText(tr("Enter the date of the handover as dd-mm-yyyy."));
        return;
    }
    if (m_pass->text() != m_repeat->text()) {
        m_status->setText(tr("The two passphrases differ."));
        return;
    }
    if (!PassphraseStrength::acceptable(m_pass->text())) {
        m_status->setText(PassphraseStrength::text(PassphraseStrength::Level::TooShort));
        return;
    }
    const QDate date = m_date->date();
    QString path = m_prompts.saveFileName(this, tr("Write the handover package"),
                                          tr("handover-%1.koerssync").arg(date.toString(QStringLiteral("yyyy-MM-dd"))),
                                          tr("Koers sync packages (*.koerssync)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".koerssync")))
        path += QStringLiteral(".koerssync");
    SecretBytes pass(m_pass->text().toUtf8());
    m_pass->clear();
    m_repeat->clear();
    auto done = WorkDialog::run(this, tr("Hand over"), m_store, [&](Progress& progress) {
        return CaseloadService(m_store).transfer(m_clientIds, path, pass.bytes(), date, &progress);
    });
    if (!done)
        return; // locked meanwhile: the file is closed
    if (done->cancelled()) {
        m_status->setText(tr("Cancelled; no package was written and nothing changed."));
        return;
    }
    if (!done->ok()) {
        m_status->setText(done->message());
        m_prompts.warning(this, tr("Hand over"), done->message());
        return;
    }
    m_result = done->value();
    accept();
}

} // namespace koers
