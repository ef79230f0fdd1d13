// What the record lists of a dossier (goals, conversations, people involved) share: Enter or a double click opens
// a record in the form below, the context menu offers Edit and Remove (Remove also on the Delete key), and any
// change to a form's fields marks it as edited.
#pragma once

#include <QList>

#include <functional>

class QObject;
class QTableWidget;
class QWidget;

namespace koers {

class RecordListActions {
public:
    static void install(QTableWidget* table, std::function<void(int row)> open, std::function<void(int row)> remove);
    // Calls `edited` on every change to one of the fields (line and text edits, combo boxes, check boxes, spin
    // boxes); the caller ignores the changes it makes itself.
    static void watch(const QList<QWidget*>& fields, QObject* context, const std::function<void()>& edited);
};

} // namespace koers
