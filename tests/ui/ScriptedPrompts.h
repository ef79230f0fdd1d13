// Prompts for tests: records what would have been shown and answers from a script.
#pragma once

#include "prompts/Prompts.h"

#include <deque>

namespace koers::test {

class ScriptedPrompts final : public Prompts {
public:
    ScriptedPrompts() { Prompts::setInstance(this); }
    ~ScriptedPrompts() override { Prompts::setInstance(nullptr); }

    void information(QWidget*, const QString&, const QString& text) override { shown << text; }
    void error(QWidget*, const QString&, const QString& text) override { errors << text; }
    Choice question(QWidget*, const QString&, const QString& text, bool) override {
        shown << text;
        if (answers.empty())
            return Choice::Cancel;
        const Choice c = answers.front();
        answers.pop_front();
        return c;
    }
    QString openFileName(QWidget*, const QString&, const QString&) override { return nextFile; }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override { return nextFile; }
    bool dateWithReason(QWidget*, const QString&, QDate& date, QString& reason) override {
        if (!nextDate.isValid())
            return false;
        date = nextDate;
        reason = nextReason;
        return true;
    }

    QStringList shown;
    QStringList errors;
    std::deque<Choice> answers;
    QString nextFile;
    QDate nextDate;
    QString nextReason;
};

} // namespace koers::test
