// The package read ahead on a thread of its own (SyncPackage::forEachRecordAhead): the same records in the same
// order as the plain walk, the caller's first failure ends it at once, and a fault of the file comes after every
// record before it, as in the walk the import's checks rely on.
#include "../CatchQtPrinters.h"

#include "PackageForge.h"
#include "SyncTestSupport.h"
#include "storage/Repository.h"
#include "sync/SyncExporter.h"
#include "sync/SyncPackage.h"

using namespace koers;
using namespace koers::test;

namespace {

// More clients than the reader holds ahead (8 batches of 256), so it waits for room at least once.
constexpr int kClients = 3000;

QString fullPackage(const QTemporaryDir& dir) {
    Replica a(dir, QStringLiteral("A"), 0);
    {
        Transaction tx(a.store->db());
        REQUIRE(tx.started().ok());
        for (int i = 0; i < kClients; ++i) {
            Client c;
            c.firstNames = QStringLiteral("Testa");
            c.lastName = QStringLiteral("Vooruit %1").arg(i);
            REQUIRE(Repository<Client>(*a.store).insert(std::move(c)).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    const QString path = dir.filePath(QStringLiteral("full.koerssync"));
    REQUIRE(SyncExporter(*a.store).exportTo(path, kPackagePass, {QString(), true}).ok());
    return path;
}

struct Seen {
    QStringList ids;
    QList<qint64> lines;
};

Seen walkPlain(const QString& path) {
    auto package = SyncPackage::stream(path, kPackagePass);
    REQUIRE(package.ok());
    Seen seen;
    REQUIRE(package
                ->forEachRecord<Client>([&](const Client& c, const SyncKnowledge&, qint64 line) {
                    seen.ids << c.meta.id;
                    seen.lines << line;
                })
                .ok());
    return seen;
}

} // namespace

TEST_CASE("Reading a package ahead gives every record in file order, as the plain walk does", "[sync][ahead]") {
    QTemporaryDir dir;
    const QString path = fullPackage(dir);
    const Seen plain = walkPlain(path);
    REQUIRE(plain.ids.size() == kClients);

    auto package = SyncPackage::stream(path, kPackagePass);
    REQUIRE(package.ok());
    Seen ahead;
    const Status walked =
        package->forEachRecordAhead<Client>([&](const Client& c, const SyncKnowledge&, qint64 line) -> Status {
            ahead.ids << c.meta.id;
            ahead.lines << line;
            return {};
        });
    REQUIRE(walked.ok());
    CHECK(ahead.ids == plain.ids);
    CHECK(ahead.lines == plain.lines);
    // The next table reads on from the same package.
    int coaches = -1;
    REQUIRE(package
                ->forEachRecordAhead<Coach>([&](const Coach&, const SyncKnowledge&, qint64) -> Status {
                    ++coaches;
                    return {};
                })
                .ok());
    CHECK(coaches == -1); // none were made
}

TEST_CASE("The caller's first failure ends the read-ahead at once and is what it returns", "[sync][ahead]") {
    QTemporaryDir dir;
    const QString path = fullPackage(dir);
    for (const int failAt : {1, 256, 257, 2049, kClients}) {
        auto package = SyncPackage::stream(path, kPackagePass);
        REQUIRE(package.ok());
        int calls = 0;
        const Status walked =
            package->forEachRecordAhead<Client>([&](const Client&, const SyncKnowledge&, qint64 line) -> Status {
                if (++calls == failAt)
                    return makeError(ErrorCode::Cancelled, QStringLiteral("stopped at line %1").arg(line));
                return {};
            });
        INFO("fail at " << failAt);
        REQUIRE_FALSE(walked.ok());
        CHECK(walked.code() == ErrorCode::Cancelled);
        CHECK(walked.message() == QStringLiteral("stopped at line %1").arg(failAt + 1)); // line 1 is the header
        CHECK(calls == failAt);
    }
}

TEST_CASE("A damaged row is reported after every record before it, and none after it", "[sync][ahead]") {
    QTemporaryDir dir;
    const QString path = fullPackage(dir);
    ForgedPackage forged = ForgedPackage::open(path, kPackagePass);
    const auto& clients = forged.table<Client>();
    REQUIRE(clients.size() == std::size_t(kClients));
    const std::size_t bad = 2100;
    forged.set<Client>(bad, "status", QStringLiteral("geen-status"));
    const QString damaged = dir.filePath(QStringLiteral("damaged.koerssync"));
    forged.write(damaged, kPackagePass);

    auto package = SyncPackage::stream(damaged, kPackagePass);
    REQUIRE(package.ok());
    int calls = 0;
    const Status walked =
        package->forEachRecordAhead<Client>([&](const Client&, const SyncKnowledge&, qint64) -> Status {
            ++calls;
            return {};
        });
    REQUIRE_FALSE(walked.ok());
    CHECK(walked.code() == ErrorCode::Invalid);
    CHECK(walked.message().contains(QStringLiteral("line %1").arg(bad + 2)));
    CHECK(calls == int(bad));
}
