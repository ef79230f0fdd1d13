#include "TimeOrderedUuid.h"

#include <QRandomGenerator>

namespace koers {

QString TimeOrderedUuid::next(qint64 unixMs) {
    const quint64 candidate = (static_cast<quint64>(unixMs) & 0xFFFFFFFFFFFFull) << 12;
    m_last = candidate > m_last ? candidate : m_last + 1;
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint64 ms = m_last >> 12;
    const quint64 sequence = m_last & 0xFFF;
    // Layout: time_high(32) time_low(16) | version 7, sequence(12) | variant 10, random(62).
    const quint64 high = (ms << 16) | (0x7000ull | sequence);
    const quint64 low = (0x8000000000000000ull | (random >> 2));
    const QString hex = QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-') +
           hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

} // namespace koers
