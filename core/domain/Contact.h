// A conversation (gesprek) with or about a client, with the agreed next step.
#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>

namespace koers {

struct Contact {
    static constexpr const char* table = "contact";
    RecordMeta meta;
    QString clientId;
    QDate date;
    ContactKind kind = ContactKind::ProgressTalk;
    QString withWhom;
    QString summary;
    QString nextStep;
    QDate nextStepDate;

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("client_id", s.clientId);
        v("date", s.date);
        v("kind", s.kind);
        v("with_whom", s.withWhom);
        v("summary", s.summary);
        v("next_step", s.nextStep);
        v("next_step_date", s.nextStepDate);
    }
};

} // namespace koers
