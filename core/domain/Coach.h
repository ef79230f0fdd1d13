// A coach (klantregisseur) who guides clients.
#pragma once

#include "RecordMeta.h"

namespace koers {

struct Coach {
    static constexpr const char* table = "coach";
    RecordMeta meta;
    QString name;
    QString email;
    QString team;
    bool active = true;

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("name", s.name);
        v("email", s.email);
        v("team", s.team);
        v("active", s.active);
    }
};

} // namespace koers
