// A date entry that may be empty (unlike QDateEdit): dd-mm-jjjj as Dutch users type it, also
// d-m-jjjj and jjjj-mm-dd. An unreadable entry is marked and reported, never silently dropped.
#pragma once

#include <QDate>
#include <QLineEdit>

namespace koers {

class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    void setDate(QDate date);
    QDate date() const;
    // Empty or a real date.
    bool isAcceptable() const;

    static QDate parse(const QString& text);
};

} // namespace koers
