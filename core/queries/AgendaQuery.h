// What needs attention across the caseload: open milestones and agreed next steps that are late or due within a
// window.
#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace koers {

class Store;

struct AgendaItem {
    // A milestone, or the next step agreed in a conversation ("Volgende stap uiterlijk").
    enum class Source { Milestone, NextStep };
    Source source = Source::Milestone;
    QString milestoneId; // Source::Milestone; empty for a milestone derived from the rules and not stored
    QString contactId;   // Source::NextStep: the conversation
    QString nextStep;    // Source::NextStep: what was agreed, as typed
    QString clientId;
    QString clientName; // "last, first"
    QString lastName;
    QString firstNames;
    QString coachId;
    MilestoneKind kind = MilestoneKind::IntakeDone; // Source::Milestone
    QDate dueDate;
};

class AgendaQuery {
public:
    explicit AgendaQuery(Store& store)
        : m_store(store) {}
    // Open milestones (stored or derived) and next steps of live, active clients due on or before `until`, earliest
    // first, then by name (a client's milestones before their next step); optionally for one coach.
    // Only the next step of a client's newest conversation counts: a later conversation is where the coach records
    // what became of the step (done, or a new step), so an older step never nags again.
    Result<std::vector<AgendaItem>> dueUntil(QDate until, const QString& coachId = {});

private:
    Status addNextSteps(std::vector<AgendaItem>& items, QDate until, const QString& coachId);

    Store& m_store;
};

} // namespace koers
