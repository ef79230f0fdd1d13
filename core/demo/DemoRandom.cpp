#include "DemoRandom.h"

namespace koers {

DemoRandom::DemoRandom(quint64 seed)
    : m_engine(seed) {
}

quint32 DemoRandom::below(quint32 n) {
    const quint64 top = next() >> 32;
    return static_cast<quint32>((top * n) >> 32);
}

int DemoRandom::between(int lo, int hi) {
    if (hi <= lo)
        return lo;
    return lo + static_cast<int>(below(static_cast<quint32>(hi - lo) + 1));
}

bool DemoRandom::percent(int chance) {
    return static_cast<int>(below(100)) < chance;
}

QDate DemoRandom::dateBetween(QDate from, QDate to) {
    const qint64 span = from.daysTo(to);
    if (span <= 0)
        return from;
    return from.addDays(below(static_cast<quint32>(span) + 1));
}

} // namespace koers
