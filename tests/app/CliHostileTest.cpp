// koers-cli as a careless user and a hostile peer meet it (issue 15): outputs aimed at the database,
// plaintext left readable by others, weak passphrases, endless passphrase files, formulas in CSV output,
// damaged and cut-off files, a kill while a file is made, backups pushed out by imports that change nothing.
#include <catch2/catch.hpp>

#include "CliChild.h"
#include "CliRun.h"
#include "core/storage/TestSupport.h"
#include "domain/Client.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sys/stat.h>
#include <unistd.h>

using namespace koers;
using namespace koers::test;

namespace {

constexpr char kPass[] = "hostile pass 1";
constexpr char kPackagePass[] = "hostile package pass";

CliRun cliOn(const QString& db, const QStringList& args, const QByteArray& input = QByteArray(kPass) + '\n') {
    return runKoersCli(QStringList{QStringLiteral("--db"), db} + args, input);
}

void writeText(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

int modeOf(const QString& path) {
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

// A demo file with a spreadsheet import behind it, so its backups folder holds one backup.
QString makeFile(const QTemporaryDir& dir, const QString& name = QStringLiteral("team.koers")) {
    const QString db = dir.filePath(name);
    REQUIRE(cliOn(db, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("6")}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("new.csv"));
    writeText(csv, "Voornaam;Achternaam;Geboortedatum\nTessa;Importeer;01-02-1991\n");
    REQUIRE(cliOn(db, {QStringLiteral("import-clients"), csv}).exitCode == 0);
    return db;
}

QString firstClientId(const QString& db) {
    const CliRun list = cliOn(db, {QStringLiteral("list"), QStringLiteral("--csv")});
    REQUIRE(list.exitCode == 0);
    return list.out.split(QStringLiteral("\r\n")).at(1).section(QLatin1Char(','), 0, 0);
}

void flipByte(const QString& path, qint64 offset) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(static_cast<char>(c ^ 0x5a)));
}

} // namespace

TEST_CASE("Every output aimed at the open file, its journal or its backups is refused", "[cli][hostile]") {
    QTemporaryDir dir;
    const QString db = makeFile(dir);
    const QString id = firstClientId(db);
    const QString backup =
        QDir(db + QStringLiteral(".backups")).entryInfoList({QStringLiteral("*.koers")}).value(0).filePath();
    REQUIRE_FALSE(backup.isEmpty());
    const QString link = dir.filePath(QStringLiteral("innocent.csv"));
    REQUIRE(QFile::link(db, link));
    const QString hard = dir.filePath(QStringLiteral("hard.csv"));
    REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(hard).constData()) == 0);
    const QString pdf = dir.filePath(QStringLiteral("fine.pdf"));
    const QString rows = dir.filePath(QStringLiteral("new.csv"));

    for (const QString& target : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), backup, link, hard,
                                  dir.filePath(QStringLiteral("sub/../team.koers"))}) {
        const QList<QPair<QStringList, QByteArray>> commands{
            {{QStringLiteral("export-clients"), target}, QByteArray(kPass) + '\n'},
            {{QStringLiteral("sync-export"), target},
             QByteArray(kPass) + '\n' + kPackagePass + '\n' + kPackagePass + '\n'},
            {{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
              QStringLiteral("2026-06-30"), QStringLiteral("--pdf"), target},
             QByteArray(kPass) + '\n'},
            {{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
              QStringLiteral("2026-06-30"), QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), target},
             QByteArray(kPass) + '\n'},
            {{QStringLiteral("dossier"), id, QStringLiteral("--pdf"), target}, QByteArray(kPass) + '\n'},
            {{QStringLiteral("dossier"), id, QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), target},
             QByteArray(kPass) + '\n'},
            {{QStringLiteral("import-clients"), rows, QStringLiteral("--rejected"), target}, QByteArray(kPass) + '\n'},
        };
        for (const auto& [args, input] : commands) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const CliRun run = cliOn(db, args, input);
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 1);
            REQUIRE(run.err.contains(QStringLiteral("would overwrite the open Koers file")));
        }
    }
    // Nothing was written anywhere: the file is whole, with its 7 clients and its one backup.
    QDir(dir.path()).mkpath(QStringLiteral("sub"));
    REQUIRE(cliOn(db, {QStringLiteral("check")}).exitCode == 0);
    REQUIRE(cliOn(db, {QStringLiteral("list")}).out.contains(QStringLiteral("7 clients")));
    REQUIRE(QDir(db + QStringLiteral(".backups")).entryList({QStringLiteral("*.koers")}).size() == 1);
    REQUIRE_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("Plaintext exports, the file and its backups are readable by their owner only", "[cli][hostile]") {
    const mode_t old = ::umask(022);
    QTemporaryDir dir;
    const QString db = makeFile(dir);
    const QString id = firstClientId(db);
    const QString csv = dir.filePath(QStringLiteral("caseload.csv"));
    writeText(csv, "an older export, readable by all\n");
    ::chmod(QFile::encodeName(csv).constData(), 0644);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString figures = dir.filePath(QStringLiteral("figures.csv"));
    const QString inzage = dir.filePath(QStringLiteral("inzage.pdf"));
    const QString inzageCsv = dir.filePath(QStringLiteral("inzage.csv"));
    const QString rejected = dir.filePath(QStringLiteral("rejected.csv"));
    const QString package = dir.filePath(QStringLiteral("p.koerssync"));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeText(bad, "Voornaam;Achternaam;BSN\nFout;Nummer;123456789\n");

    REQUIRE(cliOn(db, {QStringLiteral("export-clients"), csv}).exitCode == 0);
    REQUIRE(cliOn(db, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                       QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--pdf"), pdf,
                       QStringLiteral("--csv"), figures})
                .exitCode == 0);
    REQUIRE(
        cliOn(db, {QStringLiteral("dossier"), id, QStringLiteral("--pdf"), inzage, QStringLiteral("--csv"), inzageCsv})
            .exitCode == 0);
    REQUIRE(cliOn(db, {QStringLiteral("import-clients"), bad, QStringLiteral("--rejected"), rejected}).exitCode == 0);
    REQUIRE(cliOn(db, {QStringLiteral("sync-export"), package},
                  QByteArray(kPass) + '\n' + kPackagePass + '\n' + kPackagePass + '\n')
                .exitCode == 0);
    ::umask(old);

    for (const QString& f : {csv, pdf, figures, inzage, inzageCsv, rejected, package, db}) {
        INFO(f.toStdString());
        REQUIRE(modeOf(f) == 0600);
    }
    REQUIRE(modeOf(db + QStringLiteral(".backups")) == 0700);
    for (const QFileInfo& b : QDir(db + QStringLiteral(".backups")).entryInfoList(QDir::Files))
        REQUIRE(modeOf(b.filePath()) == 0600);
}

