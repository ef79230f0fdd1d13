#include <catch2/catch.hpp>

#include "CliRun.h"
#include "Startup.h"
#include "core/storage/TestSupport.h"
#include "domain/Client.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace koers;
using namespace koers::test;

namespace {

using Run = CliRun;

Run cli(const QStringList& args, const QByteArray& input) {
    return runKoersCli(args, input);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Hashed by another process: closing a descriptor of a file in this process would drop the lock it holds.
QString externalHash(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {path});
    REQUIRE(p.waitForFinished());
    return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

QString importData(const char* name) {
    return QStringLiteral(KOERS_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

} // namespace

TEST_CASE("A second process is refused while the file is open, and the file stays unchanged", "[cli][trust]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("5")},
                "test pass 1\n")
                .exitCode == 0);
    FixedClock clock(fixedNow());
    auto holder = Store::open(db, "test pass 1", clock, QStringLiteral("first instance"));
    REQUIRE(holder.ok());
    const QString before = externalHash(db);
    const QString walBefore = externalHash(db + QStringLiteral("-wal"));

    for (const QStringList& command :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("import-clients"), importData("clients_comma_lf.csv")},
          QStringList{QStringLiteral("passwd")}}) {
        const Run second = cli(QStringList{QStringLiteral("--db"), db} + command, "test pass 1\nother pass\n");
        INFO(command.join(QLatin1Char(' ')).toStdString());
        REQUIRE(second.exitCode == 4);
        REQUIRE(second.err.contains(QStringLiteral("already open in another Koers window or program")));
        REQUIRE(second.err.trimmed().count(QLatin1Char('\n')) == 0);
    }
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("restore"), QStringLiteral("--list")}, "").exitCode == 0);
    REQUIRE(externalHash(db) == before);
    REQUIRE(externalHash(db + QStringLiteral("-wal")) == walBefore);

    // A backup taken by the holder keeps its lock (it reads through SQLite's own handle), and restoring over
    // a file in use is refused.
    REQUIRE(holder.value()->db().backup(u"manual").ok());
    const QString afterBackup = externalHash(db);
    const Run restore =
        cli({QStringLiteral("--db"), db, QStringLiteral("restore"), QStringLiteral("1")}, "test pass 1\n");
    REQUIRE(restore.exitCode == 4);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("list")}, "test pass 1\n").exitCode == 4);
    REQUIRE(externalHash(db) == afterBackup);
    REQUIRE(holder.value()->db().queryInt(u"SELECT count(*) FROM client").value() == 5);

    holder.value().reset();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}, "test pass 1\n").exitCode == 0);
}

