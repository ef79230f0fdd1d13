#include <catch2/catch.hpp>

#include "../storage/TestSupport.h"
#include "domain/Client.h"
#include "services/BackupStore.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/Store.h"
#include "util/Progress.h"

#include <QDir>
#include <QFileInfo>

using namespace koers;
using namespace koers::test;

namespace {
const QByteArray kPass = QByteArrayLiteral("backup test pass");

Client named(const QString& lastName) {
    Client c;
    c.firstNames = QStringLiteral("Testa");
    c.lastName = lastName;
    return c;
}

QStringList lastNames(const QString& path, QByteArrayView pass) {
    FixedClock clock(fixedNow());
    auto store = Store::open(path, pass, clock, QStringLiteral("tester"));
    if (!store.ok())
        return {store.message()};
    QStringList names;
    auto all = Repository<Client>(*store.value()).list();
    for (const Client& c : all.value())
        names << c.lastName;
    names.sort();
    return names;
}
} // namespace

TEST_CASE("Backups are listed newest first with their reason, and only the last ten are kept", "[storage][backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow());
    auto store = Store::create(path, kPass, clock, QStringLiteral("tester"));
    REQUIRE(store.ok());
    REQUIRE(BackupStore::list(path).empty());
    QStringList made;
    for (int i = 0; i < 12; ++i) {
        auto b = store.value()->db().backup(i % 2 ? u"import" : u"sync-import");
        REQUIRE(b.ok());
        made << b.value();
    }
    const auto backups = BackupStore::list(path);
    REQUIRE(backups.size() == BackupStore::keepCount);
    REQUIRE(backups.front().path == made.last());
    REQUIRE(backups.front().reason == QStringLiteral("import"));
    REQUIRE(backups.back().path == made[2]);
    REQUIRE(backups.back().reason == QStringLiteral("sync-import"));
    REQUIRE_FALSE(QFileInfo::exists(made[0]));
    REQUIRE_FALSE(QFileInfo::exists(made[1]));
    for (const BackupInfo& b : backups) {
        REQUIRE(b.at.isValid());
        REQUIRE(b.size > 0);
        REQUIRE_FALSE(Database::looksLikePlainSqlite(b.path));
    }
}

TEST_CASE("Restoring a backup replaces the file and keeps the replaced one", "[storage][backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow());
    QString early;
    {
        auto store = Store::create(path, kPass, clock, QStringLiteral("tester"));
        REQUIRE(store.ok());
        REQUIRE(Repository<Client>(*store.value()).insert(named(QStringLiteral("Before"))).ok());
        auto b = store.value()->db().backup(u"manual");
        REQUIRE(b.ok());
        early = b.value();
        REQUIRE(Repository<Client>(*store.value()).insert(named(QStringLiteral("After"))).ok());
    }
    REQUIRE(lastNames(path, kPass) == QStringList{QStringLiteral("After"), QStringLiteral("Before")});

    SECTION("with the right passphrase") {
        auto kept = BackupStore::restore(path, early, kPass);
        REQUIRE(kept.ok());
        REQUIRE(lastNames(path, kPass) == QStringList{QStringLiteral("Before")});
        REQUIRE(BackupStore::list(path).front().reason == QStringLiteral("before-restore"));
        REQUIRE(lastNames(kept.value(), kPass) == QStringList{QStringLiteral("After"), QStringLiteral("Before")});
        REQUIRE(QFileInfo::exists(early)); // the backup itself is left as it was
        REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral(".restoring")));
    }
    SECTION("a wrong passphrase, a damaged backup or a file in use change nothing") {
        const QByteArray before = fileHash(path);
        auto wrong = BackupStore::restore(path, early, "not it");
        REQUIRE(wrong.code() == ErrorCode::WrongPassphrase);
        REQUIRE(wrong.message().contains(QStringLiteral("old passphrase")));

        const QString damaged = dir.filePath(QStringLiteral("damaged.koers"));
        QByteArray bytes = fileBytes(early);
        REQUIRE(bytes.size() > 3 * 4096);
        for (qsizetype i = 2 * 4096 + 100; i < 2 * 4096 + 300; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
        QFile f(damaged);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto broken = BackupStore::restore(path, damaged, kPass);
        REQUIRE_FALSE(broken.ok());
        REQUIRE(broken.code() != ErrorCode::WrongPassphrase);

        REQUIRE(BackupStore::restore(path, dir.filePath(QStringLiteral("none.koers")), kPass).code() ==
                ErrorCode::FileNotFound);
        REQUIRE(fileHash(path) == before);
        REQUIRE(BackupStore::list(path).size() == 1);
        REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral(".restoring")));
    }
}