TEST_CASE("koers-cli applies the window's passphrase rule to files and packages", "[cli][hostile]") {
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.koers"));
    for (const QByteArray& weak : {QByteArray("x"), QByteArray(" "), QByteArray("short one")}) {
        const CliRun init = cliOn(fresh, {QStringLiteral("init")}, weak + '\n');
        REQUIRE(init.exitCode == 2);
        REQUIRE(init.err.contains(QStringLiteral("at least 10 characters")));
        REQUIRE(cliOn(fresh, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("1")}, weak + '\n')
                    .exitCode == 2);
        REQUIRE_FALSE(QFileInfo::exists(fresh));
    }
    const QString db = makeFile(dir);
    REQUIRE(cliOn(db, {QStringLiteral("passwd")}, QByteArray(kPass) + "\na\n").exitCode == 2);
    REQUIRE(cliOn(db, {QStringLiteral("list")}).exitCode == 0); // still the old passphrase
    const QString package = dir.filePath(QStringLiteral("p.koerssync"));
    REQUIRE(cliOn(db, {QStringLiteral("sync-export"), package}, QByteArray(kPass) + "\n1\n1\n").exitCode == 2);
    REQUIRE_FALSE(QFileInfo::exists(package));
}

TEST_CASE("A passphrase file that never ends is refused at once", "[cli][hostile]") {
    QTemporaryDir dir;
    const QString db = makeFile(dir);
    CliChild child({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"), QStringLiteral("/dev/zero"),
                    QStringLiteral("list")},
                   QByteArray());
    const CliOutcome outcome = child.finish(); // it used to read /dev/zero for ever
    REQUIRE(outcome.exitCode == 1);
    REQUIRE(outcome.err.contains(QStringLiteral("No passphrase given")));
    // And an endless standard input as well.
    const CliRun endless = cliOn(db, {QStringLiteral("list")}, QByteArray(100000, 'a'));
    REQUIRE(endless.exitCode == 1);
}