TEST_CASE("koers-cli restore: backups before import and sync, listed, restored, old passphrase", "[cli][trust]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    const QString other = dir.filePath(QStringLiteral("other.koers"));
    const QString pkg = dir.filePath(QStringLiteral("other.koerssync"));
    auto run = [](const QString& file, QStringList args, const QByteArray& input) {
        return cli(QStringList{QStringLiteral("--db"), file} + args, input);
    };
    REQUIRE(
        run(db, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("5")}, "test pass 1\n").exitCode ==
        0);
    REQUIRE(run(db, {QStringLiteral("import-clients"), importData("clients_excel_nl.csv")}, "test pass 1\n").exitCode ==
            0);
    REQUIRE(run(db, {QStringLiteral("list")}, "test pass 1\n").out.contains(QStringLiteral("11 clients")));

    REQUIRE(run(other,
                {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("3"), QStringLiteral("--seed"),
                 QStringLiteral("9")},
                "other pass 1\n")
                .exitCode == 0);
    REQUIRE(run(other, {QStringLiteral("sync-export"), pkg}, "other pass 1\npackage pass 1\n").exitCode == 0);
    REQUIRE(run(db, {QStringLiteral("sync-import"), pkg}, "test pass 1\npackage pass 1\n").exitCode == 0);
    REQUIRE(run(db, {QStringLiteral("list")}, "test pass 1\n").out.contains(QStringLiteral("14 clients")));

    const Run listed = run(db, {QStringLiteral("restore"), QStringLiteral("--list")}, "");
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO(listed.out.toStdString());
    REQUIRE(lines.size() == 3);
    REQUIRE(lines[0].contains(QStringLiteral("sync-import")));
    REQUIRE(lines[1].contains(QStringLiteral(" import")));
    REQUIRE(lines[2].startsWith(QStringLiteral("2 backup"))); // "(s)" until the English plural is translated

    // Number 2 is the copy taken before the spreadsheet import: the 5 demo clients.
    const QByteArray before = fileHash(db);
    REQUIRE(run(db, {QStringLiteral("restore"), QStringLiteral("2")}, "wrong\n").exitCode == 3);
    REQUIRE(fileHash(db) == before);
    REQUIRE(run(db, {QStringLiteral("restore"), QStringLiteral("9")}, "test pass 1\n").exitCode == 1);
    REQUIRE(run(db, {QStringLiteral("restore")}, "test pass 1\n").exitCode == 2);
    const Run restored = run(db, {QStringLiteral("restore"), QStringLiteral("2")}, "test pass 1\n");
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    REQUIRE(restored.out.contains(QStringLiteral("before-restore")));
    REQUIRE(run(db, {QStringLiteral("list")}, "test pass 1\n").out.contains(QStringLiteral("5 clients")));
    REQUIRE(run(db, {QStringLiteral("check")}, "test pass 1\n").exitCode == 0);

    // After a passphrase change the newest backup still has the old passphrase.
    REQUIRE(run(db, {QStringLiteral("passwd")}, "test pass 1\nnew pass phrase\n").exitCode == 0);
    const Run withNew = run(db, {QStringLiteral("restore"), QStringLiteral("1")}, "new pass phrase\n");
    REQUIRE(withNew.exitCode == 3);
    REQUIRE(withNew.err.contains(QStringLiteral("old passphrase")));
    REQUIRE(run(db, {QStringLiteral("restore"), QStringLiteral("1")}, "test pass 1\n").exitCode == 0);
    REQUIRE(run(db, {QStringLiteral("list")}, "test pass 1\n").out.contains(QStringLiteral("5 clients")));
}

