#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/Client.h"
#include "storage/Database.h"
#include "storage/Repository.h"
#include "storage/Schema.h"
#include "storage/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace koers;
using namespace koers::test;

namespace {
const QByteArray kPass = QByteArrayLiteral("correct horse battery staple");

Client sampleClient() {
    Client c;
    c.firstNames = QStringLiteral("Zaynab");
    c.lastName = QStringLiteral("Qarawi-Testperson");
    c.bsn = QStringLiteral("999990019");
    c.dateOfBirth = QDate(1991, 2, 28);
    return c;
}
} // namespace

TEST_CASE("A new file is encrypted: no SQLite header, no plaintext name", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow());
    {
        auto store = Store::create(path, kPass, clock, QStringLiteral("tester"));
        REQUIRE(store.ok());
        Repository<Client> clients(*store.value());
        REQUIRE(clients.insert(sampleClient()).ok());
    }
    const QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() > 0);
    REQUIRE_FALSE(bytes.startsWith("SQLite format 3"));
    REQUIRE_FALSE(bytes.contains("Qarawi-Testperson"));
    REQUIRE_FALSE(bytes.contains("999990019"));
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("The sqlcipher shell opens a Koers file with the documented settings", "[storage][shell]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow());
    {
        auto store = Store::create(path, kPass, clock, QStringLiteral("tester"));
        REQUIRE(store.ok());
        REQUIRE(Repository<Client>(*store.value()).insert(sampleClient()).ok());
    }
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    INFO("the sqlcipher shell must be installed (scripts/test.sh installs it)");
    REQUIRE_FALSE(shell.isEmpty());
    QProcess p;
    p.start(shell, {path});
    REQUIRE(p.waitForStarted());
    p.write("PRAGMA key = '" + kPass + "';\nPRAGMA cipher_page_size = " + QByteArray::number(CipherSettings::pageSize) +
            ";\nPRAGMA kdf_iter = " + QByteArray::number(CipherSettings::kdfIterations) +
            ";\nSELECT last_name FROM client;\n.quit\n");
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Qarawi-Testperson")));
}