TEST_CASE("list --csv guards cells that a spreadsheet would run as a formula", "[cli][hostile]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("f.koers"));
    REQUIRE(cliOn(db, {QStringLiteral("init")}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("formula.csv"));
    writeText(csv, "Voornaam;Achternaam;Geboortedatum\n=2+5;@SUM(A1);01-02-1991\nGewoon;-Min;01-02-1992\n");
    REQUIRE(cliOn(db, {QStringLiteral("import-clients"), csv}).exitCode == 0);
    const CliRun list = cliOn(db, {QStringLiteral("list"), QStringLiteral("--csv")});
    REQUIRE(list.exitCode == 0);
    INFO(list.out.toStdString());
    REQUIRE(list.out.contains(QStringLiteral("'@SUM(A1), =2+5")));
    REQUIRE(list.out.contains(QStringLiteral("'-Min, Gewoon")));
    for (const QString& line : list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        for (const QString& cell : line.split(QLatin1Char(',')))
            REQUIRE((cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front())));
}

TEST_CASE("A damaged file is told apart from a wrong passphrase, checked without a crash, and never written",
          "[cli][hostile]") {
    QTemporaryDir dir;
    const QString db = makeFile(dir);
    const qint64 size = QFileInfo(db).size();
    const int backupsBefore = static_cast<int>(QDir(db + QStringLiteral(".backups")).entryList(QDir::Files).size());

    SECTION("a byte flipped in the middle") {
        flipByte(db, size / 2 + 100);
        const CliRun check = cliOn(db, {QStringLiteral("check")});
        INFO(check.out.toStdString() + check.err.toStdString());
        REQUIRE(check.exitCode == 1); // not 134: no abort
        REQUIRE(check.out.contains(QStringLiteral("Check FAILED")));
        REQUIRE(check.out.contains(QStringLiteral("Backups: 1")));
        const QString csv = dir.filePath(QStringLiteral("more.csv"));
        writeText(csv, "Voornaam;Achternaam;Geboortedatum\nNog;Een;01-02-1993\n");
        const CliRun import = cliOn(db, {QStringLiteral("import-clients"), csv});
        REQUIRE(import.exitCode == 1);
        REQUIRE(import.err.contains(QStringLiteral("damaged")));
        const CliRun demo = cliOn(db, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("3")});
        REQUIRE(demo.exitCode == 1);
        REQUIRE(demo.err.contains(QStringLiteral("damaged")));
    }
    SECTION("the file cut off") {
        REQUIRE(QFile::resize(db, size - 1000));
        const CliRun list = cliOn(db, {QStringLiteral("list")});
        REQUIRE(list.exitCode == 1);
        REQUIRE(list.err.contains(QStringLiteral("cut off")));
        REQUIRE_FALSE(list.err.contains(QStringLiteral("passphrase")));
        const CliRun check = cliOn(db, {QStringLiteral("check")});
        REQUIRE(check.exitCode == 1);
        REQUIRE(check.out.contains(QStringLiteral("Backups: 1")));
    }
    SECTION("the first page damaged") {
        flipByte(db, 2000);
        const CliRun list = cliOn(db, {QStringLiteral("list")});
        REQUIRE(list.exitCode == 1);
        REQUIRE(list.err.contains(QStringLiteral("the passphrase is right")));
        const CliRun wrong = cliOn(db, {QStringLiteral("list")}, "not the passphrase\n");
        REQUIRE(wrong.exitCode == 3);
    }
    REQUIRE(QDir(db + QStringLiteral(".backups")).entryList(QDir::Files).size() == backupsBefore);
}

TEST_CASE("A kill while a file is made leaves no file or a whole one, never one no command can fix",
          "[cli][hostile][crash]") {
    QTemporaryDir dir;
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    for (int round = 0; round < 12; ++round) {
        const QString db = dir.filePath(QStringLiteral("new-%1.koers").arg(round));
        {
            CliChild child({QStringLiteral("--db"), db, QStringLiteral("init")}, QByteArray(kPass) + '\n');
            if (!child.waitFor(static_cast<int>(random.bounded(5, 400))))
                child.killHard();
        }
        if (QFileInfo::exists(db))
            REQUIRE(cliOn(db, {QStringLiteral("check")}).exitCode == 0);
        else
            REQUIRE(cliOn(db, {QStringLiteral("init")}).exitCode == 0);
        REQUIRE(cliOn(db, {QStringLiteral("list")}).exitCode == 0);
        REQUIRE_FALSE(QFileInfo::exists(db + QStringLiteral(".creating")));
    }
}

