#include <catch2/catch.hpp>

#include "CliRun.h"

#include <QTemporaryDir>

using namespace koers::test;

TEST_CASE("koers-cli sets up a new file's coaches and municipalities without a spreadsheet", "[cli][directory]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("nieuw.koers"));
    auto cli = [&](const QStringList& args) {
        return runKoersCli(QStringList{QStringLiteral("--db"), db} + args, "een lange wachtzin\n");
    };
    REQUIRE(cli({QStringLiteral("init")}).exitCode == 0);

    REQUIRE(cli({QStringLiteral("coach"), QStringLiteral("add"), QStringLiteral("Zeynep Kaya"),
                 QStringLiteral("--team"), QStringLiteral("Noord")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("coach"), QStringLiteral("add"), QStringLiteral("Anna Bakker"),
                 QStringLiteral("--email"), QStringLiteral("anna@gemeente.nl")})
                .exitCode == 0);
    const CliRun twice = cli({QStringLiteral("coach"), QStringLiteral("add"), QStringLiteral("anna bakker")});
    REQUIRE(twice.exitCode == 1);
    REQUIRE(twice.err.contains(QStringLiteral("already")));
    REQUIRE(cli({QStringLiteral("coach"), QStringLiteral("add"), QStringLiteral("Bram"), QStringLiteral("--email"),
                 QStringLiteral("bram")})
                .exitCode == 1);
    REQUIRE(cli({QStringLiteral("coach"), QStringLiteral("add")}).exitCode == 2);

    REQUIRE(cli({QStringLiteral("coach"), QStringLiteral("deactivate"), QStringLiteral("Zeynep Kaya")}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("coach"), QStringLiteral("deactivate"), QStringLiteral("Niemand")}).exitCode == 1);
    const CliRun coaches = cli({QStringLiteral("coach"), QStringLiteral("list")});
    REQUIRE(coaches.exitCode == 0);
    const QStringList lines = coaches.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);                                  // header, two coaches, count
    REQUIRE(lines[1].startsWith(QStringLiteral("Anna Bakker"))); // alphabetical
    REQUIRE(lines[1].contains(QStringLiteral("anna@gemeente.nl")));
    REQUIRE(lines[2].startsWith(QStringLiteral("Zeynep Kaya")));
    REQUIRE(lines[2].contains(QStringLiteral("Noord")));
    REQUIRE(lines[2].contains(QStringLiteral(" no ")));

    REQUIRE(cli({QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("Soest"),
                 QStringLiteral("--cbs"), QStringLiteral("GM0342")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("Baarn")}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("municipality"), QStringLiteral("add"), QStringLiteral("Eemnes"),
                 QStringLiteral("--cbs"), QStringLiteral("355")})
                .exitCode == 1);
    const CliRun places = cli({QStringLiteral("municipality"), QStringLiteral("list")});
    REQUIRE(places.exitCode == 0);
    REQUIRE(places.out.indexOf(QStringLiteral("Baarn")) < places.out.indexOf(QStringLiteral("Soest")));
    REQUIRE(places.out.contains(QStringLiteral("GM0342")));
    REQUIRE(places.out.contains(QStringLiteral("2 municipalities")));
}