TEST_CASE("koers-cli prints no names or BSNs from imports, exports and sync", "[cli][trust]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    const QString other = dir.filePath(QStringLiteral("other.koers"));
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    // Synthetic people: one valid row, one refused (elfproef fails, bad date), one duplicate of the first.
    writeFile(csv, "Voornaam;Achternaam;BSN;Geboortedatum;Gemeente\r\n"
                   "Quintijn;Zwartveld-Testpersoon;999990019;01-02-1990;Baarn\r\n"
                   "Ygritte;Vossebelt-Testpersoon;123456789;31-02-1991;Soest\r\n"
                   "Quintijn;Zwartveld-Testpersoon;999990019;01-02-1990;Baarn\r\n");
    const QStringList secrets{QStringLiteral("Quintijn"), QStringLiteral("Zwartveld"), QStringLiteral("999990019"),
                              QStringLiteral("Ygritte"),  QStringLiteral("Vossebelt"), QStringLiteral("123456789")};
    QString printed;
    auto run = [&printed](const QString& file, QStringList args, const QByteArray& input) {
        const Run r = cli(QStringList{QStringLiteral("--db"), file} + args, input);
        printed += r.out + r.err;
        return r.exitCode;
    };
    REQUIRE(run(db, {QStringLiteral("init")}, "test pass 1\n") == 0);
    REQUIRE(run(db, {QStringLiteral("import-clients"), csv, QStringLiteral("--dry-run")}, "test pass 1\n") == 0);
    REQUIRE(run(db, {QStringLiteral("import-clients"), csv}, "test pass 1\n") == 0);
    REQUIRE(run(db, {QStringLiteral("import-clients"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("update")},
                "test pass 1\n") == 0);
    REQUIRE(printed.contains(QStringLiteral("refused")));
    REQUIRE(run(db, {QStringLiteral("export-clients"), dir.filePath(QStringLiteral("out.csv"))}, "test pass 1\n") == 0);
    REQUIRE(run(db, {QStringLiteral("sync-export"), dir.filePath(QStringLiteral("p.koerssync"))},
                "test pass 1\npackage pass 1\n") == 0);
    REQUIRE(run(other, {QStringLiteral("init")}, "other pass 1\n") == 0);
    REQUIRE(run(other, {QStringLiteral("sync-import"), dir.filePath(QStringLiteral("p.koerssync"))},
                "other pass 1\npackage pass 1\n") == 0);
    REQUIRE(run(other, {QStringLiteral("sync-import"), dir.filePath(QStringLiteral("p.koerssync"))},
                "other pass 1\nwrong\n") == 3);
    REQUIRE(run(other, {QStringLiteral("check")}, "other pass 1\n") == 0);
    REQUIRE(run(db, {QStringLiteral("restore"), QStringLiteral("--list")}, "") == 0);
    INFO(printed.toStdString());
    for (const QString& secret : secrets)
        REQUIRE_FALSE(printed.contains(secret));
}

TEST_CASE("Both programs harden themselves: no core dumps, not dumpable", "[cli][trust]") {
    SECTION("hardenProcess in a child") {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            hardenProcess();
            struct rlimit core {};
            getrlimit(RLIMIT_CORE, &core);
            _exit(core.rlim_cur == 0 && core.rlim_max == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 ? 0 : 1);
        }
        int status = -1;
        REQUIRE(waitpid(child, &status, 0) == child);
        REQUIRE(WIFEXITED(status));
        REQUIRE(WEXITSTATUS(status) == 0);
    }
    SECTION("koers-cli, while it waits for its passphrase") {
        QTemporaryDir dir;
        QProcess p;
        // Start the child with core dumps allowed, so only koers-cli itself can bring the limit to zero.
        p.setChildProcessModifier([] {
            struct rlimit allowed {};
            allowed.rlim_cur = allowed.rlim_max = 1 << 20;
            setrlimit(RLIMIT_CORE, &allowed);
        });
        p.start(QStringLiteral(KOERS_CLI_PATH),
                {QStringLiteral("--db"), dir.filePath(QStringLiteral("x.koers")), QStringLiteral("init")});
        REQUIRE(p.waitForStarted());
        const QString limitsPath = QStringLiteral("/proc/%1/limits").arg(p.processId());
        QString coreLine;
        // The limit is set first thing in main(); give the process a moment to get there.
        const QString hardened = QStringLiteral("Max core file size 0 0 bytes");
        for (int i = 0; i < 200 && coreLine != hardened; ++i) {
            QThread::msleep(10);
            QFile limits(limitsPath);
            REQUIRE(limits.open(QIODevice::ReadOnly));
            for (const QByteArray& line : limits.readAll().split('\n'))
                if (line.startsWith("Max core file size"))
                    coreLine = QString::fromLatin1(line).simplified();
        }
        REQUIRE(coreLine == QStringLiteral("Max core file size 0 0 bytes"));
        p.kill();
        p.waitForFinished();
    }
}

