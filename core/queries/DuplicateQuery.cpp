#include "DuplicateQuery.h"

#include "storage/RecordCodec.h"
#include "storage/Store.h"

#include <algorithm>

namespace koers {

Result<std::vector<DuplicateCandidate>> DuplicateQuery::find(const Client& c) {
    const QString bsn = SamePerson::bsnKey(c.bsn);
    // SQL narrows down by BSN or date of birth; the rule decides (names are compared in C++: SQLite's lower()
    // only knows ASCII, Ömer, Çelik).
    auto st = m_store.cached(
        QStringLiteral("SELECT %1 FROM client WHERE deleted = 0 AND id <> ?1 AND ((?2 <> '' AND bsn = ?2) OR "
                       "date_of_birth = ?3)")
            .arg(codec::allColumns<Client>().join(QLatin1String(", "))));
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, c.meta.id.isEmpty() ? QStringLiteral("-") : c.meta.id);
    s.bind(2, bsn.isEmpty() ? QStringLiteral("") : bsn);
    s.bind(3, c.dateOfBirth);
    std::vector<DuplicateCandidate> out;
    const Status read = s.each([&](const Statement& row) {
        DuplicateCandidate found;
        codec::readRecord(row, found.client);
        found.match = SamePerson::match(c, found.client);
        if (found.match != PersonMatch::Different)
            out.push_back(std::move(found));
    });
    s.reset();
    if (!read.ok())
        return read.error();
    std::stable_sort(out.begin(), out.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        return a.match == PersonMatch::Same && b.match != PersonMatch::Same;
    });
    return out;
}

} // namespace koers
