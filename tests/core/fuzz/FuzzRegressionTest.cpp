// Replays every input the fuzzers found (tests/data/fuzz/<target>/) through the fuzz targets' code paths,
// and a set of hand-made hostile files with their expected outcomes: a clean error or a result, never a
// crash, a hang or an unbounded allocation.
#include "core/CatchQtPrinters.h"

#include "core/storage/TestSupport.h"
#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

#include <functional>

using namespace koers;
using namespace koers::test;

namespace {

using Target = std::function<Result<qint64>(QByteArrayView)>;

QString fuzzData(const QString& sub) {
    return QStringLiteral(KOERS_TEST_DATA_DIR "/fuzz/") + sub;
}

int replayFolder(const QString& folder, const Target& target) {
    int files = 0;
    QDirIterator it(fuzzData(folder), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        const Result<qint64> r = target(fileBytes(path));
        if (!r.ok())
            CHECK_FALSE(r.message().isEmpty());
        ++files;
    }
    return files;
}

QByteArray seed(const char* name) {
    return fileBytes(QStringLiteral(KOERS_TEST_DATA_DIR "/../fuzz/seeds/") + QString::fromLatin1(name));
}

// Sets the uncompressed size in every local and central header of a ZIP file: a sender who lies.
QByteArray withDeclaredSize(QByteArray zip, quint32 size) {
    auto patch = [&zip, size](const QByteArray& signature, int offset) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4))
            for (int i = 0; i < 4 && at + offset + i < zip.size(); ++i)
                zip[at + offset + i] = char((size >> (8 * i)) & 0xff);
    };
    patch(QByteArray("PK\x03\x04", 4), 22);
    patch(QByteArray("PK\x01\x02", 4), 24);
    return zip;
}

QByteArray packageOf(const std::vector<SyncArchiveEntry>& entries, const char* passphrase) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.koerssync"));
    REQUIRE(SyncArchive::write(path, passphrase, entries).ok());
    return fileBytes(path);
}

} // namespace

TEST_CASE("Inputs found by the fuzzers stay fixed", "[fuzz]") {
    replayFolder(QStringLiteral("csv"), fuzz::csvInput);
    replayFolder(QStringLiteral("sync_archive"), fuzz::syncArchiveInput);
    replayFolder(QStringLiteral("sync_package"), fuzz::syncPackageInput);
}

TEST_CASE("The fuzz seeds reach the end of each path", "[fuzz]") {
    // Otherwise the fuzzers would only ever see the first checks fail.
    const Result<qint64> archive = fuzz::syncArchiveInput(seed("sync_archive/demo-2-clients.zip"));
    INFO((archive.ok() ? QString() : archive.message()).toStdString());
    REQUIRE(archive.ok());
    REQUIRE(archive.value() == 62);
    const Result<qint64> package = fuzz::syncPackageInput(seed("sync_package/demo-2-clients.bin"));
    REQUIRE(package.ok());
    REQUIRE(package.value() == 62);
    REQUIRE(fuzz::csvInput(fileBytes(QStringLiteral(KOERS_TEST_DATA_DIR "/import/clients_excel_nl.csv"))).ok());
}

