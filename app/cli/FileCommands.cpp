// koers-cli commands about the file itself: create, fill with demo data, check, passphrase, backups, retention.
#include "CliSupport.h"
#include "TerminalProgress.h"
#include "demo/DemoLoader.h"
#include "services/BackupStore.h"
#include "services/RetentionService.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace koers::cli {

namespace {

int cmdInit(Context& ctx) {
    int refused = Ok;
    SecretBytes pass =
        newPassphrase(ctx.passphrases, Cli::tr("New passphrase: "), Cli::tr("Repeat the passphrase: "), refused);
    if (pass.isEmpty())
        return refused;
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
        int refused = Ok;
        SecretBytes pass =
            newPassphrase(ctx.passphrases, Cli::tr("New passphrase: "), Cli::tr("Repeat the passphrase: "), refused);
        if (pass.isEmpty())
            return refused;
        store = Store::create(ctx.dbPath, pass.bytes(), ctx.clock, actorName());
    }
    if (!store.ok())
        return fail(store.error());
    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress;
    auto summary = DemoLoader::load(*store.value(), clients, seed, progress);
    if (!summary.ok())
        return fail(summary.error());
    out(Cli::tr("Added %1 demo clients (%2 records) in %3 s.\n")
            .arg(summary->clients)
            .arg(summary->records)
            .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

// Where to turn when the file is damaged: its newest backups.
void reportBackups(const QString& dbPath) {
    const std::vector<BackupInfo> backups = BackupStore::list(dbPath);
    if (backups.empty()) {
        out(Cli::tr("Backups: none in %1\n").arg(BackupStore::folderFor(dbPath)));
        return;
    }
    out(Cli::tr("Backups: %n (restore one with: koers-cli --db FILE restore N), newest first:\n", nullptr,
                static_cast<int>(backups.size())));
    for (std::size_t i = 0; i < std::min<std::size_t>(backups.size(), 5); ++i)
        out(QStringLiteral("  %1  %2  %3\n")
                .arg(i + 1, 2)
                .arg(backups[i].at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), backups[i].reason));
}

// check: what a person needs to know of a file that may be damaged; never stops at the first fault.
int cmdCheck(Context& ctx) {
    auto store = openStore(ctx);
    if (!store.ok()) {
        if (store.code() == ErrorCode::WrongPassphrase || store.code() == ErrorCode::Locked ||
            store.code() == ErrorCode::FileNotFound || store.code() == ErrorCode::Invalid)
            return fail(store.error());
        out(Cli::tr("File: %1\n").arg(store.message()));
        reportBackups(ctx.dbPath);
        out(Cli::tr("Check FAILED.\n"));
        return Failure;
    }
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
    // Every line integrity_check reports (up to its limit), each a fault.
    QStringList faults;
    Status integrity = [&]() -> Status {
        auto st = db.prepare(u"PRAGMA integrity_check(20)");
        if (!st.ok())
            return st.error();
        return st->each([&faults](const Statement& row) {
            if (row.text(0) != QLatin1String("ok"))
                faults << row.text(0);
        });
    }();
    report(Cli::tr("Integrity"),
           !integrity.ok() ? integrity.message()
           : faults.isEmpty()
               ? QStringLiteral("ok")
               : Cli::tr("%n fault(s), the first: %1", nullptr, static_cast<int>(faults.size())).arg(faults.first()),
           integrity.ok() && faults.isEmpty());
    int broken = 0;
    Status references = [&]() -> Status {
        auto st = db.prepare(u"PRAGMA foreign_key_check");
        if (!st.ok())
            return st.error();
        return st->each([&broken](const Statement&) { ++broken; });
    }();
    report(Cli::tr("Broken references"), references.ok() ? QString::number(broken) : references.message(),
           references.ok() && broken == 0);
    for (const char* table : {"municipality", "coach", "client", "milestone", "audit_log"}) {
        auto n = db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        report(Cli::tr("Rows in %1").arg(QLatin1String(table)), n.ok() ? QString::number(n.value()) : n.message(),
               n.ok());
    }
    if (!healthy)
        reportBackups(ctx.dbPath);
    out(healthy ? Cli::tr("Check passed.\n") : Cli::tr("Check FAILED.\n"));
    return healthy ? Ok : Failure;
}

int cmdPasswd(Context& ctx) {
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    int refused = Ok;
    SecretBytes fresh =
        newPassphrase(ctx.passphrases, Cli::tr("New passphrase: "), Cli::tr("Repeat the new passphrase: "), refused);
    if (fresh.isEmpty())
        return refused;
    TerminalProgress progress;
    if (Status s = store.value()->db().changePassphrase(fresh.bytes(), progress); !s.ok())
        return fail(s.error());
    if (Status s = store.value()->audit(u"passwd"); !s.ok())
        return fail(s.error());
    out(Cli::tr("Passphrase changed. The previous version is kept as an encrypted backup under the old passphrase.\n"));
    return Ok;
}

// backup [--to DIR]: an encrypted copy now, beside the file (rotated with the others) or into DIR (a USB stick).
int cmdBackup(Context& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("to"), Cli::tr("Folder to write the copy into (default: the backups folder)."),
                 QStringLiteral("DIR")});
    if (!p.parse(QStringList{QStringLiteral("backup")} + ctx.args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(Cli::tr("backup takes no file; use --to DIR for another folder."));
    if (p.isSet(QStringLiteral("to")) && p.value(QStringLiteral("to")).isEmpty())
        return usage(Cli::tr("--to takes a folder."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    TerminalProgress progress;
    auto made = store.value()->db().backupNow(p.value(QStringLiteral("to")), progress);
    if (!made.ok())
        return fail(made.error());
    out(Cli::tr("Backup written: %1 (encrypted, opens with the file's passphrase).\n")
            .arg(QDir::toNativeSeparators(made.value())));
    return Ok;
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
    TerminalProgress progress;
    auto kept = BackupStore::restore(ctx.dbPath, path, pass.bytes(), progress);
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
    TerminalProgress progress;
    auto done = retention.anonymise(ids, progress);
    if (!done.ok())
        return fail(done.error());
    out(Cli::tr("Anonymised %n dossier(s); the file was vacuumed.\n", nullptr, done.value()));
    return Ok;
}

} // namespace

std::vector<CliCommand> fileCommands() {
    return {
        {"init",
         [](Context& ctx) { return ctx.args.isEmpty() ? cmdInit(ctx) : usage(Cli::tr("init takes no arguments.")); },
         [] {
             return Cli::tr("  init                          create a new encrypted file\n");
         }},
        {"demo", cmdDemo,
         [] {
             return Cli::tr(
                 "  demo --clients N [--seed S]   add synthetic demo clients (creates the file if needed)\n");
         }},
        {"check",
         [](Context& ctx) { return ctx.args.isEmpty() ? cmdCheck(ctx) : usage(Cli::tr("check takes no arguments.")); },
         [] {
             return Cli::tr("  check                         integrity and cipher check\n");
         }},
        {"passwd",
         [](Context& ctx) {
             return ctx.args.isEmpty() ? cmdPasswd(ctx) : usage(Cli::tr("passwd takes no arguments."));
         },
         [] {
             return Cli::tr("  passwd                        change the passphrase\n");
         }},
        {"backup", cmdBackup,
         [] {
             return Cli::tr("  backup [--to DIR]             an encrypted copy now, beside the file or into DIR\n");
         }},
        {"restore", cmdRestore,
         [] {
             return Cli::tr(
                 "  restore --list | restore BACKUP\n"
                 "                                list the encrypted backups, or put one in place of the file\n");
         }},
        {"retention", cmdRetention,
         [] {
             return Cli::tr("  retention [--list] [--delete-expired] [--years N]\n"
                            "                                dossiers past the retention term; anonymise them\n");
         }},
    };
}

} // namespace koers::cli
