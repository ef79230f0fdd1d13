// Crash safety: koers-cli is killed with SIGKILL at random moments while it imports a large spreadsheet or
// merges a large sync package. Every time, the file must open, pass integrity_check and hold either the
// whole import or none of it. Set KOERS_CRASH_SEED to replay a run; the seed is printed.
#include "core/CatchQtPrinters.h"

#include "app/CliChild.h"
#include "storage/Database.h"
#include "sync/SyncTables.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <random>

using namespace koers;
using namespace koers::test;

namespace {

constexpr char kPass[] = "crash pass";
constexpr char kPackagePass[] = "crash package pass";
constexpr int kKillPoints = 20;

quint64 crashSeed() {
    bool ok = false;
    const quint64 fromEnv = qEnvironmentVariable("KOERS_CRASH_SEED").toULongLong(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate64();
}

// Row counts of every synchronised table, after checking the file opens and is consistent.
QList<qint64> verifiedCounts(const QString& path) {
    auto db = Database::open(path, kPass);
    INFO(path.toStdString());
    REQUIRE(db.ok());
    auto integrity = db.value()->queryText(u"PRAGMA integrity_check");
    REQUIRE(integrity.ok());
    REQUIRE(integrity.value() == QStringLiteral("ok"));
    QList<qint64> counts;
    for (const QString& table : sync::tableNames()) {
        auto n = db.value()->queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        REQUIRE(n.ok());
        counts << n.value();
    }
    return counts;
}

QByteArray stdinFor(bool sync) {
    return sync ? QByteArray(kPass) + '\n' + kPackagePass + '\n' : QByteArray(kPass) + '\n';
}

QStringList commandFor(bool sync, const QString& db, const QString& input) {
    return {QStringLiteral("--db"), db, sync ? QStringLiteral("sync-import") : QStringLiteral("import-clients"), input};
}

void requireOk(const CliOutcome& r) {
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE_FALSE(r.crashed);
}

// Makes `clients` demo clients in a source file and turns them into the input for the child: a CSV for
// Excel (import) or a full sync package.
QString makeInput(const QTemporaryDir& dir, bool sync, int clients) {
    const QString source = dir.filePath(QStringLiteral("source.koers"));
    requireOk(runCliChild({QStringLiteral("--db"), source, QStringLiteral("demo"), QStringLiteral("--clients"),
                           QString::number(clients), QStringLiteral("--seed"), QStringLiteral("11")},
                          QByteArray(kPass) + '\n' + kPass + '\n'));
    if (sync) {
        const QString package = dir.filePath(QStringLiteral("large.koerssync"));
        requireOk(runCliChild(
            {QStringLiteral("--db"), source, QStringLiteral("sync-export"), package, QStringLiteral("--full")},
            QByteArray(kPass) + '\n' + kPackagePass + '\n' + kPackagePass + '\n'));
        return package;
    }
    const QString csv = dir.filePath(QStringLiteral("large.csv"));
    requireOk(
        runCliChild({QStringLiteral("--db"), source, QStringLiteral("export-clients"), csv}, QByteArray(kPass) + '\n'));
    return csv;
}

void killSeries(bool sync, int clients) {
    const quint64 seed = crashSeed();
    WARN((sync ? "sync-import" : "import-clients")
         << " crash test seed: " << seed << " (KOERS_CRASH_SEED=" << seed << " replays it)");
    std::mt19937_64 rng(seed);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString input = makeInput(dir, sync, clients);
    const QString pristine = dir.filePath(QStringLiteral("pristine.koers"));
    requireOk(runCliChild({QStringLiteral("--db"), pristine, QStringLiteral("init")},
                          QByteArray(kPass) + '\n' + kPass + '\n'));
    const QList<qint64> none = verifiedCounts(pristine);

    // One uninterrupted run: the state "all" and the time span the kill points are spread over.
    const QString measured = dir.filePath(QStringLiteral("measured.koers"));
    REQUIRE(QFile::copy(pristine, measured));
    QElapsedTimer timer;
    timer.start();
    requireOk(runCliChild(commandFor(sync, measured, input), stdinFor(sync)));
    const int durationMs = static_cast<int>(timer.elapsed());
    const QList<qint64> all = verifiedCounts(measured);
    REQUIRE(all != none);
    QFile::remove(measured);

    std::uniform_int_distribution<int> killAt(0, durationMs);
    int keptNone = 0;
    int keptAll = 0;
    int endedBeforeKill = 0;
    QString target;
    for (int i = 0; i < kKillPoints; ++i) {
        if (!target.isEmpty())
            QFile::remove(target);
        target = dir.filePath(QStringLiteral("killed-%1.koers").arg(i));
        REQUIRE(QFile::copy(pristine, target));
        const int at = killAt(rng);
        CliChild child(commandFor(sync, target, input), stdinFor(sync));
        if (child.waitFor(at))
            ++endedBeforeKill;
        else
            child.killHard();
        const QList<qint64> counts = verifiedCounts(target);
        INFO("kill point " << i << " at " << at << " ms of " << durationMs << " ms, seed " << seed);
        REQUIRE((counts == none || counts == all));
        ++(counts == all ? keptAll : keptNone);
    }
    WARN(kKillPoints << " kill points over " << durationMs << " ms: " << keptNone << " kept nothing, " << keptAll
                     << " kept everything, " << endedBeforeKill << " ended before the kill");

    // After all that, the last file still takes the whole import.
    requireOk(runCliChild(commandFor(sync, target, input), stdinFor(sync)));
    REQUIRE(verifiedCounts(target) == all);
}

} // namespace

// Sized so that one uninterrupted run takes about a second on the 2-core development machine.
TEST_CASE("SIGKILL during import-clients leaves the whole import or none of it", "[crash][cli]") {
    killSeries(false, 1500);
}

TEST_CASE("SIGKILL during sync-import leaves the whole package or none of it", "[crash][cli][sync]") {
    killSeries(true, 200);
}
