#include <catch2/catch.hpp>

#include "CliRun.h"
#include "core/storage/TestSupport.h"

#include <QProcess>

using namespace koers::test;

namespace {

using Run = CliRun;

Run cli(const QStringList& args, const QByteArray& input) {
    return runKoersCli(args, input);
}

} // namespace

TEST_CASE("koers-cli: init, demo, list, show, check, passwd, with exit codes", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));

    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}, "first pass\n").exitCode == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}, "first pass\n").exitCode == 1);

    const Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--clients"),
                          QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7")},
                         "first pass\n");
    REQUIRE(demo.exitCode == 0);
    REQUIRE(demo.out.contains(QStringLiteral("Added 50 demo clients")));

    const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("list")}, "first pass\n");
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.out.contains(QStringLiteral("50 clients")));
    REQUIRE(list.out.contains(QStringLiteral("******"))); // BSNs masked

    const Run csv = cli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--csv")}, "first pass\n");
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 51);
    const QString id = lines[1].section(QLatin1Char(','), 0, 0);

    const Run show = cli({QStringLiteral("--db"), db, QStringLiteral("show"), id}, "first pass\n");
    REQUIRE(show.exitCode == 0);
    REQUIRE(show.out.contains(QStringLiteral("Milestones")));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("no-such-id")}, "first pass\n")
                .exitCode == 1);

    const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")}, "first pass\n");
    REQUIRE(check.exitCode == 0);
    REQUIRE(check.out.contains(QStringLiteral("Integrity: ok")));

    SECTION("a wrong passphrase gives exit 3 and leaves the file byte-identical") {
        const QByteArray before = fileHash(db);
        const Run wrong = cli({QStringLiteral("--db"), db, QStringLiteral("list")}, "not the pass\n");
        REQUIRE(wrong.exitCode == 3);
        REQUIRE(wrong.err.trimmed().count(QLatin1Char('\n')) == 0);
        REQUIRE(wrong.err.contains(QStringLiteral("passphrase")));
        REQUIRE(fileHash(db) == before);
    }
    SECTION("passwd changes the passphrase; --passphrase-file is read") {
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("passwd")}, "first pass\nsecond pass\n").exitCode == 0);
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("check")}, "first pass\n").exitCode == 3);
        const QString passFile = dir.filePath(QStringLiteral("pass.txt"));
        QFile f(passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("second pass\n");
        f.close();
        REQUIRE(
            cli({QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"), passFile, QStringLiteral("check")},
                QByteArray())
                .exitCode == 0);
    }
    SECTION("usage errors give exit 2") {
        REQUIRE(cli({QStringLiteral("list")}, QByteArray()).exitCode == 2);
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}, QByteArray()).exitCode == 2);
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--clients"),
                     QStringLiteral("many")},
                    "first pass\n")
                    .exitCode == 2);
    }
}

TEST_CASE("koers-cli --version answers without a database", "[cli]") {
    const Run v = cli({QStringLiteral("--version")}, QByteArray());
    REQUIRE(v.exitCode == 0);
    REQUIRE(v.out.startsWith(QStringLiteral("koers-cli ")));
}

TEST_CASE("koers-cli sync-export and sync-import between two files", "[cli][sync]") {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.koers"));
    const QString b = dir.filePath(QStringLiteral("b.koers"));
    const QString pkg = dir.filePath(QStringLiteral("a.koerssync"));
    const QString packPass = dir.filePath(QStringLiteral("package-pass.txt"));
    {
        QFile f(packPass);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("package secret\n");
    }
    REQUIRE(cli({QStringLiteral("--db"), a, QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("5")},
                "pass phrase a\n")
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("--db"), b, QStringLiteral("init")}, "pass phrase b\n").exitCode == 0);

    // Package passphrase on the second line of standard input.
    const Run exported = cli({QStringLiteral("--db"), a, QStringLiteral("sync-export"), pkg, QStringLiteral("--peer"),
                              QStringLiteral("laptop-b")},
                             "pass phrase a\npackage secret\n");
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    REQUIRE(exported.out.contains(QStringLiteral("full package")));

    const Run imported = cli({QStringLiteral("--db"), b, QStringLiteral("sync-import"), pkg,
                              QStringLiteral("--package-passphrase-file"), packPass},
                             "pass phrase b\n");
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    REQUIRE(imported.out.contains(QStringLiteral("0 updated, 0 unchanged, 0 conflicts")));
    const Run list = cli({QStringLiteral("--db"), b, QStringLiteral("list")}, "pass phrase b\n");
    REQUIRE(list.out.contains(QStringLiteral("5 clients")));

    // Nothing changed since: the next package for the peer is empty.
    const Run delta = cli({QStringLiteral("--db"), a, QStringLiteral("sync-export"), pkg, QStringLiteral("--peer"),
                           QStringLiteral("laptop-b"), QStringLiteral("--package-passphrase-file"), packPass},
                          "pass phrase a\n");
    REQUIRE(delta.exitCode == 0);
    REQUIRE(delta.out.contains(QStringLiteral("changes since the last package")));
    REQUIRE(delta.out.contains(QStringLiteral("0 records")));

    SECTION("a wrong package passphrase: exit 3, one line, file unchanged") {
        const QByteArray before = fileHash(b);
        const Run wrong = cli({QStringLiteral("--db"), b, QStringLiteral("sync-import"), pkg}, "pass phrase b\nnot it\n");
        REQUIRE(wrong.exitCode == 3);
        REQUIRE(wrong.err.trimmed().count(QLatin1Char('\n')) == 0);
        REQUIRE(wrong.err.contains(QStringLiteral("package passphrase")));
        REQUIRE(fileHash(b) == before);
    }
    SECTION("a package from this same file is refused") {
        const Run own = cli({QStringLiteral("--db"), a, QStringLiteral("sync-import"), pkg,
                             QStringLiteral("--package-passphrase-file"), packPass},
                            "pass phrase a\n");
        REQUIRE(own.exitCode == 1);
        REQUIRE(own.err.contains(QStringLiteral("made on this device")));
    }
    SECTION("usage errors") {
        REQUIRE(cli({QStringLiteral("--db"), a, QStringLiteral("sync-export")}, "pass phrase a\n").exitCode == 2);
        REQUIRE(
            cli({QStringLiteral("--db"), a, QStringLiteral("sync-import"), pkg, QStringLiteral("--bogus")}, "pass phrase a\n")
                .exitCode == 2);
    }
}
