// The seam between screens and modal questions (message boxes, file dialogs, passphrase entry), so
// tests drive every path without a real modal dialog. The app uses the Qt dialogs; tests script answers.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class QWidget;

namespace koers {

class Prompts {
    Q_DECLARE_TR_FUNCTIONS(Prompts)

public:
    enum class Choice { Yes, No, Cancel };

    virtual ~Prompts() = default;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual Choice question(QWidget* parent, const QString& title, const QString& text, bool withCancel) = 0;
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                 const QString& filter) = 0;
    // A date and a reason, for overriding a computed due date. False when cancelled.
    virtual bool dateWithReason(QWidget* parent, const QString& title, QDate& date, QString& reason) = 0;

    // The app's instance; tests replace it with a scripted one.
    static Prompts& instance();
    static void setInstance(Prompts* prompts); // nullptr restores the Qt dialogs
};

} // namespace koers
