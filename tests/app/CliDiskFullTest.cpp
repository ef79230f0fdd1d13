// A full disk, for real: koers-cli runs with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored), so its
// writes beyond the limit fail with EFBIG as they would on a full disk. The user gets the disk-full message
// and a non-zero exit, the database keeps what it had, and no half-written file or leftover is left behind.
#include "core/CatchQtPrinters.h"

#include "app/CliChild.h"
#include "core/storage/TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace koers;
using namespace koers::test;

namespace {

constexpr char kPass[] = "disk pass 1";
constexpr char kPackagePass[] = "disk package pass";

QByteArray passLines(int n) {
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += QByteArray(kPass) + '\n';
    return out;
}

void requireOk(const CliOutcome& r) {
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

// The number of clients, after checking the file opens and passes integrity_check.
qint64 verifiedClients(const QString& path) {
    auto db = Database::open(path, kPass);
    REQUIRE(db.ok());
    auto integrity = db.value()->queryText(u"PRAGMA integrity_check");
    REQUIRE(integrity.ok());
    REQUIRE(integrity.value() == QStringLiteral("ok"));
    auto n = db.value()->queryInt(u"SELECT count(*) FROM client");
    REQUIRE(n.ok());
    return n.value();
}

// Entries of the folder other than the ones expected: journals, WAL files, temporary files.
QStringList leftovers(const QString& dir, const QStringList& expected) {
    QStringList out;
    for (const QString& name : QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        if (!expected.contains(name))
            out << name;
    return out;
}

void requireDiskFull(const CliOutcome& r) {
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 1);
    REQUIRE_FALSE(r.crashed);
    REQUIRE(r.err.contains(QStringLiteral("disk is full")));
    REQUIRE(r.err.trimmed().count(QLatin1Char('\n')) == 0);
}

} // namespace

TEST_CASE("A full disk during import-clients, export-clients and sync-export", "[diskfull][cli]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source.koers"));
    requireOk(runCliChild({QStringLiteral("--db"), source, QStringLiteral("demo"), QStringLiteral("--clients"),
                           QStringLiteral("1000"), QStringLiteral("--seed"), QStringLiteral("5")},
                          passLines(2)));
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    requireOk(runCliChild({QStringLiteral("--db"), source, QStringLiteral("export-clients"), csv}, passLines(1)));

    SECTION("import: the disk-full message, and the file as it was") {
        QTemporaryDir work;
        const QString team = work.filePath(QStringLiteral("team.koers"));
        requireOk(runCliChild({QStringLiteral("--db"), team, QStringLiteral("demo"), QStringLiteral("--clients"),
                               QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("9")},
                              passLines(2)));
        const QStringList before = QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        REQUIRE(verifiedClients(team) == 20);
        // Room for the file as it is and a little more; the import's 1,000 clients need megabytes.
        const qint64 limit = QFileInfo(team).size() + 64 * 1024;
        const CliOutcome full =
            runCliChild({QStringLiteral("--db"), team, QStringLiteral("import-clients"), csv}, passLines(1), limit);
        requireDiskFull(full);
        REQUIRE(verifiedClients(team) == 20);
        // The backup taken before the import is the only thing added, and it is whole: the file as it was.
        const QString backups = team + QStringLiteral(".backups");
        REQUIRE(leftovers(work.path(), before) == QStringList{QFileInfo(backups).fileName()});
        const QStringList copies = QDir(backups).entryList(QDir::Files);
        REQUIRE(copies.size() == 1);
        REQUIRE(verifiedClients(QDir(backups).filePath(copies.first())) == 20);

        // With room again, the same import goes through.
        requireOk(runCliChild({QStringLiteral("--db"), team, QStringLiteral("import-clients"), csv}, passLines(1)));
        REQUIRE(verifiedClients(team) == 1020);
    }

    SECTION("import: no room even for the backup taken first, and no partial backup is left") {
        QTemporaryDir work;
        const QString team = work.filePath(QStringLiteral("team.koers"));
        requireOk(runCliChild({QStringLiteral("--db"), team, QStringLiteral("demo"), QStringLiteral("--clients"),
                               QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("9")},
                              passLines(2)));
        const QByteArray old = fileBytes(team);
        // Less room than the file itself: the encrypted copy made before the import cannot be written.
        const qint64 limit = QFileInfo(team).size() / 2;
        const CliOutcome full =
            runCliChild({QStringLiteral("--db"), team, QStringLiteral("import-clients"), csv}, passLines(1), limit);
        requireDiskFull(full);
        REQUIRE(verifiedClients(team) == 20);
        REQUIRE(QDir(team + QStringLiteral(".backups")).entryList(QDir::Files | QDir::Hidden).isEmpty());
        REQUIRE(fileBytes(team) == old);
    }

    SECTION("export-clients: the old file stays whole, no temporary file is left") {
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("export.csv"));
        {
            QFile f(target);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("the previous export\r\n");
        }
        const QByteArray old = fileBytes(target);
        const CliOutcome full = runCliChild({QStringLiteral("--db"), source, QStringLiteral("export-clients"), target},
                                            passLines(1), 64 * 1024);
        requireDiskFull(full);
        REQUIRE(fileBytes(target) == old);
        REQUIRE(leftovers(out.path(), {QStringLiteral("export.csv")}) == QStringList());
        REQUIRE(verifiedClients(source) == 1000);
    }

    SECTION("sync-export: the old package stays whole, no partial package is left") {
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("team.koerssync"));
        {
            QFile f(target);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("the previous package");
        }
        const QByteArray old = fileBytes(target);
        const CliOutcome full = runCliChild(
            {QStringLiteral("--db"), source, QStringLiteral("sync-export"), target, QStringLiteral("--full")},
            QByteArray(kPass) + '\n' + kPackagePass + '\n' + kPackagePass + '\n', 64 * 1024);
        requireDiskFull(full);
        REQUIRE(fileBytes(target) == old);
        REQUIRE(leftovers(out.path(), {QStringLiteral("team.koerssync")}) == QStringList());
        REQUIRE(verifiedClients(source) == 1000);
    }
}
