// RowsByHash: the first row seen with each key hash, for the duplicate checks inside one imported file.
// Open addressing in one flat array of 12-byte slots: QHash's per-span storage showed up in bulk-import
// profiles, and this takes no more memory than it did.
#pragma once

#include <QtGlobal>

#include <vector>

namespace koers {

class RowsByHash {
public:
    RowsByHash();

    // The row stored under `hash`, or 0 when there is none.
    qint64 find(quint64 hash) const { return m_slots[indexOf(hash)].row; }
    // Stores `row` under a hash that find() has no row for. Rows count from 1 and stay below 2^32
    // (a file with more rows would be hundreds of gigabytes).
    void insert(quint64 hash, qint64 row);
    qsizetype size() const { return m_count; }

private:
    struct Slot {
        quint32 row = 0; // 0: empty
        quint32 hashLow = 0;
        quint32 hashHigh = 0;
        bool holds(quint64 hash) const { return hashLow == quint32(hash) && hashHigh == quint32(hash >> 32); }
    };

    size_t indexOf(quint64 hash) const {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(hash) & mask;
        while (m_slots[i].row != 0 && !m_slots[i].holds(hash))
            i = (i + 1) & mask;
        return i;
    }
    void grow();

    std::vector<Slot> m_slots;
    qsizetype m_count = 0;
};

} // namespace koers
