// The real Prompts: Qt's message boxes, file dialogs and small input dialogs, made with the safe default button.
#pragma once

#include "Prompts.h"

#include <QCoreApplication>

#include <memory>

class QMessageBox;

namespace koers {

class QtPrompts final : public Prompts {
    Q_DECLARE_TR_FUNCTIONS(QtPrompts)

public:
    void information(QWidget* parent, const QString& title, const QString& text) override;
    void warning(QWidget* parent, const QString& title, const QString& text) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
    Choice question(QWidget* parent, const QString& title, const QString& text, Buttons buttons, Choice safe) override;
    QString text(QWidget* parent, const QString& title, const QString& label, const QString& initial) override;
    int choice(QWidget* parent, const QString& title, const QString& label, const QStringList& items) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString folder(QWidget* parent, const QString& title) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                         const QString& filter) override;
    bool date(QWidget* parent, const QString& title, const QString& label, QDate& date) override;
    bool dateWithReason(QWidget* parent, const QString& title, QDate& date, QString& reason) override;
    SecretBytes passphrase(QWidget* parent, const QString& title, const QString& label) override;

    // The box question() shows, not yet shown: tests check which button Enter and Esc press.
    static std::unique_ptr<QMessageBox> questionBox(QWidget* parent, const QString& title, const QString& text,
                                                    Buttons buttons, Choice safe);
    // The answer a button of questionBox() stands for.
    static Choice choiceOf(int standardButton);
};

} // namespace koers
