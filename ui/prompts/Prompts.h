// The one seam between the screens and modal interaction: messages, questions, a line of text, files and
// passphrases (as KeePassXC's MessageBox/FileDialog, qTox's IMessageBoxManager). Every screen gets it from its
// creator; the program passes QtPrompts (the real dialogs), tests a script, so no test meets a modal dialog.
#pragma once

#include "util/SecureBytes.h"

#include <QDate>
#include <QString>

class QWidget;

namespace koers {

class Prompts {
public:
    enum class Choice { Yes, No, Cancel };
    // The buttons a question offers. With SaveDiscardCancel, Save answers Yes and Discard No.
    enum class Buttons { YesNo, YesNoCancel, SaveDiscardCancel };

    virtual ~Prompts() = default;

    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warning(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    // `safe` is the answer Enter gives: where a question can create a duplicate or delete data, the answer that
    // does neither. Closing the box answers Cancel (No when there is no Cancel).
    virtual Choice question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                            Choice safe) = 0;
    // A line of text, trimmed; a null string when cancelled.
    virtual QString text(QWidget* parent, const QString& title, const QString& label, const QString& initial = {}) = 0;
    // One of `items` (shown in this order, the first chosen at first); its index, or -1 when cancelled.
    virtual int choice(QWidget* parent, const QString& title, const QString& label, const QStringList& items) = 0;
    // File names; empty when cancelled.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                 const QString& filter) = 0;
    // An existing folder (a USB stick for a backup); empty when cancelled.
    virtual QString folder(QWidget* parent, const QString& title) = 0;
    // A date, proposed in `date` (e.g. the day a milestone was achieved). False when cancelled.
    virtual bool date(QWidget* parent, const QString& title, const QString& label, QDate& date) = 0;
    // A date and a reason, for overriding a computed due date. False when cancelled.
    virtual bool dateWithReason(QWidget* parent, const QString& title, QDate& date, QString& reason) = 0;
    // A passphrase, typed without echo; empty when cancelled. The caller wipes it (SecretBytes).
    virtual SecretBytes passphrase(QWidget* parent, const QString& title, const QString& label) = 0;
};

} // namespace koers
