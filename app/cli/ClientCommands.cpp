// koers-cli commands about clients: the caseload, one dossier, spreadsheet import and export.
#include "CliSupport.h"
#include "TerminalProgress.h"
#include "csv/CsvDialectDetector.h"
#include "csv/CsvWriter.h"
#include "export/ClientExporter.h"
#include "import/ClientImporter.h"
#include "import/ImportPreview.h"
#include "import/ImportProfileStore.h"
#include "queries/CaseloadQuery.h"
#include "queries/DossierQuery.h"
#include "report/DossierText.h"
#include "rules/Bsn.h"
#include "services/ClientService.h"
#include "storage/RuleSettingsStore.h"

#include <QCommandLineParser>
#include <QFile>

namespace koers::cli {

namespace {

QString nextMilestoneText(const CaseloadRow& r) {
    return r.nextMilestone ? label(*r.nextMilestone) : QString();
}

int cmdList(Context& ctx) {
    const bool csv = ctx.args.contains(QStringLiteral("--csv"));
    for (const QString& a : ctx.args)
        if (a != QStringLiteral("--csv"))
            return usage(Cli::tr("Unknown option for list: %1").arg(a));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    auto rows = CaseloadQuery(*store.value()).all();
    if (!rows.ok())
        return fail(rows.error());
    const QStringList header{
        Cli::tr("Id"),     Cli::tr("Name"),           Cli::tr("BSN"),      Cli::tr("Municipality"), Cli::tr("Route"),
        Cli::tr("Status"), Cli::tr("Next milestone"), Cli::tr("Due date"), Cli::tr("Coach")};
    std::vector<QStringList> table;
    table.reserve(rows->size());
    for (const auto& r : rows.value())
        table.push_back({r.clientId, r.lastName + QStringLiteral(", ") + r.firstNames, maskBsn(r.bsn), r.municipality,
                         label(r.route), label(r.status), nextMilestoneText(r),
                         r.nextDue.isValid() ? r.nextDue.toString(QStringLiteral("dd-MM-yyyy")) : QString(), r.coach});
    if (csv) {
        // The one CSV writer, with its formula guard on: this output goes into spreadsheets too.
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return fail(makeError(ErrorCode::Io, Cli::tr("Cannot write to standard output.")));
        CsvWriter writer(stdOut, CsvDialect::rfc4180(), true);
        Status written = writer.writeRow(header);
        for (const auto& row : table)
            if (written.ok())
                written = writer.writeRow(row);
        if (written.ok())
            written = writer.finish();
        return written.ok() ? Ok : fail(written.error());
    }
    // Plain table: the id column is long, so the table starts with the name and the id comes last.
    std::vector<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList& fields) {
        for (qsizetype i = 0; i < fields.size(); ++i)
            widths[i] = std::max(widths[i], std::min<qsizetype>(fields[i].size(), 40));
    };
    measure(header);
    for (const auto& row : table)
        measure(row);
    auto print = [&](const QStringList& fields) {
        QString line;
        for (qsizetype i = 1; i < fields.size(); ++i)
            line += fields[i].left(40).leftJustified(widths[i]) + QStringLiteral("  ");
        out(line + fields[0] + QLatin1Char('\n'));
    };
    print(header);
    for (const auto& row : table)
        print(row);
    out(Cli::tr("%n client(s)\n", nullptr, static_cast<int>(table.size())));
    return Ok;
}

int cmdShow(Context& ctx) {
    if (ctx.args.size() != 1)
        return usage(Cli::tr("show takes one client id."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    auto dossier = DossierQuery(*store.value()).load(ctx.args.first());
    if (!dossier.ok())
        return fail(dossier.error());
    auto rules = RuleSettingsStore::load(*store.value());
    if (!rules.ok())
        return fail(rules.error());
    out(DossierText::render(dossier.value(), ctx.clock.today(), rules->dueSoonDays));
    return Ok;
}

int cmdImportClients(Context& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), Cli::tr("The spreadsheet (CSV) to import."));
    p.addOption({QStringLiteral("dry-run"), Cli::tr("Check the file and report, without writing.")});
    p.addOption({QStringLiteral("on-duplicate"), Cli::tr("What to do with clients already stored: skip or update."),
                 QStringLiteral("skip|update"), QStringLiteral("skip")});
    p.addOption({QStringLiteral("rejected"), Cli::tr("Write the refused rows with their reason to this CSV file."),
                 QStringLiteral("OUT.csv")});
    p.addOption({QStringLiteral("profile"), Cli::tr("Map the columns with this saved import profile."),
                 QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("import-clients")} + ctx.args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("import-clients takes one file."));
    const QString onDuplicate = p.value(QStringLiteral("on-duplicate"));
    if (onDuplicate != QLatin1String("skip") && onDuplicate != QLatin1String("update"))
        return usage(Cli::tr("--on-duplicate takes skip or update."));
    const QString path = p.positionalArguments().first();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::FileNotFound, Cli::tr("Cannot open the file %1.").arg(path)));
    ImportOptions options;
    options.dialect = CsvDialectDetector::detect(file);
    file.close();
    options.onDuplicate = onDuplicate == QLatin1String("update") ? DuplicatePolicy::Update : DuplicatePolicy::Skip;

    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    if (Status outputs = checkOutputs({p.value(QStringLiteral("rejected"))}); !outputs.ok())
        return fail(outputs.error());
    if (p.isSet(QStringLiteral("profile"))) {
        auto profile = ImportProfileStore::load(*store.value(), p.value(QStringLiteral("profile")));
        if (!profile.ok())
            return fail(profile.error());
        auto preview = ImportPreview::read(path, options.dialect, 0);
        if (!preview.ok())
            return fail(preview.error());
        options.mapping = profile->apply(preview->header);
    }
    auto service = ClientService::forStore(*store.value());
    if (!service.ok())
        return fail(service.error());
    ClientImporter importer(*store.value(), service.value());
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    TerminalProgress progress;
    options.progress = &progress;
    auto report = dryRun ? importer.analyse(path, options) : importer.commit(path, options);
    if (!report.ok())
        return fail(report.error());
    // Row numbers and reasons only: the cells themselves stay out of the terminal and its logs.
    for (const ImportIssue& issue : report->rejected)
        out(Cli::tr("row %1 refused: %2\n").arg(issue.row).arg(issue.message));
    for (const ImportIssue& issue : report->warnings)
        out(Cli::tr("row %1: %2\n").arg(issue.row).arg(issue.message));
    if (p.isSet(QStringLiteral("rejected"))) {
        if (Status s = ClientImporter::writeRejected(report.value(), p.value(QStringLiteral("rejected"))); !s.ok())
            return fail(s.error());
    }
    if (dryRun)
        out(Cli::tr("Dry run: nothing was written.\n"));
    out(report->summaryLine() + QLatin1Char('\n'));
    return Ok;
}

