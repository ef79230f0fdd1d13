// What a file knows of one record's history: per device, the latest of its versions this file has seen (a
// version vector). A device's versions of a record are ordered, so knowing its latest one means knowing all
// before it. Sync uses it to tell a concurrent edit (a real conflict, whose loser is kept) from an older
// version that the newer one was made from (no conflict), and so to make a repeated import a no-op.
#pragma once

#include "util/Hlc.h"

#include <QMap>
#include <QString>

#include <optional>

namespace koers {

class SyncKnowledge {
public:
    SyncKnowledge() = default;
    explicit SyncKnowledge(const Hlc& stamp) { add(stamp); }

    // Space-separated stamps, one per device, sorted by device; the text form is canonical.
    static std::optional<SyncKnowledge> parse(QStringView text);
    QString toString() const;

    bool knows(const Hlc& stamp) const;
    // Both return whether anything was learnt.
    bool add(const Hlc& stamp);
    bool merge(const SyncKnowledge& other);
    bool isEmpty() const { return m_latest.isEmpty(); }
    // The latest stamp of each device, by device.
    const QMap<QString, Hlc>& stamps() const { return m_latest; }

    friend bool operator==(const SyncKnowledge&, const SyncKnowledge&) = default;

private:
    QMap<QString, Hlc> m_latest; // by device
};

} // namespace koers
