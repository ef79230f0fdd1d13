// DemoRandom: seeded random numbers that give the same sequence on every compiler and platform.
// std::mt19937_64 is fully specified by the standard, its distributions are not, so the helpers that
// turn raw numbers into ranges live here.
#pragma once

#include <QDate>
#include <QString>

#include <random>
#include <span>

namespace koers {

class DemoRandom {
public:
    explicit DemoRandom(quint64 seed);

    quint64 next() { return m_engine(); }
    // Uniform in [0, n) for n >= 1 (multiply-shift on the top 32 bits; the bias is far below what demo
    // data could show). Returns 0 for n == 0.
    quint32 below(quint32 n);
    // Uniform in [lo, hi], both included.
    int between(int lo, int hi);
    // True with the given chance in percent.
    bool percent(int chance);
    // A day in [from, to], both included.
    QDate dateBetween(QDate from, QDate to);

    template <class T>
    const T& pick(std::span<const T> items) {
        return items[below(static_cast<quint32>(items.size()))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace koers
