// A municipality (gemeente); several can share one team, so every client belongs to one. Its letterhead (the
// address lines and logo printed on its letters, such as the PIP decision) travels with it to every laptop.
#pragma once

#include "RecordMeta.h"

namespace koers {

struct Municipality {
    static constexpr const char* table = "municipality";
    RecordMeta meta;
    QString name;
    QString cbsCode;           // e.g. "GM0308"
    QString letterheadAddress; // the letterhead's address lines, one per line
    QString logo;              // the letterhead's logo: a PNG or JPEG image, base64 (empty: none)

    // The logo's image bytes (empty when none).
    QByteArray logoBytes() const { return QByteArray::fromBase64(logo.toLatin1()); }

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("name", s.name);
        v("cbs_code", s.cbsCode);
        v("letterhead_address", s.letterheadAddress);
        v("logo", s.logo);
    }
};

} // namespace koers
