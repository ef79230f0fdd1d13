// Hybrid logical clock (physical ms + counter + device id). Every stored record carries the stamp of its
// last change; the sync merge lets the higher stamp win, so a laptop with a wrong clock cannot win forever:
// the counter, not the wall clock, orders events once a peer has seen a later stamp.
#pragma once

#include "Clock.h"

#include <QString>

#include <compare>
#include <optional>

namespace koers {

struct Hlc {
    qint64 ms = 0;
    quint32 counter = 0;
    QString device;

    // Fixed-width text form that sorts like the stamp itself: "0001700000000000-000003-<device>".
    QString toString() const;
    static std::optional<Hlc> parse(QStringView text);
    bool isNull() const { return ms == 0 && counter == 0 && device.isEmpty(); }

    friend std::strong_ordering operator<=>(const Hlc& a, const Hlc& b) {
        if (auto c = a.ms <=> b.ms; c != 0)
            return c;
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        const int d = QString::compare(a.device, b.device, Qt::CaseSensitive);
        return d < 0 ? std::strong_ordering::less : d > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }
    friend bool operator==(const Hlc& a, const Hlc& b) = default;
};

class HlcClock {
public:
    HlcClock(const Clock& clock, QString device);

    // A stamp for a local event, later than every stamp issued or observed before.
    Hlc next();
    // Take in a stamp seen from a peer so local events afterwards sort after it.
    void observe(const Hlc& remote);
    const Hlc& last() const { return m_last; }
    const QString& device() const { return m_device; }
    // A file that found itself copied continues as a new device; its clock keeps counting from where it was.
    void setDevice(QString device) {
        m_device = std::move(device);
        m_last.device = m_device;
    }

private:
    const Clock& m_clock;
    QString m_device;
    Hlc m_last;
};

} // namespace koers
