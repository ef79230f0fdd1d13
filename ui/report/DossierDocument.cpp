#include "DossierDocument.h"

#include "storage/ExportFile.h"

#include "queries/DossierQuery.h"
#include "report/DossierExport.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace koers {

Status DossierDocument::writePdf(const Dossier& dossier, QDate today, int dueSoonDays, const QString& path) {
    QTextDocument doc;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(8.5);
    doc.setDefaultFont(font);
    const QString title =
        tr("Dossier for an access request (AVG), made on %1").arg(QLocale().toString(today, QLocale::LongFormat));
    doc.setPlainText(title + QStringLiteral("\n\n") + DossierExport::text(dossier, today, dueSoonDays));

    ExportFile file(path);
    KOERS_TRY(file.open());
    {
        QPdfWriter writer(&file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(tr("Dossier for an access request"));
        writer.setCreator(QStringLiteral("Koers"));
        doc.print(&writer);
    }
    return file.commit();
}

Status DossierDocument::exportDossier(Store& store, const QString& clientId, const QString& pdfPath,
                                      const QString& csvPath) {
    auto dossier = DossierQuery(store).load(clientId);
    if (!dossier.ok())
        return dossier.error();
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    QStringList formats;
    if (!pdfPath.isEmpty()) {
        KOERS_TRY(writePdf(dossier.value(), store.clock().today(), rules->dueSoonDays, pdfPath));
        formats << QStringLiteral("pdf");
    }
    if (!csvPath.isEmpty()) {
        KOERS_TRY(DossierExport::writeCsv(dossier.value(), csvPath));
        formats << QStringLiteral("csv");
    }
    return DossierExport::recordExport(store, clientId, formats);
}

} // namespace koers
