// koers-cli: everything the core can do, without a window. Exit codes: 0 ok, 1 error, 2 usage,
// 3 wrong passphrase, 4 file in use by another instance; one line on stderr for every error.
#include "PassphraseInput.h"
#include "Startup.h"
#include "csv/CsvDialectDetector.h"
#include "demo/DemoLoader.h"
#include "import/ClientExporter.h"
#include "import/ClientImporter.h"
#include "import/ImportPreview.h"
#include "import/ImportProfileStore.h"
#include "report/DossierDocument.h"
#include "report/DossierText.h"
#include "report/Report.h"
#include "report/ReportDocument.h"
#include "rules/Bsn.h"
#include "storage/BackupStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/ClientService.h"
#include "storage/DossierQuery.h"
#include "storage/RetentionService.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Schema.h"
#include "storage/Store.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstdio>

using namespace koers;

namespace {

enum Exit { Ok = 0, Failure = 1, Usage = 2, WrongPassphrase = 3, InUse = 4 };

// Context for lupdate: the strings of this file are translated under "Cli".
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void out(const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

int fail(const Error& e) {
    std::fprintf(stderr, "koers-cli: %s\n", e.message.toLocal8Bit().constData());
    if (e.code == ErrorCode::Locked)
        return InUse;
    return e.code == ErrorCode::WrongPassphrase ? WrongPassphrase : Failure;
}

int usage(const QString& message) {
    std::fprintf(stderr, "koers-cli: %s\n", message.toLocal8Bit().constData());
    return Usage;
}

QString actorName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("koers-cli") : user;
}

struct Context {
    QString dbPath;
    PassphraseInput passphrases;
    SystemClock clock;
    QStringList args; // after the command name
};

Result<std::unique_ptr<Store>> openStore(Context& ctx) {
    if (!QFileInfo::exists(ctx.dbPath))
        return makeError(ErrorCode::FileNotFound, Cli::tr("The file %1 does not exist.").arg(ctx.dbPath));
    SecretBytes pass = ctx.passphrases.current(Cli::tr("Passphrase: "));
    if (pass.isEmpty())
        return makeError(ErrorCode::Invalid, Cli::tr("No passphrase given."));
    return Store::open(ctx.dbPath, pass.bytes(), ctx.clock, actorName());
}

int cmdInit(Context& ctx) {
    SecretBytes pass = ctx.passphrases.fresh(Cli::tr("New passphrase: "), Cli::tr("Repeat the passphrase: "));
    if (pass.isEmpty())
        return usage(Cli::tr("No passphrase given, or the two entries differ."));
    auto store = Store::create(ctx.dbPath, pass.bytes(), ctx.clock, actorName());
    if (!store.ok())
        return fail(store.error());
    out(Cli::tr("Created %1 (encrypted, schema %2).\n")
            .arg(QFileInfo(ctx.dbPath).absoluteFilePath())
            .arg(Schema::latestVersion()));
    return Ok;
}

int cmdDemo(Context& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("clients"), Cli::tr("Number of clients."), QStringLiteral("N"), QStringLiteral("200")});
    p.addOption({QStringLiteral("seed"), Cli::tr("Seed of the generator."), QStringLiteral("S"), QStringLiteral("1")});
    if (!p.parse(QStringList{QStringLiteral("demo")} + ctx.args))
        return usage(p.errorText());
    bool okN = false;
    bool okS = false;
    const int clients = p.value(QStringLiteral("clients")).toInt(&okN);
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&okS);
    if (!okN || clients < 0 || !okS)
        return usage(Cli::tr("--clients and --seed take a whole number."));

    Result<std::unique_ptr<Store>> store = makeError(ErrorCode::Invalid, QString());
    if (QFileInfo::exists(ctx.dbPath)) {
        store = openStore(ctx);
    } else {
        SecretBytes pass = ctx.passphrases.fresh(Cli::tr("New passphrase: "), Cli::tr("Repeat the passphrase: "));
        if (pass.isEmpty())
            return usage(Cli::tr("No passphrase given, or the two entries differ."));
        store = Store::create(ctx.dbPath, pass.bytes(), ctx.clock, actorName());
    }
    if (!store.ok())
        return fail(store.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoLoader::load(*store.value(), clients, seed);
    if (!summary.ok())
        return fail(summary.error());
    out(Cli::tr("Added %1 demo clients (%2 records) in %3 s.\n")
            .arg(summary->clients)
            .arg(summary->records)
            .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

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
        auto quote = [](const QString& f) {
            if (!f.contains(QLatin1Char(',')) && !f.contains(QLatin1Char('"')) && !f.contains(QLatin1Char('\n')))
                return f;
            QString q = f;
            q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + q + QLatin1Char('"');
        };
        auto line = [&](const QStringList& fields) {
            QStringList quoted;
            for (const auto& f : fields)
                quoted << quote(f);
            out(quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
        };
        line(header);
        for (const auto& row : table)
            line(row);
        return Ok;
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

int cmdCheck(Context& ctx) {
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    Database& db = store.value()->db();
    bool healthy = true;
    auto report = [&](const QString& what, const QString& value, bool good) {
        healthy = healthy && good;
        out(QStringLiteral("%1: %2\n").arg(what, value));
    };
    auto cipher = db.queryText(u"PRAGMA cipher_version");
    report(Cli::tr("SQLCipher"), cipher.ok() ? cipher.value() : cipher.message(), cipher.ok() && !cipher->isEmpty());
    const bool plain = db.looksPlainOnDisk();
    report(Cli::tr("Encrypted file header"), plain ? Cli::tr("NO - plain SQLite") : Cli::tr("yes"), !plain);
    report(Cli::tr("Schema version"), QString::number(db.userVersion()), db.userVersion() == Schema::latestVersion());
    auto integrity = db.queryText(u"PRAGMA integrity_check");
    report(Cli::tr("Integrity"), integrity.ok() ? integrity.value() : integrity.message(),
           integrity.ok() && integrity.value() == QStringLiteral("ok"));
    auto st = db.prepare(u"PRAGMA foreign_key_check");
    int broken = 0;
    if (st.ok())
        while (st->step().value())
            ++broken;
    report(Cli::tr("Broken references"), st.ok() ? QString::number(broken) : st.message(), st.ok() && broken == 0);
    for (const char* table : {"municipality", "coach", "client", "milestone", "audit_log"}) {
        auto n = db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        report(Cli::tr("Rows in %1").arg(QLatin1String(table)), n.ok() ? QString::number(n.value()) : n.message(),
               n.ok());
    }
    out(healthy ? Cli::tr("Check passed.\n") : Cli::tr("Check FAILED.\n"));
    return healthy ? Ok : Failure;
}

int cmdPasswd(Context& ctx) {
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    SecretBytes fresh = ctx.passphrases.fresh(Cli::tr("New passphrase: "), Cli::tr("Repeat the new passphrase: "));
    if (fresh.isEmpty())
        return usage(Cli::tr("No new passphrase given, or the two entries differ."));
    if (Status s = store.value()->db().changePassphrase(fresh.bytes()); !s.ok())
        return fail(s.error());
    if (Status s = store.value()->audit(u"passwd"); !s.ok())
        return fail(s.error());
    out(Cli::tr("Passphrase changed. The previous version is kept as an encrypted backup under the old passphrase.\n"));
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
    auto count = ClientExporter::exportClients(*store.value(), ctx.args.first());
    if (!count.ok())
        return fail(count.error());
    out(Cli::tr("Exported %n client(s).\n", nullptr, static_cast<int>(count.value())));
    return Ok;
}

// The package passphrase: from --package-passphrase-file, else the next line of standard input, else a prompt
// (twice when making a package, so a typo does not lock the recipient out).
SecretBytes packagePassphrase(const QString& file, bool fresh) {
    PassphraseInput input(file);
    if (fresh)
        return input.fresh(Cli::tr("Package passphrase: "), Cli::tr("Repeat the package passphrase: "));
    return input.current(Cli::tr("Package passphrase: "));
}

int cmdSyncExport(Context& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("out"), Cli::tr("The package to write."));
    p.addOption({QStringLiteral("peer"), Cli::tr("The device or person the package is for."), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("full"), Cli::tr("Everything, not only the changes since the last package for the peer.")});
    p.addOption({QStringLiteral("package-passphrase-file"), Cli::tr("File whose first line is the package passphrase."),
                 QStringLiteral("F")});
    if (!p.parse(QStringList{QStringLiteral("sync-export")} + ctx.args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("sync-export takes one output file."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    SecretBytes pass = packagePassphrase(p.value(QStringLiteral("package-passphrase-file")), true);
    if (pass.isEmpty())
        return usage(Cli::tr("No package passphrase given, or the two entries differ."));
    QElapsedTimer timer;
    timer.start();
    SyncExportOptions options;
    options.peer = p.value(QStringLiteral("peer"));
    options.full = p.isSet(QStringLiteral("full"));
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
    if (!p.parse(QStringList{QStringLiteral("sync-import")} + ctx.args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("sync-import takes one package file."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    SecretBytes pass = packagePassphrase(p.value(QStringLiteral("package-passphrase-file")), false);
    if (pass.isEmpty())
        return usage(Cli::tr("No package passphrase given."));
    QElapsedTimer timer;
    timer.start();
    auto summary = SyncImporter(*store.value()).importFrom(p.positionalArguments().first(), pass.bytes());
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
    return Ok;
}

// --- report and dossier: PDFs with charts, so these two run on a QApplication (offscreen platform).

QDate cliDate(const QString& text) {
    const QDate iso = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return iso.isValid() ? iso : QDate::fromString(text, QStringLiteral("dd-MM-yyyy"));
}

int cmdReport(Context& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), Cli::tr("First day of the period."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day of the period."), QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("municipality"), Cli::tr("Only this municipality (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("pdf"), Cli::tr("Write the report to this PDF file."), QStringLiteral("OUT.pdf")});
    p.addOption({QStringLiteral("csv"), Cli::tr("Write the figures to this CSV file."), QStringLiteral("OUT.csv")});
    p.addOption({QStringLiteral("threshold"), Cli::tr("Hide numbers below this (default 5)."), QStringLiteral("N"),
                 QStringLiteral("5")});
    if (!p.parse(QStringList{QStringLiteral("report")} + ctx.args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(Cli::tr("report takes no arguments besides its options."));
    ReportSpec spec;
    spec.from = cliDate(p.value(QStringLiteral("from")));
    spec.to = cliDate(p.value(QStringLiteral("to")));
    if (!spec.from.isValid() || !spec.to.isValid())
        return usage(Cli::tr("--from and --to take a date as yyyy-mm-dd or dd-mm-yyyy."));
    if (spec.from > spec.to)
        return usage(Cli::tr("--from lies after --to."));
    bool okThreshold = false;
    spec.threshold = p.value(QStringLiteral("threshold")).toInt(&okThreshold);
    if (!okThreshold || spec.threshold < 2)
        return usage(Cli::tr("--threshold takes a whole number of at least 2."));
    const QString pdf = p.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(Cli::tr("report needs --pdf OUT.pdf."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    const QStringList wanted = p.values(QStringLiteral("municipality"));
    if (!wanted.isEmpty()) {
        QHash<QString, QString> byName; // folded name -> id
        auto st = store.value()->db().prepare(u"SELECT id, name FROM municipality WHERE deleted = 0");
        if (!st.ok())
            return fail(st.error());
        const Status read =
            st->each([&byName](Statement& row) { byName.insert(row.text(1).toCaseFolded(), row.text(0)); });
        if (!read.ok())
            return fail(read.error());
        for (const QString& name : wanted) {
            const QString id = byName.value(name.trimmed().toCaseFolded());
            if (id.isEmpty())
                return usage(Cli::tr("Unknown municipality: %1").arg(name));
            spec.municipalityIds << id;
        }
    }
    auto report = Report::make(*store.value(), spec);
    if (!report.ok())
        return fail(report.error());
    if (const Status written = ReportDocument::writePdf(report.value(), pdf); !written.ok())
        return fail(written.error());
    const QString csv = p.value(QStringLiteral("csv"));
    if (!csv.isEmpty())
        if (const Status written = report->writeCsv(csv); !written.ok())
            return fail(written.error());
    if (const Status logged = store.value()->audit(u"export-report", {}, {}, {},
                                                   csv.isEmpty() ? QStringLiteral("pdf") : QStringLiteral("pdf,csv"));
        !logged.ok())
        return fail(logged.error());
    out(Cli::tr("Report for %1 written to %2.\n").arg(report->periodText(), pdf));
    return Ok;
}

int cmdDossier(Context& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), Cli::tr("The client's id."));
    p.addOption({QStringLiteral("pdf"), Cli::tr("Write the dossier to this PDF file."), QStringLiteral("OUT.pdf")});
    p.addOption({QStringLiteral("csv"), Cli::tr("Write the dossier to this CSV file."), QStringLiteral("OUT.csv")});
    if (!p.parse(QStringList{QStringLiteral("dossier")} + ctx.args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("dossier takes one client id."));
    const QString pdf = p.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(Cli::tr("dossier needs --pdf OUT.pdf."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    const Status done = DossierDocument::exportDossier(*store.value(), p.positionalArguments().first(), pdf,
                                                       p.value(QStringLiteral("csv")));
    if (!done.ok())
        return fail(done.error());
    out(Cli::tr("Dossier written to %1. The file is not encrypted: hand it over and delete it.\n").arg(pdf));
    return Ok;
}

// The command decides the application object before it exists: report and dossier draw with QtGui on
// the offscreen platform, every other command stays a QCoreApplication that needs no display.
bool needsGui(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--db" || arg == "--passphrase-file") {
            ++i;
            continue;
        }
        if (arg.startsWith("--"))
            continue;
        return arg == "report" || arg == "dossier";
    }
    return false;
}

// restore --list: the backups beside the file, newest first; restore BACKUP: a number from that list, a file
// name in the backups folder or a path. The passphrase asked is the backup's own.
int cmdRestore(Context& ctx) {
    const std::vector<BackupInfo> backups = BackupStore::list(ctx.dbPath);
    if (ctx.args == QStringList{QStringLiteral("--list")}) {
        int n = 0;
        for (const BackupInfo& b : backups)
            out(QStringLiteral("%1  %2  %3  %4 KiB  %5\n")
                    .arg(++n, 2)
                    .arg(b.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), b.reason.leftJustified(14))
                    .arg(b.size / 1024, 8)
                    .arg(QFileInfo(b.path).fileName()));
        out(Cli::tr("%n backup(s) in %1\n", nullptr, static_cast<int>(backups.size()))
                .arg(BackupStore::folderFor(ctx.dbPath)));
        return Ok;
    }
    if (ctx.args.size() != 1 || ctx.args.first().startsWith(QLatin1String("--")))
        return usage(Cli::tr("restore takes --list or one backup (number, name or path)."));
    const QString which = ctx.args.first();
    QString path;
    bool isNumber = false;
    const int index = which.toInt(&isNumber);
    if (isNumber && index >= 1 && index <= static_cast<int>(backups.size()))
        path = backups[static_cast<std::size_t>(index - 1)].path;
    else if (QFileInfo(which).isFile())
        path = which;
    else if (QFileInfo(QDir(BackupStore::folderFor(ctx.dbPath)).filePath(which)).isFile())
        path = QDir(BackupStore::folderFor(ctx.dbPath)).filePath(which);
    else
        return fail(makeError(ErrorCode::FileNotFound, Cli::tr("No backup %1 (see restore --list).").arg(which)));
    SecretBytes pass = ctx.passphrases.current(Cli::tr("Passphrase of the backup: "));
    if (pass.isEmpty())
        return usage(Cli::tr("No passphrase given."));
    auto kept = BackupStore::restore(ctx.dbPath, path, pass.bytes());
    if (!kept.ok())
        return fail(kept.error());
    // The audit log of the restored file records the restore.
    auto store = Store::open(ctx.dbPath, pass.bytes(), ctx.clock, actorName());
    if (!store.ok())
        return fail(store.error());
    if (Status s = store.value()->audit(u"restore", {}, {}, {}, QFileInfo(path).fileName()); !s.ok())
        return fail(s.error());
    out(Cli::tr("Restored %1. The replaced file is kept as %2. The file now opens with the backup's passphrase.\n")
            .arg(QFileInfo(path).fileName(), kept->isEmpty() ? Cli::tr("(none)") : QFileInfo(kept.value()).fileName()));
    return Ok;
}

// retention [--list] [--delete-expired] [--years N]: the dossiers past the retention term (rule setting
// retention_years unless --years), and with --delete-expired their anonymisation.
int cmdRetention(Context& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("list"), Cli::tr("List the dossiers past the retention term (the default).")});
    p.addOption({QStringLiteral("delete-expired"), Cli::tr("Anonymise every dossier past the retention term.")});
    p.addOption({QStringLiteral("years"), Cli::tr("Years after the end of the duty (default: the rule setting)."),
                 QStringLiteral("N")});
    if (!p.parse(QStringList{QStringLiteral("retention")} + ctx.args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(Cli::tr("retention takes no file or id."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    auto rules = RuleSettingsStore::load(*store.value());
    if (!rules.ok())
        return fail(rules.error());
    int years = rules->retentionYears;
    if (p.isSet(QStringLiteral("years"))) {
        bool ok = false;
        years = p.value(QStringLiteral("years")).toInt(&ok);
        if (!ok || years < 0)
            return usage(Cli::tr("--years takes a whole number."));
    }
    RetentionService retention(*store.value());
    auto expired = retention.expired(ctx.clock.today(), years);
    if (!expired.ok())
        return fail(expired.error());
    QStringList ids;
    for (const ExpiredDossier& d : expired.value()) {
        ids << d.clientId;
        out(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                .arg(d.dutyEnded.toString(QStringLiteral("dd-MM-yyyy")),
                     d.expiredOn.toString(QStringLiteral("dd-MM-yyyy")), label(d.status).leftJustified(20),
                     d.municipality.leftJustified(16), d.name.left(40), d.clientId));
    }
    out(Cli::tr("%n dossier(s) past the retention term of %1 years after the end of the duty.\n", nullptr,
                static_cast<int>(ids.size()))
            .arg(years));
    if (!p.isSet(QStringLiteral("delete-expired")))
        return Ok;
    auto done = retention.anonymise(ids);
    if (!done.ok())
        return fail(done.error());
    out(Cli::tr("Anonymised %n dossier(s); the file was vacuumed.\n", nullptr, done.value()));
    return Ok;
}

} // namespace

int main(int argc, char** argv) {
    hardenProcess();
    const bool gui = needsGui(argc, argv);
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("koers-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOERS_VERSION));
    installTranslators(app);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dbPath;
    QString passFile;
    // Global options come before the command; everything after the command belongs to it.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            out(QStringLiteral("koers-cli %1\n").arg(QStringLiteral(KOERS_VERSION)));
            return Ok;
        }
        if (opt == QLatin1String("--help")) {
            out(Cli::tr(
                "Usage: koers-cli --db FILE [--passphrase-file F] COMMAND [options]\n\n"
                "Commands:\n"
                "  init                          create a new encrypted file\n"
                "  demo --clients N [--seed S]   add synthetic demo clients (creates the file if needed)\n"
                "  list [--csv]                  the caseload as a table or CSV\n"
                "  show ID                       one client's dossier\n"
                "  check                         integrity and cipher check\n"
                "  passwd                        change the passphrase\n"
                "  restore --list | restore BACKUP\n"
                "                                list the encrypted backups, or put one in place of the file\n"
                "  retention [--list] [--delete-expired] [--years N]\n"
                "                                dossiers past the retention term; anonymise them\n"
                "  import-clients FILE [--dry-run] [--on-duplicate skip|update] [--rejected OUT.csv]\n"
                "                 [--profile NAME]\n"
                "                                import a spreadsheet of clients (CSV, dialect detected)\n"
                "  export-clients OUT.csv        all clients as a CSV for Excel\n"
                "  sync-export OUT.koerssync [--peer NAME] [--full] [--package-passphrase-file F]\n"
                "                                write an encrypted sync package (for a peer: only the changes\n"
                "                                since its last package, unless --full)\n"
                "  sync-import FILE.koerssync [--package-passphrase-file F]\n"
                "                                merge a sync package from another device\n"
                "  report --from DATE --to DATE [--municipality NAME]... --pdf OUT.pdf [--csv OUT.csv]\n"
                "         [--threshold N]        anonymous report for the college van B&W (dates as\n"
                "                                yyyy-mm-dd or dd-mm-yyyy)\n"
                "  dossier ID --pdf OUT.pdf [--csv OUT.csv]\n"
                "                                one client's whole dossier for an access request (AVG)\n\n"
                "The passphrase is read from --passphrase-file, else from the first line of standard input\n"
                "when it is not a terminal, else asked without echo. Exit codes: 0 ok, 1 error, 2 usage,\n"
                "3 wrong passphrase, 4 file in use by another instance.\n"
                "The package passphrase is read from --package-passphrase-file, else from the next line of\n"
                "standard input, else asked without echo.\n"));
            return Ok;
        }
        if ((opt == QLatin1String("--db") || opt == QLatin1String("--passphrase-file")) && !args.isEmpty()) {
            (opt == QLatin1String("--db") ? dbPath : passFile) = args.takeFirst();
            continue;
        }
        return usage(Cli::tr("Unknown option %1 (see --help).").arg(opt));
    }
    if (args.isEmpty())
        return usage(Cli::tr("No command given (see --help)."));
    if (dbPath.isEmpty())
        return usage(Cli::tr("--db FILE is required."));

    const QString command = args.takeFirst();
    Context ctx{dbPath, PassphraseInput(passFile), {}, args};
    if (command == QLatin1String("init"))
        return args.isEmpty() ? cmdInit(ctx) : usage(Cli::tr("init takes no arguments."));
    if (command == QLatin1String("demo"))
        return cmdDemo(ctx);
    if (command == QLatin1String("list"))
        return cmdList(ctx);
    if (command == QLatin1String("show"))
        return cmdShow(ctx);
    if (command == QLatin1String("check"))
        return args.isEmpty() ? cmdCheck(ctx) : usage(Cli::tr("check takes no arguments."));
    if (command == QLatin1String("passwd"))
        return args.isEmpty() ? cmdPasswd(ctx) : usage(Cli::tr("passwd takes no arguments."));
    if (command == QLatin1String("retention"))
        return cmdRetention(ctx);
    if (command == QLatin1String("restore"))
        return cmdRestore(ctx);
    if (command == QLatin1String("import-clients"))
        return cmdImportClients(ctx);
    if (command == QLatin1String("export-clients"))
        return cmdExportClients(ctx);
    if (command == QLatin1String("sync-export"))
        return cmdSyncExport(ctx);
    if (command == QLatin1String("sync-import"))
        return cmdSyncImport(ctx);
    if (command == QLatin1String("report"))
        return cmdReport(ctx);
    if (command == QLatin1String("dossier"))
        return cmdDossier(ctx);
    return usage(Cli::tr("Unknown command %1 (see --help).").arg(command));
}
