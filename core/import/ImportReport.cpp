#include "ImportReport.h"

namespace koers {

QString ImportReport::summaryLine() const {
    return QStringLiteral("imported %1, updated %2, skipped %3, rejected %4")
        .arg(imported)
        .arg(updated)
        .arg(skipped)
        .arg(rejectedCount());
}

bool ImportReport::sameOutcome(const ImportReport& other) const {
    return header == other.header && rows == other.rows && imported == other.imported && updated == other.updated &&
           skipped == other.skipped && rejectedCount() == other.rejectedCount() &&
           newMunicipalities == other.newMunicipalities;
}

} // namespace koers
