// A goal of a plan version in one life domain, with the action, who does it and by when.
#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>

namespace koers {

struct PlanGoal {
    static constexpr const char* table = "plan_goal";
    RecordMeta meta;
    QString planId;
    QString clientId;
    LifeDomain domain = LifeDomain::Language;
    QString goal;
    QString action;
    QString owner;
    QDate dueDate;
    bool done = false;

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("plan_id", s.planId);
        v("client_id", s.clientId);
        v("domain", s.domain);
        v("goal", s.goal);
        v("action", s.action);
        v("owner", s.owner);
        v("due_date", s.dueDate);
        v("done", s.done);
    }
};

} // namespace koers
