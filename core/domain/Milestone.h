// A milestone of a client's path. The due date comes from the rules unless a person overrode it (then
// the reason is kept and the rules leave it alone).
#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>

namespace koers {

struct Milestone {
    static constexpr const char* table = "milestone";
    RecordMeta meta;
    QString clientId;
    MilestoneKind kind = MilestoneKind::IntakeDone;
    QDate dueDate;
    bool dueOverridden = false;
    QString overrideReason;
    QDate doneDate;
    MilestoneStatus status = MilestoneStatus::Planned;
    QString note;
    // Not stored (yet): derived from the rules because nobody changed it (see MilestonePlanner). Not a column.
    bool derived = false;

    bool isOpen() const { return status == MilestoneStatus::Planned || status == MilestoneStatus::InProgress; }

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("client_id", s.clientId);
        v("kind", s.kind);
        v("due_date", s.dueDate);
        v("due_overridden", s.dueOverridden);
        v("override_reason", s.overrideReason);
        v("done_date", s.doneDate);
        v("status", s.status);
        v("note", s.note);
    }
};

} // namespace koers
