#include "TimeOrderedUuid.h"

#include <QRandomGenerator>

namespace koers {

QString TimeOrderedUuid::next(qint64 unixMs) {
    return next(unixMs, QRandomGenerator::global()->generate64());
}

QString TimeOrderedUuid::next(qint64 unixMs, quint64 random) {
    const quint64 candidate = (static_cast<quint64>(unixMs) & 0xFFFFFFFFFFFFull) << 12;
    m_last = candidate > m_last ? candidate : m_last + 1;
    const quint64 ms = m_last >> 12;
    const quint64 sequence = m_last & 0xFFF;
    // Layout: time_high(32) time_low(16) | version 7, sequence(12) | variant 10, random(62).
    const quint64 high = (ms << 16) | (0x7000ull | sequence);
    const quint64 low = (0x8000000000000000ull | (random >> 2));
    // Formatted by hand: ids are made for every record of a bulk import, and QString::arg showed up in
    // profiles.
    static constexpr char16_t digits[] = u"0123456789abcdef";
    char16_t out[36];
    int pos = 0;
    auto put = [&](quint64 value, int nibbles) {
        for (int shift = (nibbles - 1) * 4; shift >= 0; shift -= 4)
            out[pos++] = digits[(value >> shift) & 0xF];
    };
    put(high >> 32, 8);
    out[pos++] = u'-';
    put(high >> 16, 4);
    out[pos++] = u'-';
    put(high, 4);
    out[pos++] = u'-';
    put(low >> 48, 4);
    out[pos++] = u'-';
    put(low, 12);
    return QString(reinterpret_cast<const QChar*>(out), pos);
}

} // namespace koers
