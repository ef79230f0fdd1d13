#include "DemoRandom.h"

#include <QByteArray>
#include <QUuid>

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

QString DemoRandom::uuid() {
    QByteArray bytes(16, '\0');
    const quint64 hi = next();
    const quint64 lo = next();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<char>((hi >> (56 - 8 * i)) & 0xff);
        bytes[8 + i] = static_cast<char>((lo >> (56 - 8 * i)) & 0xff);
    }
    // Version 4 (random) and the RFC 4122 variant, so the ids look like any other UUID in the database.
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace koers
