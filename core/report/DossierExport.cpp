#include "DossierExport.h"

#include "storage/ExportFile.h"
#include "DossierText.h"
#include "csv/CsvWriter.h"
#include "storage/RecordCodec.h"
#include "storage/Store.h"


namespace koers {

namespace {

template <class T>
Status writeRecord(CsvWriter& w, const T& record) {
    const QString section = QString::fromLatin1(T::table);
    const QString& id = record.meta.id;
    Status status;
    KOERS_TRY(w.writeRow({section, id, QStringLiteral("id"), id}));
    T::fields(record, [&](const char* name, const auto& value) {
        if (status.ok())
            status = w.writeRow({section, id, QString::fromLatin1(name), codec::toText(value)});
    });
    return status;
}

template <class T>
Status writeRecords(CsvWriter& w, const std::vector<T>& records) {
    for (const T& r : records)
        KOERS_TRY(writeRecord(w, r));
    return {};
}

} // namespace

Status DossierExport::writeCsv(const Dossier& d, QIODevice& device) {
    CsvWriter w = CsvWriter::forExcel(device);
    KOERS_TRY(w.writeRow(
        {QStringLiteral("section"), QStringLiteral("record"), QStringLiteral("field"), QStringLiteral("value")}));
    KOERS_TRY(writeRecord(w, d.client));
    KOERS_TRY(w.writeRow({QStringLiteral("client"), d.client.meta.id, QStringLiteral("municipality"), d.municipality}));
    KOERS_TRY(w.writeRow({QStringLiteral("client"), d.client.meta.id, QStringLiteral("coach"), d.coach}));
    KOERS_TRY(writeRecords(w, d.intakes));
    KOERS_TRY(writeRecords(w, d.intakeSections));
    KOERS_TRY(writeRecords(w, d.plans));
    KOERS_TRY(writeRecords(w, d.goals));
    KOERS_TRY(writeRecords(w, d.milestones));
    KOERS_TRY(writeRecords(w, d.contacts));
    KOERS_TRY(writeRecords(w, d.involvements));
    const QString audit = QStringLiteral("audit_log");
    for (const AuditEntry& e : d.audit) {
        const QString seq = QString::number(e.seq);
        const QStringList fields{QStringLiteral("at"),     QStringLiteral("actor"), QStringLiteral("device"),
                                 QStringLiteral("action"), QStringLiteral("table"), QStringLiteral("record_id"),
                                 QStringLiteral("detail")};
        const QStringList values{
            e.at.toString(Qt::ISODate), e.actor, e.device, e.action, e.table, e.recordId, e.detail};
        for (int i = 0; i < fields.size(); ++i)
            KOERS_TRY(w.writeRow({audit, seq, fields[i], values[i]}));
    }
    return w.finish();
}

Status DossierExport::writeCsv(const Dossier& dossier, const QString& path) {
    ExportFile file(path);
    KOERS_TRY(file.open());
    KOERS_TRY(writeCsv(dossier, file.device()));
    return file.commit();
}

QString DossierExport::auditText(const Dossier& d) {
    QString out = tr("Audit log") + QLatin1Char('\n');
    if (d.audit.empty())
        out += QStringLiteral("  ") + tr("No entries.") + QLatin1Char('\n');
    for (const AuditEntry& e : d.audit)
        out += QStringLiteral("  %1  %2  %3  %4 %5\n")
                   .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actor, e.action, e.table, e.detail);
    return out;
}

QString DossierExport::text(const Dossier& d, QDate today, int dueSoonDays) {
    return DossierText::render(d, today, dueSoonDays, true) + QLatin1Char('\n') + auditText(d);
}

Status DossierExport::recordExport(Store& store, const QString& clientId, const QStringList& formats) {
    return store.audit(u"export-dossier", u"client", clientId, clientId, formats.join(QLatin1Char(',')));
}

QString DossierExport::suggestedFileName(const Dossier& d, const QString& suffix) {
    // The record id, not the name: the file name shows up in listings and recent-file menus.
    return QStringLiteral("inzage-%1.%2").arg(d.client.meta.id.left(8), suffix);
}

} // namespace koers