TEST_CASE("Imports that change nothing write no backup; the passphrase backup outlives the rotation",
          "[cli][hostile]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("b.koers"));
    REQUIRE(cliOn(db, {QStringLiteral("init")}).exitCode == 0);
    const QString newPass = QStringLiteral("another pass 2");
    REQUIRE(cliOn(db, {QStringLiteral("passwd")}, QByteArray(kPass) + '\n' + newPass.toUtf8() + '\n').exitCode == 0);
    const QByteArray input = newPass.toUtf8() + '\n';
    const QString refused = dir.filePath(QStringLiteral("refused.csv"));
    writeText(refused, "Voornaam;Achternaam;BSN\nFout;Nummer;123456789\n");
    for (int i = 0; i < 11; ++i)
        REQUIRE(
            cliOn(db, {QStringLiteral("import-clients"), refused}, input).out.contains(QStringLiteral("rejected 1")));
    REQUIRE(QDir(db + QStringLiteral(".backups")).entryList({QStringLiteral("*.koers")}).size() == 1);
    for (int i = 0; i < 11; ++i) {
        const QString csv = dir.filePath(QStringLiteral("ok-%1.csv").arg(i));
        writeText(csv,
                  QStringLiteral("Voornaam;Achternaam;Geboortedatum\nKlant;Nummer%1;01-02-1990\n").arg(i).toUtf8());
        REQUIRE(cliOn(db, {QStringLiteral("import-clients"), csv}, input).exitCode == 0);
    }
    const CliRun listed = cliOn(db, {QStringLiteral("restore"), QStringLiteral("--list")}, "");
    INFO(listed.out.toStdString());
    REQUIRE(listed.out.contains(QStringLiteral("passwd")));
    REQUIRE(listed.out.contains(QStringLiteral("11 backups")));
}

TEST_CASE("sync-import refuses a package that deletes many clients unless --allow-deletions agrees", "[cli][hostile]") {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.koers"));
    const QString b = dir.filePath(QStringLiteral("b.koers"));
    REQUIRE(cliOn(a, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("14")}).exitCode == 0);
    REQUIRE(cliOn(b, {QStringLiteral("init")}).exitCode == 0);
    const QByteArray exportInput = QByteArray(kPass) + '\n' + kPackagePass + '\n' + kPackagePass + '\n';
    const QByteArray importInput = QByteArray(kPass) + '\n' + kPackagePass + '\n';
    const QString all = dir.filePath(QStringLiteral("all.koerssync"));
    REQUIRE(cliOn(a, {QStringLiteral("sync-export"), all, QStringLiteral("--full")}, exportInput).exitCode == 0);
    REQUIRE(cliOn(b, {QStringLiteral("sync-import"), all}, importInput).exitCode == 0);
    {
        SystemClock clock;
        auto store = Store::open(a, kPass, clock, QStringLiteral("careless"));
        REQUIRE(store.ok());
        auto clients = Repository<Client>(*store.value()).list();
        for (const Client& c : clients.value())
            REQUIRE(Repository<Client>(*store.value()).remove(c.meta.id).ok());
    }
    const QString wipe = dir.filePath(QStringLiteral("wipe.koerssync"));
    REQUIRE(cliOn(a, {QStringLiteral("sync-export"), wipe, QStringLiteral("--full")}, exportInput).exitCode == 0);
    const CliRun refused = cliOn(b, {QStringLiteral("sync-import"), wipe}, importInput);
    REQUIRE(refused.exitCode == 1);
    REQUIRE(refused.err.contains(QStringLiteral("--allow-deletions 14")));
    REQUIRE(cliOn(b, {QStringLiteral("list")}).out.contains(QStringLiteral("14 clients")));
    const CliRun agreed =
        cliOn(b, {QStringLiteral("sync-import"), wipe, QStringLiteral("--allow-deletions"), QStringLiteral("14")},
              importInput);
    INFO(agreed.err.toStdString());
    REQUIRE(agreed.exitCode == 0);
    REQUIRE(agreed.out.contains(QStringLiteral("Clients deleted: 14")));
    REQUIRE(agreed.out.contains(QStringLiteral("sync-import.koers")));
    REQUIRE(cliOn(b, {QStringLiteral("list")}).out.contains(QStringLiteral("0 clients")));
}
