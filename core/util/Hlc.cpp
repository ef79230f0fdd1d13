#include "Hlc.h"

#include <algorithm>

namespace koers {

namespace {
constexpr int kMsWidth = 16;
constexpr int kCounterWidth = 6;
constexpr quint32 kCounterMax = 999999; // what fits the text form

// The counter must stay within its six digits, or the text form would stop sorting like the stamp: past
// the limit, logical time moves on by one millisecond (a frozen clock over millions of records).
void carry(Hlc& h) {
    if (h.counter > kCounterMax) {
        h.ms += 1;
        h.counter = 0;
    }
}
} // namespace

QString Hlc::toString() const {
    // Digit by digit: every record written carries a stamp, and QString::arg showed up in bulk-import
    // profiles. Values the fixed widths cannot hold keep QString::arg's (longer) form.
    constexpr qint64 kMsLimit = 10000000000000000; // 10^16
    if (ms >= 0 && ms < kMsLimit && counter <= kCounterMax) {
        QString out(kMsWidth + kCounterWidth + 2 + device.size(), Qt::Uninitialized);
        QChar* p = out.data();
        qint64 m = ms;
        for (int i = kMsWidth - 1; i >= 0; --i, m /= 10)
            p[i] = QLatin1Char(static_cast<char>('0' + m % 10));
        p[kMsWidth] = QLatin1Char('-');
        quint32 c = counter;
        for (int i = kMsWidth + kCounterWidth; i > kMsWidth; --i, c /= 10)
            p[i] = QLatin1Char(static_cast<char>('0' + c % 10));
        p[kMsWidth + kCounterWidth + 1] = QLatin1Char('-');
        std::copy(device.cbegin(), device.cend(), p + kMsWidth + kCounterWidth + 2);
        return out;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(ms, kMsWidth, 10, QLatin1Char('0'))
        .arg(counter, kCounterWidth, 10, QLatin1Char('0'))
        .arg(device);
}

std::optional<Hlc> Hlc::parse(QStringView text) {
    if (text.size() < kMsWidth + kCounterWidth + 3 || text[kMsWidth] != QLatin1Char('-') ||
        text[kMsWidth + 1 + kCounterWidth] != QLatin1Char('-'))
        return std::nullopt;
    bool okMs = false;
    bool okCounter = false;
    Hlc h;
    h.ms = text.first(kMsWidth).toLongLong(&okMs);
    h.counter = text.sliced(kMsWidth + 1, kCounterWidth).toUInt(&okCounter);
    h.device = text.sliced(kMsWidth + kCounterWidth + 2).toString();
    if (!okMs || !okCounter || h.ms < 0 || h.device.isEmpty())
        return std::nullopt;
    return h;
}

HlcClock::HlcClock(const Clock& clock, QString device)
    : m_clock(clock)
    , m_device(std::move(device)) {
    m_last.device = m_device;
}

Hlc HlcClock::next() {
    const qint64 physical = m_clock.nowUtc().toMSecsSinceEpoch();
    if (physical > m_last.ms) {
        m_last.ms = physical;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
        carry(m_last);
    }
    m_last.device = m_device;
    return m_last;
}

void HlcClock::observe(const Hlc& remote) {
    const qint64 physical = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 top = std::max({physical, m_last.ms, remote.ms});
    if (top == m_last.ms && top == remote.ms)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (top == m_last.ms)
        ++m_last.counter;
    else if (top == remote.ms)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.ms = top;
    carry(m_last);
    m_last.device = m_device;
}

} // namespace koers
