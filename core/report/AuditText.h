// The audit log in people's words, for the viewer and its CSV: an action's label ("klanten geïmporteerd"), and
// the stored detail (field names, counts as key=value) as a sentence ("7 klanten geïmporteerd, 2 bijgewerkt").
// The log itself keeps the stable codes; only what is shown is translated.
#pragma once

#include "domain/AuditEntry.h"
#include "util/Result.h"

#include <QHash>
#include <QString>

#include <vector>

namespace koers {

struct AuditRow;

namespace audittext {

// The label of an action code; the code itself when this Koers does not know it (a newer one wrote it).
QString actionLabel(const QString& action);
// The detail as a reader wants it; `deviceNames` (id to name) names the devices a detail mentions.
QString detailText(const AuditEntry& entry, const QHash<QString, QString>& deviceNames);

// Writes the rows as a CSV for Excel (';', UTF-8 with BOM, formulas neutralised), readable by its owner only,
// with the columns the viewer shows, in people's words. The caller audits the export.
Status writeCsv(const QString& path, const std::vector<AuditRow>& rows, const QHash<QString, QString>& deviceNames);

} // namespace audittext
} // namespace koers
