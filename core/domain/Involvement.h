// A partner organisation or person around a client (social support, language school, key person, ...).
#pragma once

#include "Enums.h"
#include "RecordMeta.h"

namespace koers {

struct Involvement {
    static constexpr const char* table = "involvement";
    RecordMeta meta;
    QString clientId;
    InvolvementRole role = InvolvementRole::Other;
    QString organisation;
    QString name;
    QString phone;
    QString email;
    QString note;

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("client_id", s.clientId);
        v("role", s.role);
        v("organisation", s.organisation);
        v("name", s.name);
        v("phone", s.phone);
        v("email", s.email);
        v("note", s.note);
    }
};

} // namespace koers