TEST_CASE("Hostile spreadsheets: a result or a clean error", "[fuzz][csv]") {
    SECTION("a 32 MB field is read") {
        const QByteArray file = "name;note\r\nA;\"" + QByteArray(32 << 20, 'x') + "\"\r\n";
        const Result<qint64> r = fuzz::csvInput(file);
        REQUIRE(r.ok());
        REQUIRE(r.value() == 2);
    }
    SECTION("a field that never ends is refused past 64 MB") {
        const QByteArray file = "name;note\r\nA;\"" + QByteArray(70 << 20, 'x');
        const Result<qint64> r = fuzz::csvInput(file);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.message().contains(QStringLiteral("too large")));
    }
    SECTION("a line of a million columns is refused") {
        QByteArray line;
        line.reserve(2'000'002);
        for (int i = 0; i < 1'000'000; ++i)
            line += "a;";
        const Result<qint64> r = fuzz::csvInput(line + "\r\n");
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.message().contains(QStringLiteral("65536 columns")));
    }
    SECTION("100,000 nested quotes") {
        const Result<qint64> r = fuzz::csvInput(QByteArray(100'001, '"') + "\n");
        if (!r.ok())
            REQUIRE_FALSE(r.message().isEmpty());
    }
    SECTION("NUL bytes are content") {
        const Result<qint64> r = fuzz::csvInput(QByteArray("a;b\r\n1\0x;2\r\n", 12));
        REQUIRE(r.ok());
        REQUIRE(r.value() == 2);
    }
    SECTION("invalid UTF-8 is read as Windows-1252") {
        const Result<qint64> r = fuzz::csvInput("naam;plaats\r\nJos\xe9;Gen\xc3\r\n\xff\xfe;\xc0\x80\r\n");
        REQUIRE(r.ok());
        REQUIRE(r.value() == 3);
    }
}

TEST_CASE("Hostile sync packages: a clean error, nothing written", "[fuzz][sync]") {
    const QByteArray good = seed("sync_archive/demo-2-clients.zip");
    REQUIRE(fuzz::syncArchiveInput(good).ok());

    SECTION("wrong passphrase") {
        const QByteArray other = packageOf({{QStringLiteral("manifest.csv"), "field,value\n"}}, "another pass");
        REQUIRE(fuzz::syncArchiveInput(other).code() == ErrorCode::WrongPassphrase);
    }
    SECTION("truncated at every 997th byte") {
        for (qsizetype n = 0; n < good.size(); n += 997) {
            const Result<qint64> r = fuzz::syncArchiveInput(good.first(n));
            REQUIRE_FALSE(r.ok());
            REQUIRE(r.code() == ErrorCode::NotKoersFile);
        }
    }
    SECTION("path traversal names are never written anywhere") {
        const QString escaped = QDir::temp().filePath(QStringLiteral("koers-evil.csv"));
        QFile::remove(escaped);
        const QByteArray evil =
            packageOf({{QStringLiteral("../../../../../../../../tmp/koers-evil.csv"), "id\n1\n"},
                       {QStringLiteral("/tmp/koers-evil.csv"), "id\n1\n"},
                       {QStringLiteral("manifest.csv"), "field,value,rows,sha256\nformat_version,1,,\n"}},
                      fuzz::kPackagePassphrase);
        const Result<qint64> r = fuzz::syncArchiveInput(evil);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.code() == ErrorCode::Invalid);
        REQUIRE_FALSE(QFile::exists(escaped));
    }
    SECTION("declared sizes of 2 GiB and 4 GiB that the data does not have") {
        for (quint32 size : {0x7FFFFFF0u, 0xFFFFFFF0u}) {
            const Result<qint64> r = fuzz::syncArchiveInput(withDeclaredSize(good, size));
            REQUIRE_FALSE(r.ok());
            REQUIRE_FALSE(r.message().isEmpty());
        }
    }
    SECTION("a 256 MB entry of zeros (a small zip bomb) is unpacked within bounds and refused") {
        const QByteArray bomb = packageOf({{QStringLiteral("client.csv"), QByteArray(256 << 20, '\0')},
                                           {QStringLiteral("manifest.csv"), "field,value\n"}},
                                          fuzz::kPackagePassphrase);
        REQUIRE(bomb.size() < 2 << 20);
        const Result<qint64> r = fuzz::syncArchiveInput(bomb);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.code() == ErrorCode::Invalid);
    }
    SECTION("a table file with a value of the wrong kind") {
        QByteArray pieces = seed("sync_package/demo-2-clients.bin");
        const qsizetype clientStart = pieces.indexOf('\x1e', pieces.indexOf('\x1e', pieces.indexOf('\x1e') + 1) + 1);
        REQUIRE(clientStart > 0);
        const qsizetype secondLine = pieces.indexOf('\n', clientStart) + 1;
        pieces.insert(secondLine, "not-a-uuid,");
        const Result<qint64> r = fuzz::syncPackageInput(pieces);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.code() == ErrorCode::Invalid);
    }
}
