// One topic of the broad intake with a score (1-5, 0 = not assessed) or a choice, and a note.
#pragma once

#include "Enums.h"
#include "RecordMeta.h"

namespace koers {

struct IntakeSection {
    static constexpr const char* table = "intake_section";
    RecordMeta meta;
    QString intakeId;
    QString clientId;
    IntakeTopic topic = IntakeTopic::LanguageLevel;
    int score = 0;
    QString choice;
    QString note;

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("intake_id", s.intakeId);
        v("client_id", s.clientId);
        v("topic", s.topic);
        v("score", s.score);
        v("choice", s.choice);
        v("note", s.note);
    }
};

} // namespace koers
