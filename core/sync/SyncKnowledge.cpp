#include "SyncKnowledge.h"

#include <QStringList>

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

bool SyncKnowledge::knows(const Hlc& stamp) const {
    const auto it = m_latest.constFind(stamp.device);
    return it != m_latest.constEnd() && !(it.value() < stamp);
}

bool SyncKnowledge::add(const Hlc& stamp) {
    auto it = m_latest.find(stamp.device);
    if (it == m_latest.end()) {
        m_latest.insert(stamp.device, stamp);
        return true;
    }
    if (it.value() < stamp) {
        it.value() = stamp;
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