TEST_CASE("Opening errors are distinct and leave the file byte-identical", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow());
    {
        auto store = Store::create(path, kPass, clock, QStringLiteral("tester"));
        REQUIRE(store.ok());
        REQUIRE(Repository<Client>(*store.value()).insert(sampleClient()).ok());
    }
    const QByteArray before = fileHash(path);

    SECTION("wrong passphrase") {
        auto db = Database::open(path, QByteArrayLiteral("wrong"));
        REQUIRE_FALSE(db.ok());
        REQUIRE(db.code() == ErrorCode::WrongPassphrase);
        REQUIRE_FALSE(db.message().isEmpty());
    }
    SECTION("file locked by another instance") {
        auto first = Database::open(path, kPass);
        REQUIRE(first.ok());
        auto second = Database::open(path, kPass);
        REQUIRE_FALSE(second.ok());
        REQUIRE(second.code() == ErrorCode::Locked);
        first.value().reset();
        REQUIRE(Database::open(path, kPass).ok());
    }
    SECTION("schema newer than this program") {
        {
            auto db = Database::open(path, kPass);
            REQUIRE(db.ok());
            REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)).ok());
        }
        const QByteArray newer = fileHash(path);
        auto db = Database::open(path, kPass);
        REQUIRE(db.code() == ErrorCode::SchemaTooNew);
        REQUIRE(fileHash(path) == newer);
        return;
    }
    SECTION("read-only file") {
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        if (QFileInfo(path).isWritable())
            return; // running as root: permissions are not enforced
        auto db = Database::open(path, kPass);
        REQUIRE(db.code() == ErrorCode::ReadOnly);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    REQUIRE(fileHash(path) == before);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Files that are not Koers files are refused without being changed", "[storage]") {
    QTemporaryDir dir;
    SECTION("plain SQLite") {
        const QString path = dir.filePath(QStringLiteral("plain.koers"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray page(4096, '\0');
        page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        f.write(page);
        f.close();
        const QByteArray before = fileHash(path);
        REQUIRE(Database::open(path, kPass).code() == ErrorCode::NotEncrypted);
        REQUIRE(fileHash(path) == before);
    }
    SECTION("random bytes, truncated") {
        const QString path = dir.filePath(QStringLiteral("random.koers"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        const QByteArray before = fileHash(path);
        REQUIRE(Database::open(path, kPass).code() == ErrorCode::NotKoersFile);
        REQUIRE(fileHash(path) == before);
    }
    SECTION("missing") {
        REQUIRE(Database::open(dir.filePath(QStringLiteral("none.koers")), kPass).code() == ErrorCode::FileNotFound);
        REQUIRE_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.koers"))));
    }
    SECTION("create refuses to overwrite") {
        const QString path = dir.filePath(QStringLiteral("exists.koers"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        REQUIRE(Database::create(path, kPass).code() == ErrorCode::AlreadyExists);
        REQUIRE(fileBytes(path) == "keep me");
    }
}

TEST_CASE("Changing the passphrase re-encrypts and keeps the data", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow());
    QString id;
    {
        auto store = Store::create(path, kPass, clock, QStringLiteral("tester"));
        REQUIRE(store.ok());
        auto c = Repository<Client>(*store.value()).insert(sampleClient());
        INFO((c.ok() ? QString() : c.message()).toStdString());
        REQUIRE(c.ok());
        id = c->meta.id;
        REQUIRE(store.value()->db().changePassphrase(QByteArrayLiteral("new passphrase 2")).ok());
        // still usable after the rekey
        REQUIRE(Repository<Client>(*store.value()).get(id).ok());
    }
    REQUIRE(Database::open(path, kPass).code() == ErrorCode::WrongPassphrase);
    auto store = Store::open(path, QByteArrayLiteral("new passphrase 2"), clock, QStringLiteral("tester"));
    REQUIRE(store.ok());
    auto c = Repository<Client>(*store.value()).get(id);
    REQUIRE(c.ok());
    REQUIRE(c->lastName == QStringLiteral("Qarawi-Testperson"));
    // the backup taken first still opens with the old passphrase
    const QDir backups(path + QStringLiteral(".backups"));
    const QStringList files = backups.entryList({QStringLiteral("*.koers")}, QDir::Files);
    REQUIRE(files.size() == 1);
    REQUIRE(Database::open(backups.filePath(files.first()), kPass).ok());
}

// Statement hands SQLite its own UTF-8 buffers without a copy; a parameter bound again must not change what
// an earlier bind of another parameter reads, and empty text stays text.
TEST_CASE("Statement binds text in place: empty stays text, null is NULL, rebinding is independent", "[storage]") {
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("s.koers")), kPass);
    REQUIRE(db.ok());
    auto st = db.value()->prepare(u"SELECT typeof(?1), ?1, typeof(?2), ?3, ?4, ?5");
    REQUIRE(st.ok());
    const QString longText(3000, QChar(u'é'));
    for (int round = 0; round < 2; ++round) {
        st->bind(1, QStringLiteral(""));
        st->bind(2, QString());
        st->bind(3, round == 0 ? longText : QStringLiteral("kort"));
        st->bind(4, QDate(2024, 2, 29));
        st->bindStaticText(5, "b1");
        REQUIRE(st->step().value());
        CHECK(st->text(0) == QLatin1String("text"));
        CHECK(st->text(1) == QString());
        CHECK(st->text(2) == QLatin1String("null"));
        CHECK(st->text(3) == (round == 0 ? longText : QStringLiteral("kort")));
        CHECK(st->text(4) == QLatin1String("2024-02-29"));
        CHECK(st->text(5) == QLatin1String("b1"));
        st->reset();
    }
}
