// The limits sync applies to what arrives from other devices, kept in the file (SettingsStore, prefix "sync"):
// how far ahead of this computer's clock a change may be stamped (CockroachDB calls it the maximum offset),
// and how many clients one package may delete or empty before it needs a confirmation.
#pragma once

#include <QtGlobal>

namespace koers {

struct SyncSettings {
    int maxClockSkewHours = 24;
    int maxDeletedClients = 10; // more than this many clients deleted or emptied needs a confirmation
    int maxDeletedPercent = 10; // ... or more than this share of the file's clients

    template <class Self, class V>
    static void fields(Self& s, V&& v) {
        v("max_clock_skew_hours", s.maxClockSkewHours);
        v("max_deleted_clients", s.maxDeletedClients);
        v("max_deleted_percent", s.maxDeletedPercent);
    }

    // Whether deleting or emptying `affected` of `total` live clients needs a confirmation: more than the
    // number, or more than the share (a single client never needs one: deleting a duplicate is daily work).
    bool needsConfirmation(qint64 affected, qint64 total) const {
        return affected > maxDeletedClients || (affected > 1 && affected * 100 > qint64(maxDeletedPercent) * total);
    }
};

} // namespace koers
