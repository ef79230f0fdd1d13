// koers-cli on a caseload as a whole: assign moves clients or a whole caseload to another coach, transfer hands
// clients over in a package the receiver imports as a normal one.
#include <catch2/catch.hpp>

#include "CliRun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace koers::test;

namespace {

struct Row {
    QString id;
    QString status;
    QString coach;
};

// One CSV line (RFC 4180: a field with a comma is quoted, a quote inside doubled).
QStringList csvFields(const QString& line) {
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
                fields.last() += line[++i];
            else
                quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

// The caseload as `list --csv` prints it: id first, status sixth, coach last.
std::vector<Row> caseload(const QString& db) {
    const CliRun list = runKoersCli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--csv")},
                                    "een lange wachtzin\n");
    REQUIRE(list.exitCode == 0);
    std::vector<Row> rows;
    const QStringList lines = list.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = csvFields(lines[i]);
        REQUIRE(f.size() == 9);
        rows.push_back({f[0], f[5], f[8]});
    }
    return rows;
}

} // namespace

TEST_CASE("koers-cli assigns clients and whole caseloads to another coach", "[cli][caseload]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    auto cli = [&](const QStringList& args) {
        return runKoersCli(QStringList{QStringLiteral("--db"), db} + args, "een lange wachtzin\n");
    };
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("12"), QStringLiteral("--seed"),
                 QStringLiteral("5")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("coach"), QStringLiteral("add"), QStringLiteral("Nieuwe Coach")}).exitCode == 0);
    const std::vector<Row> before = caseload(db);
    const QString leaving = before.front().coach;
    REQUIRE_FALSE(leaving.isEmpty());
    qsizetype theirs = 0;
    for (const Row& r : before)
        theirs += r.coach == leaving;

    const CliRun moved = cli({QStringLiteral("assign"), QStringLiteral("--to"), QStringLiteral("nieuwe coach"),
                              QStringLiteral("--from"), leaving});
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("Assigned %1 client").arg(theirs)));
    for (const Row& r : caseload(db))
        CHECK(r.coach != leaving);

    const QString one = before.back().id;
    REQUIRE(cli({QStringLiteral("assign"), QStringLiteral("--to"), leaving, QStringLiteral("--ids"), one}).exitCode ==
            0);
    for (const Row& r : caseload(db))
        if (r.id == one)
            CHECK(r.coach == leaving);

    // Usage and errors: exactly one way to choose, a known coach, known clients; nothing changes on an error.
    CHECK(cli({QStringLiteral("assign"), QStringLiteral("--ids"), one}).exitCode == 2);
    CHECK(cli({QStringLiteral("assign"), QStringLiteral("--to"), leaving}).exitCode == 2);
    CHECK(cli({QStringLiteral("assign"), QStringLiteral("--to"), leaving, QStringLiteral("--ids")}).exitCode == 2);
    CHECK(cli({QStringLiteral("assign"), QStringLiteral("--to"), leaving, QStringLiteral("--from"), leaving,
               QStringLiteral("--ids"), one})
              .exitCode == 2);
    const CliRun nobody = cli(
        {QStringLiteral("assign"), QStringLiteral("--to"), QStringLiteral("Niemand"), QStringLiteral("--ids"), one});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("Niemand")));
    const std::vector<Row> unchanged = caseload(db);
    const CliRun unknown = cli({QStringLiteral("assign"), QStringLiteral("--to"), QStringLiteral("Nieuwe Coach"),
                                QStringLiteral("--ids"), one, QStringLiteral("geen-id")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("geen-id")));
    for (std::size_t i = 0; i < unchanged.size(); ++i)
        CHECK(caseload(db)[i].coach == unchanged[i].coach);
}

TEST_CASE("koers-cli transfer writes a package of exactly those dossiers, and they are moved away here",
          "[cli][caseload][sync]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("zender.koers"));
    auto cli = [&](const QString& file, const QStringList& args) {
        return runKoersCli(QStringList{QStringLiteral("--db"), file} + args, "een lange wachtzin\n");
    };
    REQUIRE(cli(db, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("8"), QStringLiteral("--seed"),
                     QStringLiteral("6")})
                .exitCode == 0);
    const QString passFile = dir.filePath(QStringLiteral("pakket.txt"));
    {
        QFile f(passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("overdracht naar Soest 2026\n");
    }
    const std::vector<Row> before = caseload(db);
    QStringList chosen; // two clients still in the route here
    for (const Row& r : before)
        if (r.status != QStringLiteral("Moved away") && chosen.size() < 2)
            chosen << r.id;
    REQUIRE(chosen.size() == 2);
    const QString package = dir.filePath(QStringLiteral("overdracht.koerssync"));
    const CliRun moved = cli(db, {QStringLiteral("transfer"), QStringLiteral("--ids"), chosen[0], chosen[1],
                                  QStringLiteral("--out"), package, QStringLiteral("--date"),
                                  QStringLiteral("2026-12-01"), QStringLiteral("--package-passphrase-file"), passFile});
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("2 clients handed over on 01-12-2026")));
    REQUIRE(QFileInfo::exists(package));
    for (const Row& r : caseload(db))
        if (chosen.contains(r.id))
            CHECK(r.status == QStringLiteral("Moved away"));

    // The receiver imports it as a normal package: exactly the two dossiers.
    const QString receiver = dir.filePath(QStringLiteral("ontvanger.koers"));
    REQUIRE(cli(receiver, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(
        cli(receiver, {QStringLiteral("sync-import"), package, QStringLiteral("--package-passphrase-file"), passFile})
            .exitCode == 0);
    const std::vector<Row> received = caseload(receiver);
    REQUIRE(received.size() == 2);
    QStringList ids{received[0].id, received[1].id};
    ids.sort();
    QStringList expected = chosen;
    expected.sort();
    CHECK(ids == expected);
    for (const Row& r : received)
        CHECK(r.status != QStringLiteral("Moved away"));

    // An unknown client or coach writes nothing; the output is required.
    const QString other = dir.filePath(QStringLiteral("andere.koerssync"));
    const CliRun unknown =
        cli(db, {QStringLiteral("transfer"), QStringLiteral("--ids"), QStringLiteral("geen-id"),
                 QStringLiteral("--out"), other, QStringLiteral("--package-passphrase-file"), passFile});
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(other));
    CHECK(cli(db, {QStringLiteral("transfer"), QStringLiteral("--ids"), before[2].id}).exitCode == 2);
    const CliRun wholeCaseload =
        cli(db, {QStringLiteral("transfer"), QStringLiteral("--coach"), QStringLiteral("Niemand"),
                 QStringLiteral("--out"), other, QStringLiteral("--package-passphrase-file"), passFile});
    CHECK(wholeCaseload.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(other));
}
