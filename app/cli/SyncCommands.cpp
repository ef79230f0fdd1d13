// koers-cli commands that move data between devices: encrypted sync packages.
#include "CliSupport.h"
#include "TerminalProgress.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace koers::cli {

namespace {

int cmdSyncExport(Context& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("out"), Cli::tr("The package to write."));
    p.addOption({QStringLiteral("peer"), Cli::tr("The device or person the package is for."), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("full"), Cli::tr("Everything, not only the changes since the last package for the peer.")});
    p.addOption({QStringLiteral("package-passphrase-file"), Cli::tr("File whose first line is the package passphrase."),
                 QStringLiteral("F")});
    p.addOption({QStringLiteral("coach"), Cli::tr("Only this coach's caseload (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("municipality"), Cli::tr("Only this municipality's clients (repeatable)."),
                 QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("sync-export")} + ctx.args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("sync-export takes one output file."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    if (Status outputs = checkOutputs({p.positionalArguments().first()}); !outputs.ok())
        return fail(outputs.error());
    int refused = Ok;
    SecretBytes pass = packagePassphrase(p.value(QStringLiteral("package-passphrase-file")), true, refused);
    if (pass.isEmpty())
        return refused;
    QElapsedTimer timer;
    timer.start();
    SyncExportOptions options;
    options.peer = p.value(QStringLiteral("peer"));
    options.full = p.isSet(QStringLiteral("full"));
    options.coaches = p.values(QStringLiteral("coach"));
    options.municipalities = p.values(QStringLiteral("municipality"));
    TerminalProgress progress;
    options.progress = &progress;
    auto summary = SyncExporter(*store.value()).exportTo(p.positionalArguments().first(), pass.bytes(), options);
    if (!summary.ok())
        return fail(summary.error());
    out(Cli::tr("Wrote %1 (%2, %3 records) in %4 s.\n")
            .arg(p.positionalArguments().first(),
                 summary->full ? Cli::tr("full package") : Cli::tr("changes since the last package for this peer"))
            .arg(summary->rows)
            .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

int cmdSyncImport(Context& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), Cli::tr("The package to import."));
    p.addOption({QStringLiteral("package-passphrase-file"), Cli::tr("File whose first line is the package passphrase."),
                 QStringLiteral("F")});
    p.addOption({QStringLiteral("allow-deletions"),
                 Cli::tr("Accept a package that deletes or empties up to N clients (asked otherwise)."),
                 QStringLiteral("N")});
    if (!p.parse(QStringList{QStringLiteral("sync-import")} + ctx.args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("sync-import takes one package file."));
    SyncImportOptions options;
    if (p.isSet(QStringLiteral("allow-deletions"))) {
        bool ok = false;
        options.allowedDeletions = p.value(QStringLiteral("allow-deletions")).toLongLong(&ok);
        if (!ok || options.allowedDeletions < 0)
            return usage(Cli::tr("--allow-deletions takes a whole number."));
    }
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    int refused = Ok;
    SecretBytes pass = packagePassphrase(p.value(QStringLiteral("package-passphrase-file")), false, refused);
    if (pass.isEmpty())
        return refused;
    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress;
    options.progress = &progress;
    auto summary = SyncImporter(*store.value()).importFrom(p.positionalArguments().first(), pass.bytes(), options);
    if (!summary.ok())
        return fail(summary.error());
    const SyncImportCounts& t = summary->total;
    out(Cli::tr("Imported a package from device %1 made %2: %3 new, %4 updated, %5 unchanged, %6 conflicts (%7 s).\n")
            .arg(summary->sourceDevice, summary->created.toString(Qt::ISODate))
            .arg(t.added)
            .arg(t.updated)
            .arg(t.unchanged)
            .arg(t.conflicts)
            .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    const SyncClientEffects& e = summary->effects;
    if (e.affected() > 0)
        out(Cli::tr("Clients deleted: %1, emptied: %2, anonymised: %3. The file as it was before is kept as the "
                    "backup %4 (see restore --list).\n")
                .arg(e.deleted)
                .arg(e.emptied)
                .arg(e.anonymised)
                .arg(QFileInfo(summary->backupPath).fileName()));
    return Ok;
}

} // namespace

std::vector<CliCommand> syncCommands() {
    return {
        {"sync-export", cmdSyncExport,
         [] {
             return Cli::tr(
                 "  sync-export OUT.koerssync [--peer NAME] [--full] [--package-passphrase-file F]\n"
                 "              [--coach NAME]... [--municipality NAME]...\n"
                 "                                write an encrypted sync package (for a peer: only the changes\n"
                 "                                since its last package, unless --full; with --coach or\n"
                 "                                --municipality only that caseload)\n");
         }},
        {"sync-import", cmdSyncImport,
         [] {
             return Cli::tr(
                 "  sync-import FILE.koerssync [--package-passphrase-file F] [--allow-deletions N]\n"
                 "                                merge a sync package from another device (one that\n"
                 "                                deletes or empties many clients needs --allow-deletions)\n");
         }},
    };
}

} // namespace koers::cli
