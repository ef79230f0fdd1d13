// TimeOrderedUuid: record ids as UUID version 7 (RFC 9562): a 48-bit millisecond time, then random bits.
// Ids made one after another sort one after another, so every insert lands at the end of the primary-key
// index instead of on a random page. With random (v4) ids a 100,000-client import touched a random index
// page per row and spent most of its time reading, decrypting, encrypting and writing those pages again.
// Within one millisecond, or when the clock steps back, the 12 bits after the time count on, so ids stay
// in order; they remain unique through their 62 random bits.
#pragma once

#include <QString>

namespace koers {

class TimeOrderedUuid {
public:
    QString next(qint64 unixMs);
    // The same, with the 62 random bits taken from `random` (the demo generator's seeded ids).
    QString next(qint64 unixMs, quint64 random);

private:
    quint64 m_last = 0; // 48-bit milliseconds << 12 | 12-bit sequence of the last id
};

} // namespace koers
