#include "DuplicateQuery.h"

#include "rules/Bsn.h"
#include "storage/RecordCodec.h"
#include "storage/Store.h"

namespace koers {

Result<std::vector<Client>> DuplicateQuery::find(const Client& c) {
    const QString bsn = normalizeBsn(c.bsn);
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
    std::vector<Client> out;
    const Status read = s.each([&](const Statement& row) {
        Client found;
        codec::readRecord(row, found);
        // Names are compared here, not in SQL: SQLite's lower() only knows ASCII (Ömer, Çelik).
        const bool sameBsn = !bsn.isEmpty() && found.bsn == bsn;
        const bool sameName =
            c.dateOfBirth.isValid() && found.dateOfBirth == c.dateOfBirth &&
            QString::compare(found.firstNames.trimmed(), c.firstNames.trimmed(), Qt::CaseInsensitive) == 0 &&
            QString::compare(found.lastName.trimmed(), c.lastName.trimmed(), Qt::CaseInsensitive) == 0;
        if (sameBsn || sameName)
            out.push_back(std::move(found));
    });
    s.reset();
    if (!read.ok())
        return read.error();
    return out;
}

} // namespace koers
