// DossierExport: a client's whole dossier for an access request (AVG inzage): every stored field of the
// client and of each record about them, and the audit entries about the dossier, as a CSV (one row per
// field) and as the text of the PDF. The export itself goes to the audit log, without personal values.
#pragma once

#include "domain/Dossier.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

class QIODevice;

namespace koers {

class Store;

class DossierExport {
    Q_DECLARE_TR_FUNCTIONS(DossierExport)

public:
    // section;record;field;value: stable table and column names, values as stored, for Excel (";", UTF-8
    // with BOM, CRLF, cells that would start a formula neutralised: notes are free text).
    static Status writeCsv(const Dossier& dossier, QIODevice& device);
    static Status writeCsv(const Dossier& dossier, const QString& path);

    // The dossier as text for the PDF: DossierText with the full BSN, then the audit entries.
    static QString text(const Dossier& dossier, QDate today, int dueSoonDays);
    static QString auditText(const Dossier& dossier);

    // Records that the dossier was exported in these formats ("pdf", "csv").
    static Status recordExport(Store& store, const QString& clientId, const QStringList& formats);

    static QString suggestedFileName(const Dossier& dossier, const QString& suffix);
};

} // namespace koers
