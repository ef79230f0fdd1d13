#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/RollbackJournalScope.h"

#include <QFileInfo>

using namespace koers;

namespace {

QString journalMode(const Database& db) {
    return db.queryText(u"PRAGMA journal_mode").value().toLower();
}

} // namespace

TEST_CASE("A large write goes through a rollback journal and the file returns to WAL", "[storage][journal]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.koers"));
    auto db = Database::create(path, "pass");
    REQUIRE(db.ok());
    REQUIRE(journalMode(*db.value()) == QLatin1String("wal"));
    {
        RollbackJournalScope journal(*db.value());
        CHECK(journal.switched());
        CHECK(journalMode(*db.value()) == QLatin1String("delete"));
        Transaction tx(*db.value());
        REQUIRE(tx.started().ok());
        REQUIRE(db.value()->exec(u"INSERT INTO setting (key, value) VALUES ('a', '1')").ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(journalMode(*db.value()) == QLatin1String("wal"));
    // With exclusive locking SQLite keeps the journal file between transactions; back in WAL it goes.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK(db.value()->queryText(u"SELECT value FROM setting WHERE key = 'a'").value() == QLatin1String("1"));

    SECTION("inside a transaction the journal stays as it is") {
        Transaction outer(*db.value());
        REQUIRE(outer.started().ok());
        RollbackJournalScope journal(*db.value());
        CHECK_FALSE(journal.switched());
        CHECK(journalMode(*db.value()) == QLatin1String("wal"));
    }

    SECTION("a rolled-back write leaves nothing and the file reopens") {
        {
            RollbackJournalScope journal(*db.value());
            Transaction tx(*db.value());
            REQUIRE(tx.started().ok());
            REQUIRE(db.value()->exec(u"INSERT INTO setting (key, value) VALUES ('b', '2')").ok());
        }
        CHECK(db.value()->queryInt(u"SELECT count(*) FROM setting WHERE key = 'b'").value() == 0);
        db.value().reset();
        auto reopened = Database::open(path, "pass");
        REQUIRE(reopened.ok());
        CHECK(journalMode(*reopened.value()) == QLatin1String("wal"));
        CHECK(reopened.value()->queryInt(u"SELECT count(*) FROM setting").value() == 1);
    }
}
