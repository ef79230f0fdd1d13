#include "AuditText.h"

#include "RecordText.h"
#include "csv/CsvWriter.h"
#include "queries/AuditQuery.h"
#include "storage/DeviceNames.h"
#include "storage/ExportFile.h"

#include <QCoreApplication>
#include <QStringList>

namespace koers::audittext {

namespace {

QString translated(const char* source) {
    return QCoreApplication::translate("AuditText", source);
}

struct ActionLabel {
    const char* code;
    const char* label;
};

// Every action the program writes (grep for audit(u"): a new one without a line here shows its code.
constexpr ActionLabel kActions[] = {
    {"create", QT_TRANSLATE_NOOP("AuditText", "added")},
    {"create_file", QT_TRANSLATE_NOOP("AuditText", "file created")},
    {"update", QT_TRANSLATE_NOOP("AuditText", "changed")},
    {"delete", QT_TRANSLATE_NOOP("AuditText", "deleted")},
    {"anonymise", QT_TRANSLATE_NOOP("AuditText", "anonymised (retention)")},
    {"passwd", QT_TRANSLATE_NOOP("AuditText", "passphrase changed")},
    {"restore", QT_TRANSLATE_NOOP("AuditText", "backup restored")},
    {"migrate", QT_TRANSLATE_NOOP("AuditText", "file format updated")},
    {"settings", QT_TRANSLATE_NOOP("AuditText", "settings changed")},
    {"import", QT_TRANSLATE_NOOP("AuditText", "clients imported")},
    {"export", QT_TRANSLATE_NOOP("AuditText", "caseload exported")},
    {"export-dossier", QT_TRANSLATE_NOOP("AuditText", "dossier exported (access request)")},
    {"export-report", QT_TRANSLATE_NOOP("AuditText", "report made")},
    {"export-pip-letter", QT_TRANSLATE_NOOP("AuditText", "PIP decision letter printed")},
    {"export-audit", QT_TRANSLATE_NOOP("AuditText", "audit log exported")},
    {"assign", QT_TRANSLATE_NOOP("AuditText", "clients assigned to another coach")},
    {"assign_undo", QT_TRANSLATE_NOOP("AuditText", "assignment to another coach undone")},
    {"transfer", QT_TRANSLATE_NOOP("AuditText", "clients handed over (package written)")},
    {"sync_export", QT_TRANSLATE_NOOP("AuditText", "sync package written")},
    {"sync_import", QT_TRANSLATE_NOOP("AuditText", "sync package imported")},
    {"sync_restore", QT_TRANSLATE_NOOP("AuditText", "conflict: other version restored")},
    {"sync_dismiss", QT_TRANSLATE_NOOP("AuditText", "conflict dismissed")},
    {"hub_sync", QT_TRANSLATE_NOOP("AuditText", "synchronised with the server")},
    {"hub_scope_exit", QT_TRANSLATE_NOOP("AuditText", "client left this caseload (server)")},
    {"device_renewed", QT_TRANSLATE_NOOP("AuditText", "file copied: new device")},
    {"device_named", QT_TRANSLATE_NOOP("AuditText", "names set")},
    {"demo", QT_TRANSLATE_NOOP("AuditText", "demo data made")},
};

// "rows=10 imported=7": the stored detail's counts by key.
QHash<QString, QString> pairs(const QString& detail) {
    QHash<QString, QString> out;
    for (const QString& word : detail.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(word.left(eq), word.mid(eq + 1));
    }
    return out;
}

int count(const QHash<QString, QString>& p, const char* key) {
    return p.value(QLatin1String(key)).toInt();
}

// A count in words; the source is marked with QT_TRANSLATE_N_NOOP where it is written.
QString counted(const char* source, int n) {
    return QCoreApplication::translate("AuditText", source, nullptr, n);
}

QString formats(const QString& detail) {
    return detail.toUpper().replace(QLatin1Char(','), QStringLiteral(", "));
}

} // namespace

QString actionLabel(const QString& action) {
    for (const auto& a : kActions)
        if (action == QLatin1String(a.code))
            return translated(a.label);
    return action;
}

QString detailText(const AuditEntry& e, const QHash<QString, QString>& deviceNames) {
    const QString& d = e.detail;
    const QHash<QString, QString> p = pairs(d);
    const QString& a = e.action;
    if (a == u"update" && !d.isEmpty()) {
        QStringList fields;
        for (const QString& column : d.split(QLatin1Char(','), Qt::SkipEmptyParts))
            fields << recordtext::fieldLabel(e.table, column);
        return QCoreApplication::translate("AuditText", "Changed: %1").arg(fields.join(QStringLiteral(", ")));
    }
    if (a == u"import" && p.contains(QStringLiteral("imported")))
        return counted(QT_TRANSLATE_N_NOOP("AuditText", "%n client(s) imported"), count(p, "imported")) +
               QStringLiteral(", ") + counted(QT_TRANSLATE_N_NOOP("AuditText", "%n updated"), count(p, "updated")) +
               QStringLiteral(", ") + counted(QT_TRANSLATE_N_NOOP("AuditText", "%n skipped"), count(p, "skipped")) +
               QStringLiteral(", ") + counted(QT_TRANSLATE_N_NOOP("AuditText", "%n refused"), count(p, "rejected")) +
               QStringLiteral(" ") + counted(QT_TRANSLATE_N_NOOP("AuditText", "(of %n row(s))"), count(p, "rows"));
    if (a == u"sync_import" && p.contains(QStringLiteral("source")))
        return QCoreApplication::translate("AuditText", "From %1: ")
                   .arg(DeviceNames::display(deviceNames, p.value(QStringLiteral("source")))) +
               counted(QT_TRANSLATE_N_NOOP("AuditText", "%n new"), count(p, "added")) + QStringLiteral(", ") +
               counted(QT_TRANSLATE_N_NOOP("AuditText", "%n updated"), count(p, "updated")) + QStringLiteral(", ") +
               counted(QT_TRANSLATE_N_NOOP("AuditText", "%n unchanged"), count(p, "unchanged")) + QStringLiteral(", ") +
               counted(QT_TRANSLATE_N_NOOP("AuditText", "%n conflict(s)"), count(p, "conflicts"));
    if (a == u"sync_export" && p.contains(QStringLiteral("rows")))
        return (d.startsWith(QLatin1String("full")) ? QCoreApplication::translate("AuditText", "Whole file")
                                                    : QCoreApplication::translate("AuditText", "Changes only")) +
               QStringLiteral(", ") + counted(QT_TRANSLATE_N_NOOP("AuditText", "%n record(s)"), count(p, "rows"));
    if (a == u"hub_sync" && p.contains(QStringLiteral("pushed")))
        return counted(QT_TRANSLATE_N_NOOP("AuditText", "%n sent"), count(p, "pushed")) + QStringLiteral(", ") +
               counted(QT_TRANSLATE_N_NOOP("AuditText", "%n received"), count(p, "pulled")) + QStringLiteral(", ") +
               counted(QT_TRANSLATE_N_NOOP("AuditText", "%n conflict(s)"),
                       count(p, "conflicts") + count(p, "local_conflicts")) +
               QStringLiteral(", ") + counted(QT_TRANSLATE_N_NOOP("AuditText", "%n refused"), count(p, "refused"));
    if (a == u"export" && p.contains(QStringLiteral("clients")))
        return counted(QT_TRANSLATE_N_NOOP("AuditText", "%n client(s)"), count(p, "clients"));
    if (a == u"demo" && p.contains(QStringLiteral("clients")))
        return counted(QT_TRANSLATE_N_NOOP("AuditText", "%n invented client(s)"), count(p, "clients"));
    if (a == u"export-audit" && p.contains(QStringLiteral("entries")))
        return counted(QT_TRANSLATE_N_NOOP("AuditText", "%n entries"), count(p, "entries"));
    if (a == u"export-pip-letter" && p.contains(QStringLiteral("version")))
        return QCoreApplication::translate("AuditText", "Version %1").arg(p.value(QStringLiteral("version")));
    if (a == u"export-dossier" || a == u"export-report")
        return formats(d);
    if (a == u"anonymise" && d.startsWith(QLatin1String("retention; "))) {
        const int records = d.section(QLatin1Char(' '), 1, 1).toInt();
        return counted(QT_TRANSLATE_N_NOOP("AuditText", "Retention period over; %n record(s) anonymised"), records);
    }
    if (a == u"device_renewed" && d.startsWith(QLatin1String("copy of device ")))
        return QCoreApplication::translate("AuditText", "Copy of %1").arg(DeviceNames::display(deviceNames, d.mid(15)));
    if (a == u"migrate" && d.startsWith(QLatin1String("schema ")))
        return QCoreApplication::translate("AuditText", "Format %1")
            .arg(d.mid(7).replace(QStringLiteral("->"), QStringLiteral("→")));
    if (a == u"settings") {
        if (d == u"rule")
            return QCoreApplication::translate("AuditText", "Periods");
        if (d == u"sync")
            return QCoreApplication::translate("AuditText", "Sync limits");
        if (d == u"import profile saved")
            return QCoreApplication::translate("AuditText", "Import profile saved");
        if (d == u"import profile removed")
            return QCoreApplication::translate("AuditText", "Import profile removed");
    }
    if (a == u"hub_scope_exit")
        return QCoreApplication::translate("AuditText",
                                           "No longer in this login's caseload on the server; removed from this file");
    return d;
}

Status writeCsv(const QString& path, const std::vector<AuditRow>& rows, const QHash<QString, QString>& deviceNames) {
    ExportFile out(path);
    KOERS_TRY(out.open());
    CsvWriter writer = CsvWriter::forExcel(out.device());
    const char* const header[] = {
        QT_TRANSLATE_NOOP("AuditText", "Time"),   QT_TRANSLATE_NOOP("AuditText", "User"),
        QT_TRANSLATE_NOOP("AuditText", "Device"), QT_TRANSLATE_NOOP("AuditText", "Action"),
        QT_TRANSLATE_NOOP("AuditText", "Client"), QT_TRANSLATE_NOOP("AuditText", "Record"),
        QT_TRANSLATE_NOOP("AuditText", "Detail"), QT_TRANSLATE_NOOP("AuditText", "Action code"),
    };
    QStringList row;
    for (const char* h : header)
        row << translated(h);
    KOERS_TRY(writer.writeRow(row));
    for (const AuditRow& r : rows) {
        row.clear();
        row << r.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")) << r.actor
            << DeviceNames::display(deviceNames, r.device) << actionLabel(r.action) << r.clientName
            << (r.table.isEmpty() ? QString() : recordtext::tableLabel(r.table)) << detailText(r, deviceNames)
            << r.action;
        KOERS_TRY(writer.writeRow(row));
    }
    KOERS_TRY(writer.finish());
    return out.commit();
}

} // namespace koers::audittext
