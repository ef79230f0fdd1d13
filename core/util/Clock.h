// Clock: the one seam through which the core reads the time, so rules, due-soon/late status and
// timestamps are exact in tests (FixedClock) and real in the app (SystemClock).
#pragma once

#include <QDate>
#include <QDateTime>

namespace koers {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The calendar date where the user is; due dates are plain dates without a time zone.
    virtual QDate today() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    QDate today() const override { return QDate::currentDate(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc)
        : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace koers
