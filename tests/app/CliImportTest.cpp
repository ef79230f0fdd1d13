#include "core/CatchQtPrinters.h"

#include "CliRun.h"
#include "core/storage/TestSupport.h"
#include "import/ImportProfileStore.h"
#include "storage/Store.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace koers::test;

namespace {

CliRun runCli(const QStringList& args) {
    return runKoersCli(args, "import pass\n");
}

QString data(const char* name) {
    return QStringLiteral(KOERS_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

} // namespace

TEST_CASE("koers-cli import-clients and export-clients", "[cli][import]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.koers"));
    auto cli = [&db](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(cli({QStringLiteral("init")}).exitCode == 0);
    const QString file = data("clients_excel_nl.csv");

    const CliRun dry = cli({QStringLiteral("import-clients"), file, QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    REQUIRE(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
    REQUIRE(dry.out.endsWith(QStringLiteral("imported 6, updated 0, skipped 0, rejected 8\n")));
    REQUIRE(dry.out.contains(QStringLiteral("row 8 refused: The BSN is not valid")));
    REQUIRE_FALSE(dry.out.contains(QStringLiteral("Bsn;"))); // reasons, never the cells
    REQUIRE(cli({QStringLiteral("list")}).out.contains(QStringLiteral("0 clients")));

    const QString rejected = dir.filePath(QStringLiteral("geweigerd.csv"));
    const CliRun real = cli({QStringLiteral("import-clients"), file, QStringLiteral("--rejected"), rejected});
    REQUIRE(real.exitCode == 0);
    REQUIRE(real.out.endsWith(QStringLiteral("imported 6, updated 0, skipped 0, rejected 8\n")));
    REQUIRE(fileBytes(rejected).count('\n') == 9);
    REQUIRE(cli({QStringLiteral("list")}).out.contains(QStringLiteral("6 clients")));

    REQUIRE(cli({QStringLiteral("import-clients"), file})
                .out.endsWith(QStringLiteral("imported 0, updated 0, skipped 6, rejected 8\n")));
    REQUIRE(cli({QStringLiteral("import-clients"), file, QStringLiteral("--on-duplicate"), QStringLiteral("update")})
                .out.endsWith(QStringLiteral("imported 0, updated 6, skipped 0, rejected 8\n")));

    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    const CliRun exp = cli({QStringLiteral("export-clients"), exported});
    REQUIRE(exp.exitCode == 0);
    REQUIRE(exp.out.contains(QStringLiteral("Exported 6 clients.")));
    REQUIRE(fileBytes(exported).startsWith("\xEF\xBB\xBFVoornaam;Achternaam;"));

    // Errors: a cut-off file writes nothing (exit 1), bad options are usage errors (exit 2).
    const CliRun cut = cli({QStringLiteral("import-clients"), data("clients_truncated.csv")});
    REQUIRE(cut.exitCode == 1);
    REQUIRE(cut.err.contains(QStringLiteral("ends inside a quoted field")));
    REQUIRE(cli({QStringLiteral("list")}).out.contains(QStringLiteral("6 clients")));
    REQUIRE(cli({QStringLiteral("import-clients"), file, QStringLiteral("--on-duplicate"), QStringLiteral("merge")})
                .exitCode == 2);
    REQUIRE(cli({QStringLiteral("import-clients")}).exitCode == 2);
    REQUIRE(cli({QStringLiteral("export-clients")}).exitCode == 2);
    REQUIRE(cli({QStringLiteral("import-clients"), dir.filePath(QStringLiteral("none.csv"))}).exitCode == 1);
    const CliRun noProfile =
        cli({QStringLiteral("import-clients"), file, QStringLiteral("--profile"), QStringLiteral("COA")});
    REQUIRE(noProfile.exitCode == 1);
    REQUIRE(noProfile.err.contains(QStringLiteral("There is no import profile named COA.")));
    {
        // A profile (saved here as the wizard would) that leaves both name columns out.
        koers::SystemClock clock;
        auto store = koers::Store::open(db, "import pass", clock, QStringLiteral("test"));
        REQUIRE(store.ok());
        REQUIRE(koers::ImportProfileStore::save(
                    *store.value(),
                    koers::ImportProfile::fromMapping(QStringLiteral("COA"),
                                                      {QStringLiteral("Voornaam"), QStringLiteral("Achternaam")},
                                                      {koers::ClientField::Ignore, koers::ClientField::Ignore}))
                    .ok());
    }
    const CliRun withProfile = cli({QStringLiteral("import-clients"), file, QStringLiteral("--dry-run"),
                                    QStringLiteral("--profile"), QStringLiteral("COA")});
    REQUIRE(withProfile.exitCode == 1);
    REQUIRE(withProfile.err.contains(QStringLiteral("No column is mapped to a first or last name.")));
}
