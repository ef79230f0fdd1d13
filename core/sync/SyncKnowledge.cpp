#include "SyncKnowledge.h"

#include <QStringList>

#include <algorithm>

namespace koers {

std::optional<SyncKnowledge> SyncKnowledge::parse(QStringView text) {
    SyncKnowledge k;
    for (QStringView part : text.split(u' ', Qt::SkipEmptyParts)) {
        const auto stamp = Hlc::parse(part);
        if (!stamp)
            return std::nullopt;
        k.add(*stamp);
    }
    return k;
}

QString SyncKnowledge::toString() const {
    QStringList parts;
    parts.reserve(m_latest.size());
    for (const Hlc& h : m_latest)
        parts << h.toString();
    return parts.join(QLatin1Char(' '));
}

namespace {

template <class Array>
auto lowerBound(Array& stamps, const QString& device) {
    return std::lower_bound(stamps.begin(), stamps.end(), device,
                            [](const Hlc& h, const QString& d) { return h.device < d; });
}

} // namespace

bool SyncKnowledge::knows(const Hlc& stamp) const {
    const auto it = lowerBound(m_latest, stamp.device);
    return it != m_latest.end() && it->device == stamp.device && !(*it < stamp);
}

bool SyncKnowledge::add(const Hlc& stamp) {
    const auto it = lowerBound(m_latest, stamp.device);
    if (it == m_latest.end() || it->device != stamp.device) {
        m_latest.insert(it, stamp);
        return true;
    }
    if (*it < stamp) {
        *it = stamp;
        return true;
    }
    return false;
}

bool SyncKnowledge::merge(const SyncKnowledge& other) {
    bool grew = false;
    for (const Hlc& h : other.m_latest)
        grew = add(h) || grew;
    return grew;
}

} // namespace koers
