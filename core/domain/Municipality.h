// A municipality (gemeente); several can share one team, so every client belongs to one.
#pragma once

#include "RecordMeta.h"

namespace koers {

struct Municipality {
    static constexpr const char* table = "municipality";
    RecordMeta meta;
    QString name;
    QString cbsCode; // e.g. "GM0308"

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("name", s.name);
        v("cbs_code", s.cbsCode);
    }
};

} // namespace koers
