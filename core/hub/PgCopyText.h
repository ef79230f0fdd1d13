// PostgreSQL's COPY text format, both ways: fields separated by tabs, rows by newlines, NULL as \N, and
// backslash escapes for the backslash, tab, newline and carriage return. Koers stores an empty text as
// NULL (as the file does), so an empty field is written as \N and \N reads back as an empty text.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace koers::pgcopy {

// Appends one row; every text is UTF-8 encoded and escaped.
void appendRow(QByteArray& out, const QStringList& fields);
// Splits one row (with or without its newline) into texts; false on a malformed escape.
bool parseRow(QByteArrayView row, QStringList& fields);

} // namespace koers::pgcopy