TEST_CASE("A backup made before a passphrase change restores with the old passphrase", "[storage][backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow());
    {
        auto store = Store::create(path, kPass, clock, QStringLiteral("tester"));
        REQUIRE(store.ok());
        REQUIRE(Repository<Client>(*store.value()).insert(named(QStringLiteral("Kept"))).ok());
        REQUIRE(store.value()->db().changePassphrase("the new one").ok());
    }
    const auto backups = BackupStore::list(path);
    REQUIRE(backups.size() == 1);
    REQUIRE(backups.front().reason == QStringLiteral("passwd"));
    REQUIRE(BackupStore::restore(path, backups.front().path, "the new one").code() == ErrorCode::WrongPassphrase);
    REQUIRE(BackupStore::restore(path, backups.front().path, kPass).ok());
    REQUIRE(lastNames(path, kPass) == QStringList{QStringLiteral("Kept")});
    REQUIRE(Database::open(path, "the new one").code() == ErrorCode::WrongPassphrase);
}

namespace {
// Cancels the copy once it has started.
class CancelOnFirstChunk final : public Progress {
public:
    void begin(const QString&, qint64) override { m_begun = true; }
    void advance(qint64) override {}
    bool cancelled() const override { return m_begun; }

private:
    bool m_begun = false;
};
} // namespace

TEST_CASE("A backup made by hand: beside the file and kept past the rotation, or into another folder",
          "[storage][backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow());
    auto store = Store::create(path, kPass, clock, QStringLiteral("tester"));
    REQUIRE(store.ok());
    REQUIRE(Repository<Client>(*store.value()).insert(named(QStringLiteral("Çelik"))).ok());
    Database& db = store.value()->db();

    SECTION("beside the file; ten imports later it is still there") {
        auto made = db.backupNow(QString(), Progress::none());
        REQUIRE(made.ok());
        REQUIRE(QFileInfo(made.value()).absolutePath() == QFileInfo(BackupStore::folderFor(path)).absoluteFilePath());
        REQUIRE(BackupStore::list(path).front().reason == QStringLiteral("manual"));
        for (int i = 0; i < BackupStore::keepCount + 2; ++i)
            REQUIRE(db.backup(u"import").ok());
        REQUIRE(QFileInfo::exists(made.value()));
        REQUIRE(lastNames(made.value(), kPass) == QStringList{QStringLiteral("Çelik")});
    }
    SECTION("naming the backups folder is the same as naming none") {
        auto made = db.backupNow(BackupStore::folderFor(path), Progress::none());
        REQUIRE(made.ok());
        REQUIRE(BackupStore::list(path).size() == 1);
    }
    SECTION("into another folder, readable by its owner only, opening with the file's passphrase") {
        const QString usb = dir.filePath(QStringLiteral("usb"));
        auto missing = db.backupNow(usb, Progress::none());
        REQUIRE_FALSE(missing.ok());
        REQUIRE(missing.code() == ErrorCode::FileNotFound);
        REQUIRE(QDir().mkpath(usb));
        auto first = db.backupNow(usb, Progress::none());
        auto second = db.backupNow(usb, Progress::none());
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        REQUIRE(first.value() != second.value()); // never over an earlier copy, even within the same millisecond
        REQUIRE(QFileInfo(first.value()).absolutePath() == QFileInfo(usb).absoluteFilePath());
        REQUIRE(QFileInfo(first.value()).fileName().startsWith(QStringLiteral("team-")));
        REQUIRE(QFileInfo(first.value()).fileName().endsWith(QStringLiteral("-manual.koers")));
        REQUIRE(QFileInfo(first.value()).permissions() ==
                (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        REQUIRE_FALSE(Database::looksLikePlainSqlite(first.value()));
        REQUIRE(BackupStore::list(path).empty()); // not among the backups beside the file
        REQUIRE(lastNames(first.value(), kPass) == QStringList{QStringLiteral("Çelik")});
    }
    SECTION("cancelled, nothing is left in the folder") {
        const QString usb = dir.filePath(QStringLiteral("usb"));
        REQUIRE(QDir().mkpath(usb));
        CancelOnFirstChunk cancel;
        auto made = db.backupNow(usb, cancel);
        REQUIRE(made.cancelled());
        REQUIRE(QDir(usb).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
    SECTION("aimed at the file itself, refused") {
        // The folder of the file is an ordinary folder, but the name cannot be the file: only a forged path
        // could get there; the guard refuses the file's own companions.
        const Status refused = db.copyTo(path + QStringLiteral("-wal"), Progress::none());
        REQUIRE_FALSE(refused.ok());
        REQUIRE(refused.code() == ErrorCode::Invalid);
    }
}
