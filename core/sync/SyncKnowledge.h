// What a file knows of one record's history: per device, the latest of its versions this file has seen (a
// version vector). A device's versions of a record are ordered, so knowing its latest one means knowing all
// before it. Sync uses it to tell a concurrent edit (a real conflict, whose loser is kept) from an older
// version that the newer one was made from (no conflict), and so to make a repeated import a no-op.
#pragma once

#include "util/Hlc.h"

#include <QString>
#include <QVarLengthArray>

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
    // The latest stamp of each device, sorted by device.
    const QVarLengthArray<Hlc, 2>& stamps() const { return m_latest; }

    friend bool operator==(const SyncKnowledge& a, const SyncKnowledge& b) { return a.m_latest == b.m_latest; }

private:
    // Sorted by device. Most records were edited on one or two devices: held inline, without the two
    // allocations per record of a map (a tenth of reading a package).
    QVarLengthArray<Hlc, 2> m_latest;
};

} // namespace koers
