// Writing a package while libzip compresses and encrypts on a thread of its own (SyncArchive::write): every
// entry's chunks arrive whole and in order, the producers run one after the other on the caller's thread, and a
// producer's failure ends the archive with its own error and leaves nothing behind.
#include "../CatchQtPrinters.h"

#include "sync/SyncArchive.h"

#include <QDir>
#include <QTemporaryDir>

#include <thread>

using namespace koers;

namespace {

const QByteArray kPass = QByteArrayLiteral("archive test passphrase");

// An entry of `chunks` chunks of 100 KiB, each filled from its own number.
QByteArray chunkBytes(int entry, int chunk) {
    QByteArray bytes(100 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>('a' + (entry * 7 + chunk * 3 + i / 4096) % 26);
    return bytes;
}

struct Recorder {
    std::thread::id caller = std::this_thread::get_id();
    std::vector<std::pair<int, int>> calls; // (entry, chunk) in the order asked
    bool offThread = false;
};

SyncArchiveStream stream(Recorder& rec, int entry, int chunks, int failAt = -1) {
    auto next = std::make_shared<int>(0);
    return {QStringLiteral("entry-%1.csv").arg(entry), [&rec, entry, chunks, failAt, next]() -> Result<QByteArray> {
                if (std::this_thread::get_id() != rec.caller)
                    rec.offThread = true;
                const int chunk = (*next)++;
                rec.calls.emplace_back(entry, chunk);
                if (chunk == failAt)
                    return makeError(ErrorCode::Cancelled, QStringLiteral("stopped in entry %1").arg(entry));
                if (chunk == chunks)
                    return QByteArray();
                return chunkBytes(entry, chunk);
            }};
}

QStringList leftovers(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList(QDir::Files);
}

} // namespace

TEST_CASE("A package written while libzip works on its own thread holds every chunk in order", "[sync][archive]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.koerssync"));
    Recorder rec;
    const int chunks[] = {0, 1, 37, 5};
    std::vector<SyncArchiveStream> entries;
    for (int e = 0; e < 4; ++e)
        entries.push_back(stream(rec, e, chunks[e]));
    REQUIRE(SyncArchive::write(path, kPass, std::move(entries)).ok());
    CHECK_FALSE(rec.offThread);
    // Asked entry after entry, each to its end.
    std::vector<std::pair<int, int>> expected;
    for (int e = 0; e < 4; ++e)
        for (int c = 0; c <= chunks[e]; ++c)
            expected.emplace_back(e, c);
    CHECK(rec.calls == expected);

    auto read = SyncArchive::read(path, kPass);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 4);
    for (int e = 0; e < 4; ++e) {
        QByteArray want;
        for (int c = 0; c < chunks[e]; ++c)
            want += chunkBytes(e, c);
        CHECK(read->at(std::size_t(e)).name == QStringLiteral("entry-%1.csv").arg(e));
        CHECK(read->at(std::size_t(e)).data == want);
    }
    CHECK(leftovers(dir) == QStringList{QStringLiteral("p.koerssync")});
}

TEST_CASE("A producer's failure ends the package with its error; nothing is left and no later producer runs",
          "[sync][archive]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.koerssync"));
    for (const int failAt : {0, 3, 30}) {
        Recorder rec;
        std::vector<SyncArchiveStream> entries;
        entries.push_back(stream(rec, 0, 20));
        entries.push_back(stream(rec, 1, 40, failAt));
        entries.push_back(stream(rec, 2, 5));
        const Status written = SyncArchive::write(path, kPass, std::move(entries));
        INFO("fail at chunk " << failAt);
        REQUIRE_FALSE(written.ok());
        CHECK(written.code() == ErrorCode::Cancelled);
        CHECK(written.message() == QStringLiteral("stopped in entry 1"));
        CHECK(rec.calls.back() == std::make_pair(1, failAt));
        CHECK(leftovers(dir).isEmpty());
    }
}
