#include "QtPrompts.h"

#include "widgets/DateField.h"
#include "widgets/PassphraseAids.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace koers {

void QtPrompts::information(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::information(parent, title, text);
}

void QtPrompts::warning(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::warning(parent, title, text);
}

void QtPrompts::error(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::critical(parent, title, text);
}

std::unique_ptr<QMessageBox> QtPrompts::questionBox(QWidget* parent, const QString& title, const QString& text,
                                                    Buttons buttons, Choice safe) {
    auto box = std::make_unique<QMessageBox>(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    const bool saveDiscard = buttons == Buttons::SaveDiscardCancel;
    const auto yes = saveDiscard ? QMessageBox::Save : QMessageBox::Yes;
    const auto no = saveDiscard ? QMessageBox::Discard : QMessageBox::No;
    box->setStandardButtons(yes | no | (buttons == Buttons::YesNo ? QMessageBox::NoButton : QMessageBox::Cancel));
    box->setDefaultButton(safe == Choice::Yes ? yes : safe == Choice::No ? no : QMessageBox::Cancel);
    box->setEscapeButton(buttons == Buttons::YesNo ? no : QMessageBox::Cancel);
    return box;
}

Prompts::Choice QtPrompts::choiceOf(int standardButton) {
    switch (standardButton) {
    case QMessageBox::Yes:
    case QMessageBox::Save:
        return Choice::Yes;
    case QMessageBox::No:
    case QMessageBox::Discard:
        return Choice::No;
    default:
        return Choice::Cancel;
    }
}

Prompts::Choice QtPrompts::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                    Choice safe) {
    auto box = questionBox(parent, title, text, buttons, safe);
    const Choice answer = choiceOf(box->exec());
    // Closed by the window manager without Cancel on offer: no is the answer that changes nothing.
    return buttons == Buttons::YesNo && answer == Choice::Cancel ? Choice::No : answer;
}

QString QtPrompts::text(QWidget* parent, const QString& title, const QString& label, const QString& initial) {
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? text.trimmed() : QString();
}

int QtPrompts::choice(QWidget* parent, const QString& title, const QString& label, const QStringList& items) {
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? static_cast<int>(items.indexOf(chosen)) : -1;
}

QString QtPrompts::openFileName(QWidget* parent, const QString& title, const QString& filter) {
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString QtPrompts::folder(QWidget* parent, const QString& title) {
    return QFileDialog::getExistingDirectory(parent, title);
}

QString QtPrompts::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter) {
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool QtPrompts::date(QWidget* parent, const QString& title, const QString& label, QDate& date) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* dateField = new DateField(&dialog);
    dateField->setDate(date);
    dateField->setAccessibleName(label);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(label, dateField);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || !dateField->date().isValid())
        return false;
    date = dateField->date();
    return true;
}

bool QtPrompts::dateWithReason(QWidget* parent, const QString& title, QDate& date, QString& reason) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* dateField = new DateField(&dialog);
    dateField->setDate(date);
    auto* reasonField = new QLineEdit(&dialog);
    reasonField->setAccessibleName(tr("Reason"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Date"), dateField);
    form->addRow(tr("&Reason"), reasonField);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || !dateField->date().isValid())
        return false;
    date = dateField->date();
    reason = reasonField->text();
    return true;
}

SecretBytes QtPrompts::passphrase(QWidget* parent, const QString& title, const QString& label) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* field = new QLineEdit(&dialog);
    field->setAccessibleName(label);
    auto* caps = PassphraseAids::makeCapsWarning(&dialog);
    PassphraseAids::attach(field, caps);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(label, field);
    form->addRow(QString(), caps);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    SecretBytes typed(accepted ? field->text().toUtf8() : QByteArray());
    field->clear();
    return typed;
}

} // namespace koers