TEST_CASE("koers-cli retention lists and anonymises dossiers past the term", "[cli][trust]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    QString oldId;
    {
        FixedClock clock(QDateTime(QDate(2015, 1, 10), QTime(10, 0), Qt::UTC));
        auto store = Store::create(db, "test pass 1", clock, QStringLiteral("tester"));
        REQUIRE(store.ok());
        Client c;
        c.firstNames = QStringLiteral("Wolter");
        c.lastName = QStringLiteral("Bewaarcli-Testpersoon");
        c.bsn = QStringLiteral("999990019");
        c.status = ClientStatus::Completed;
        c.statusDate = QDate(2016, 4, 1);
        auto added = Repository<Client>(*store.value()).insert(c);
        REQUIRE(added.ok());
        oldId = added->meta.id;
    }
    auto run = [&db](QStringList args) {
        return cli(QStringList{QStringLiteral("--db"), db} + args, "test pass 1\n");
    };
    const Run listed = run({QStringLiteral("retention")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.out.contains(oldId));
    REQUIRE(listed.out.contains(QStringLiteral("01-04-2016")));
    REQUIRE(run({QStringLiteral("retention"), QStringLiteral("--years"), QStringLiteral("x")}).exitCode == 2);
    const Run deleted = run({QStringLiteral("retention"), QStringLiteral("--delete-expired")});
    REQUIRE(deleted.exitCode == 0);
    REQUIRE(deleted.out.contains(QStringLiteral("Anonymised 1")));
    REQUIRE_FALSE(run({QStringLiteral("retention")}).out.contains(oldId));
    REQUIRE(run({QStringLiteral("check")}).exitCode == 0);
    FixedClock clock(fixedNow());
    auto store = Store::open(db, "test pass 1", clock, QStringLiteral("tester"));
    REQUIRE(store.ok());
    auto stub = Repository<Client>(*store.value()).get(oldId);
    REQUIRE(stub.ok());
    REQUIRE(stub->lastName.isEmpty());
    REQUIRE(stub->bsn.isEmpty());
    REQUIRE(stub->status == ClientStatus::Completed);
}

TEST_CASE("koers-cli backup: a copy by hand beside the file or onto a USB stick", "[cli][trust]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    const QString usb = dir.filePath(QStringLiteral("USB-STICK"));
    auto run = [&db](QStringList args, const QByteArray& input) {
        return cli(QStringList{QStringLiteral("--db"), db} + args, input);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("4")}, "test pass 1\n").exitCode ==
            0);

    const Run beside = run({QStringLiteral("backup")}, "test pass 1\n");
    INFO(beside.err.toStdString());
    REQUIRE(beside.exitCode == 0);
    REQUIRE(beside.out.contains(QStringLiteral("-manual.koers")));
    const Run listed = run({QStringLiteral("restore"), QStringLiteral("--list")}, "");
    REQUIRE(listed.out.contains(QStringLiteral("manual")));
    REQUIRE(listed.out.contains(QStringLiteral("1 backup")));

    const Run noFolder = run({QStringLiteral("backup"), QStringLiteral("--to"), usb}, "test pass 1\n");
    REQUIRE(noFolder.exitCode != 0);
    REQUIRE(noFolder.err.contains(QStringLiteral("does not exist")));
    REQUIRE(run({QStringLiteral("backup"), QStringLiteral("stray")}, "test pass 1\n").exitCode == 2);
    REQUIRE(run({QStringLiteral("backup"), QStringLiteral("--to"), usb}, "wrong\n").exitCode == 3);

    REQUIRE(QDir().mkpath(usb));
    const Run onStick = run({QStringLiteral("backup"), QStringLiteral("--to"), usb}, "test pass 1\n");
    REQUIRE(onStick.exitCode == 0);
    const QStringList copies = QDir(usb).entryList(QDir::Files);
    REQUIRE(copies.size() == 1);
    const QString copy = QDir(usb).filePath(copies.first());
    REQUIRE(onStick.out.contains(copies.first()));
    REQUIRE_FALSE(Database::looksLikePlainSqlite(copy));
    // The copy opens with the file's passphrase and holds the same clients.
    const Run fromCopy = cli({QStringLiteral("--db"), copy, QStringLiteral("list")}, "test pass 1\n");
    REQUIRE(fromCopy.exitCode == 0);
    REQUIRE(fromCopy.out.contains(QStringLiteral("4 clients")));
}
