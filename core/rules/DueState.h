// DueState: how a milestone stands against today. Computed, never stored, because it changes with the
// date alone; the Clock supplies "today" so views and tests agree.
#pragma once

#include <QDate>
#include <QString>

namespace koers {

struct Milestone;

enum class DueState { NoDate, Upcoming, DueSoon, Late, Done };

// A milestone due today is DueSoon, not Late: the day itself is still available to do it.
DueState dueState(const Milestone& milestone, QDate today, int dueSoonDays);
// The same for anything open with a due date (a conversation's next step): NoDate, Upcoming, DueSoon or Late.
DueState dueState(QDate due, QDate today, int dueSoonDays);

// The one label of each state ("Late", "Due soon", ...), translated, for every list and text that shows it.
QString dueStateLabel(DueState state);

} // namespace koers
