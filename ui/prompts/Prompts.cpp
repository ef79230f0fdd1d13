#include "Prompts.h"

#include "widgets/DateField.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>

namespace koers {

namespace {

class QtPrompts final : public Prompts {
public:
    void information(QWidget* parent, const QString& title, const QString& text) override {
        QMessageBox::information(parent, title, text);
    }
    void error(QWidget* parent, const QString& title, const QString& text) override {
        QMessageBox::critical(parent, title, text);
    }
    Choice question(QWidget* parent, const QString& title, const QString& text, bool withCancel) override {
        const auto buttons =
            QMessageBox::Yes | QMessageBox::No | (withCancel ? QMessageBox::Cancel : QMessageBox::NoButton);
        switch (QMessageBox::question(parent, title, text, buttons)) {
        case QMessageBox::Yes:
            return Choice::Yes;
        case QMessageBox::No:
            return Choice::No;
        default:
            return Choice::Cancel;
        }
    }
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    }
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    }
    bool dateWithReason(QWidget* parent, const QString& title, QDate& date, QString& reason) override {
        QDialog dialog(parent);
        dialog.setWindowTitle(title);
        auto* dateField = new DateField(&dialog);
        dateField->setDate(date);
        auto* reasonField = new QLineEdit(&dialog);
        reasonField->setAccessibleName(Prompts::tr("Reason"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        auto* form = new QFormLayout(&dialog);
        form->addRow(Prompts::tr("&Date"), dateField);
        form->addRow(Prompts::tr("&Reason"), reasonField);
        form->addRow(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted || !dateField->date().isValid())
            return false;
        date = dateField->date();
        reason = reasonField->text();
        return true;
    }
};

QtPrompts g_qtPrompts;
Prompts* g_current = &g_qtPrompts;

} // namespace

Prompts& Prompts::instance() {
    return *g_current;
}

void Prompts::setInstance(Prompts* prompts) {
    g_current = prompts ? prompts : &g_qtPrompts;
}

} // namespace koers
