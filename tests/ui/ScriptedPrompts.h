// Prompts for tests: records what would have been shown and answers from a script.
#pragma once

#include "prompts/Prompts.h"

#include <deque>

namespace koers::test {

class ScriptedPrompts final : public Prompts {
public:
    void information(QWidget*, const QString&, const QString& text) override { shown << text; }
    void warning(QWidget*, const QString&, const QString& text) override { warnings << text; }
    void error(QWidget*, const QString&, const QString& text) override { errors << text; }
    // An unscripted question is cancelled; the safe answer (what Enter gives) is kept for the test to check.
    Choice question(QWidget*, const QString&, const QString& text, Buttons buttons, Choice safe) override {
        shown << text;
        lastButtons = buttons;
        lastSafe = safe;
        if (answers.empty())
            return Choice::Cancel;
        const Choice c = answers.front();
        answers.pop_front();
        return c;
    }
    QString text(QWidget*, const QString&, const QString&, const QString&) override { return nextText; }
    // Chooses the item named `nextChoice` (-1 when it is not offered, as a cancel); the offered items are kept.
    int choice(QWidget*, const QString&, const QString&, const QStringList& items) override {
        offered = items;
        return static_cast<int>(items.indexOf(nextChoice));
    }
    QString openFileName(QWidget*, const QString&, const QString&) override { return nextFile; }
    QString saveFileName(QWidget*, const QString&, const QString& suggested, const QString&) override {
        lastSuggested = suggested;
        return nextFile;
    }
    QString folder(QWidget*, const QString&) override { return nextFolder; }
    // Takes the next scripted date; unscripted, the proposed date stands, as when Enter is pressed.
    bool date(QWidget*, const QString&, const QString& label, QDate& date) override {
        shown << label;
        if (!dates.empty()) {
            date = dates.front();
            dates.pop_front();
        }
        return date.isValid();
    }
    bool dateWithReason(QWidget*, const QString&, QDate& date, QString& reason) override {
        if (!nextDate.isValid())
            return false;
        date = nextDate;
        reason = nextReason;
        return true;
    }
    SecretBytes passphrase(QWidget*, const QString&, const QString&) override {
        return SecretBytes(nextPassphrase.toUtf8());
    }

    QStringList shown;
    QString nextChoice;
    QStringList offered;
    QStringList warnings;
    QStringList errors;
    std::deque<Choice> answers;
    std::deque<QDate> dates; // answers to date(); an invalid one cancels
    Buttons lastButtons = Buttons::YesNo;
    Choice lastSafe = Choice::Cancel;
    QString nextText;
    QString nextFile;
    QString lastSuggested;
    QString nextFolder;
    QDate nextDate;
    QString nextReason;
    QString nextPassphrase;
};

} // namespace koers::test
