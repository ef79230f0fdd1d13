#include <catch2/catch.hpp>

#include "CliRun.h"

#include <QTemporaryDir>

using namespace koers::test;

namespace {

struct DossierCli {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("team.koers"));
    QString clientId;

    DossierCli() {
        REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("2"), QStringLiteral("--seed"),
                     QStringLiteral("4")})
                    .exitCode == 0);
        const CliRun list = run({QStringLiteral("list"), QStringLiteral("--csv")});
        clientId = list.out.split(QStringLiteral("\r\n")).value(1).section(QLatin1Char(','), 0, 0);
        REQUIRE_FALSE(clientId.isEmpty());
    }
    CliRun run(const QStringList& args) {
        return runKoersCli(QStringList{QStringLiteral("--db"), db} + args, "een lange wachtzin\n");
    }
    QString show() { return run({QStringLiteral("show"), clientId}).out; }
};

} // namespace

TEST_CASE("koers-cli edits a dossier through the core: intake, plan, goal, conversation, involvement, milestone",
          "[cli][dossier]") {
    DossierCli cli;
    const QString& id = cli.clientId;

    CliRun r = cli.run({QStringLiteral("intake"), id, QStringLiteral("--section"), QStringLiteral("digital_skills"),
                        QStringLiteral("--score"), QStringLiteral("5"), QStringLiteral("--note"),
                        QStringLiteral("Regelt DigiD zelf")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.contains(QStringLiteral("digital_skills scored 5")));
    REQUIRE_FALSE(r.out.contains(QStringLiteral("DigiD"))); // ids and codes only, never what was written
    REQUIRE(cli.show().contains(QStringLiteral("Digital skills: 5  Regelt DigiD zelf")));

    r = cli.run({QStringLiteral("plan"), QStringLiteral("add"), id, QStringLiteral("--date"),
                 QStringLiteral("15-10-2026"), QStringLiteral("--route"), QStringLiteral("z")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.contains(QStringLiteral("(2026-10-15, z)")));
    QString shown = cli.show();
    REQUIRE(shown.contains(QStringLiteral("of 15-10-2026: Z route (self-reliance)")));
    REQUIRE(shown.contains(QStringLiteral("Route: Z route (self-reliance)")));

    r = cli.run({QStringLiteral("goal"), QStringLiteral("add"), id, QStringLiteral("--domain"),
                 QStringLiteral("work_income"), QStringLiteral("--action"), QStringLiteral("Proefplaatsing zoeken"),
                 QStringLiteral("--due"), QStringLiteral("2027-03-01")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(cli.show().contains(QStringLiteral("[Work and income] : Proefplaatsing zoeken (, 01-03-2027)")));

    r = cli.run({QStringLiteral("contact"), QStringLiteral("add"), id, QStringLiteral("--date"),
                 QStringLiteral("2026-10-20"), QStringLiteral("--kind"), QStringLiteral("home_visit"),
                 QStringLiteral("--summary"), QStringLiteral("Woning bekeken"), QStringLiteral("--next-step"),
                 QStringLiteral("Buurthuis bellen"), QStringLiteral("--next-due"), QStringLiteral("01-11-2026")});
    REQUIRE(r.exitCode == 0);
    REQUIRE_FALSE(r.out.contains(QStringLiteral("Woning")));
    shown = cli.show();
    REQUIRE(shown.contains(QStringLiteral("20-10-2026  Home visit  : Woning bekeken")));
    REQUIRE(shown.contains(QStringLiteral("Next step: Buurthuis bellen (01-11-2026)")));

    r = cli.run({QStringLiteral("involvement"), QStringLiteral("add"), id, QStringLiteral("--kind"),
                 QStringLiteral("volunteer"), QStringLiteral("--name"), QStringLiteral("Taalmaatje Testnaam")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(cli.show().contains(QStringLiteral("Volunteer / language buddy: , Taalmaatje Testnaam")));

    r = cli.run({QStringLiteral("milestone"), QStringLiteral("achieve"), id, QStringLiteral("z_course_hours_done"),
                 QStringLiteral("--date"), QStringLiteral("2026-10-31")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(cli.show().contains(QStringLiteral("Z route: 800 course hours  (done 31-10-2026)")));
    r = cli.run({QStringLiteral("milestone"), QStringLiteral("waive"), id, QStringLiteral("pvt_signed"),
                 QStringLiteral("--reason"), QStringLiteral("al ondertekend bij vorige gemeente")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(cli.show().contains(QStringLiteral("note: al ondertekend bij vorige gemeente")));

    // The audit log holds every write, with field names and no values.
    const CliRun check = cli.run({QStringLiteral("check")});
    REQUIRE(check.exitCode == 0);
}

TEST_CASE("koers-cli dossier commands refuse wrong codes, dates and records with their reason", "[cli][dossier]") {
    DossierCli cli;
    const QString& id = cli.clientId;
    auto code = [&](const QStringList& args) {
        return cli.run(args).exitCode;
    };

    // Usage errors (exit 2): unknown codes name the codes there are, dates in another form, missing options.
    const CliRun unknown = cli.run({QStringLiteral("contact"), QStringLiteral("add"), id, QStringLiteral("--date"),
                                    QStringLiteral("2026-10-20"), QStringLiteral("--kind"), QStringLiteral("visit"),
                                    QStringLiteral("--summary"), QStringLiteral("x")});
    REQUIRE(unknown.exitCode == 2);
    REQUIRE(unknown.err.contains(QStringLiteral("progress_talk, home_visit")));
    REQUIRE(code({QStringLiteral("plan"), QStringLiteral("add"), id, QStringLiteral("--date"),
                  QStringLiteral("2026/10/15"), QStringLiteral("--route"), QStringLiteral("b1")}) == 2);
    REQUIRE(code({QStringLiteral("plan"), id, QStringLiteral("--date"), QStringLiteral("2026-10-15"),
                  QStringLiteral("--route"), QStringLiteral("b1")}) == 2); // "add" missing
    REQUIRE(code({QStringLiteral("milestone"), QStringLiteral("waive"), id, QStringLiteral("exam_knm")}) == 2);
    REQUIRE(code({QStringLiteral("intake"), id, QStringLiteral("--section"), QStringLiteral("health")}) == 2);

    // Refused by the core's rules (exit 1), one line on stderr.
    const CliRun score = cli.run({QStringLiteral("intake"), id, QStringLiteral("--section"), QStringLiteral("health"),
                                  QStringLiteral("--score"), QStringLiteral("9")});
    REQUIRE(score.exitCode == 1);
    REQUIRE(score.err.trimmed().count(QLatin1Char('\n')) == 0);
    REQUIRE(code({QStringLiteral("contact"), QStringLiteral("add"), id, QStringLiteral("--date"),
                  QStringLiteral("2026-10-20"), QStringLiteral("--kind"), QStringLiteral("phone"),
                  QStringLiteral("--summary"), QStringLiteral("  ")}) == 1);
    REQUIRE(code({QStringLiteral("milestone"), QStringLiteral("achieve"), id, QStringLiteral("intake_done"),
                  QStringLiteral("--date"), QStringLiteral("2099-01-01")}) == 1); // not in the future
    REQUIRE(code({QStringLiteral("involvement"), QStringLiteral("add"), QStringLiteral("no-such-client"),
                  QStringLiteral("--kind"), QStringLiteral("other"), QStringLiteral("--name"), QStringLiteral("x")}) ==
            1);
    REQUIRE(code({QStringLiteral("plan"), QStringLiteral("add"), id, QStringLiteral("--date"),
                  QStringLiteral("2026-10-15"), QStringLiteral("--route"), QStringLiteral("b1")}) == 0);
    const CliRun elsewhere =
        cli.run({QStringLiteral("milestone"), QStringLiteral("achieve"), id, QStringLiteral("bridging_year_done")});
    REQUIRE(elsewhere.exitCode == 1); // the B1 route has no bridging year
    REQUIRE(elsewhere.err.contains(QStringLiteral("no milestone")));
}
