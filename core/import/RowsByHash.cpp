#include "RowsByHash.h"

namespace koers {

namespace {
constexpr size_t kInitialSlots = 1024; // a power of two
} // namespace

RowsByHash::RowsByHash()
    : m_slots(kInitialSlots) {
}

void RowsByHash::insert(quint64 hash, qint64 row) {
    Q_ASSERT(row > 0 && row <= qint64(0xFFFFFFFF));
    // At most three quarters full: probes stay short, and memory stays close to what QHash used.
    if (static_cast<size_t>(m_count + 1) * 4 > m_slots.size() * 3)
        grow();
    Slot& slot = m_slots[indexOf(hash)];
    Q_ASSERT(slot.row == 0);
    slot.row = quint32(row);
    slot.hashLow = quint32(hash);
    slot.hashHigh = quint32(hash >> 32);
    ++m_count;
}

void RowsByHash::grow() {
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    for (const Slot& s : old)
        if (s.row != 0)
            m_slots[indexOf(quint64(s.hashLow) | (quint64(s.hashHigh) << 32))] = s;
}

} // namespace koers
