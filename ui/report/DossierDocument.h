// DossierDocument: one client's whole dossier as a PDF for an access request (AVG inzage): a title and
// the text of DossierExport, with page numbers. Holds personal data by design: the client asked for it.
#pragma once

#include "domain/Dossier.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace koers {

class Store;

class DossierDocument {
    Q_DECLARE_TR_FUNCTIONS(DossierDocument)

public:
    static Status writePdf(const Dossier& dossier, QDate today, int dueSoonDays, const QString& path);

    // Loads the dossier, writes the PDF and, when csvPath is not empty, the CSV, and records the export
    // in the audit log. The formats written, for the caller's message.
    static Status exportDossier(Store& store, const QString& clientId, const QString& pdfPath, const QString& csvPath);
};

} // namespace koers
