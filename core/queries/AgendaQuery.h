// What needs attention across the caseload: open milestones that are late or due within a window.
#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace koers {

class Store;

struct AgendaItem {
    QString milestoneId;
    QString clientId;
    QString clientName; // "last, first"
    QString lastName;
    QString firstNames;
    QString coachId;
    MilestoneKind kind = MilestoneKind::IntakeDone;
    QDate dueDate;
};

class AgendaQuery {
public:
    explicit AgendaQuery(Store& store)
        : m_store(store) {}
    // Open milestones (stored or derived) of live, active clients due on or before `until`, earliest first,
    // then by name; optionally for one coach.
    Result<std::vector<AgendaItem>> dueUntil(QDate until, const QString& coachId = {});

private:
    Store& m_store;
};

} // namespace koers