int cmdExportClients(Context& ctx) {
    if (ctx.args.size() != 1 || ctx.args.first().startsWith(QLatin1String("--")))
        return usage(Cli::tr("export-clients takes one output file."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    if (Status outputs = checkOutputs({ctx.args.first()}); !outputs.ok())
        return fail(outputs.error());
    TerminalProgress progress;
    auto count = ClientExporter::exportClients(*store.value(), ctx.args.first(), progress);
    if (!count.ok())
        return fail(count.error());
    out(Cli::tr("Exported %n client(s).\n", nullptr, static_cast<int>(count.value())));
    return Ok;
}

} // namespace

std::vector<CliCommand> clientCommands() {
    return {
        {"list", cmdList,
         [] {
             return Cli::tr("  list [--csv]                  the caseload as a table or CSV\n");
         }},
        {"show", cmdShow,
         [] {
             return Cli::tr("  show ID                       one client's dossier\n");
         }},
        {"import-clients", cmdImportClients,
         [] {
             return Cli::tr(
                 "  import-clients FILE [--dry-run] [--on-duplicate skip|update] [--rejected OUT.csv]\n"
                 "                 [--profile NAME]\n"
                 "                                import a spreadsheet of clients (CSV, dialect detected)\n");
         }},
        {"export-clients", cmdExportClients,
         [] {
             return Cli::tr("  export-clients OUT.csv        all clients as a CSV for Excel\n");
         }},
    };
}

} // namespace koers::cli
