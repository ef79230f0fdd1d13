// The broad intake (brede intake) of a client: its period and the learnability test; the topics are
// IntakeSection records.
#pragma once

#include "RecordMeta.h"

#include <QDate>

namespace koers {

struct Intake {
    static constexpr const char* table = "intake";
    RecordMeta meta;
    QString clientId;
    QDate startDate;
    QDate completedDate;
    int lbtScore = 0; // learnability test result; 0 = not taken
    QString note;

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("client_id", s.clientId);
        v("start_date", s.startDate);
        v("completed_date", s.completedDate);
        v("lbt_score", s.lbtScore);
        v("note", s.note);
    }
};

} // namespace koers
