#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/Client.h"
#include "domain/Coach.h"
#include "domain/Contact.h"
#include "domain/Intake.h"
#include "domain/IntakeSection.h"
#include "domain/Involvement.h"
#include "domain/Milestone.h"
#include "domain/Municipality.h"
#include "domain/PlanGoal.h"
#include "domain/PlanVersion.h"
#include "storage/Database.h"
#include "storage/RecordCodec.h"
#include "storage/Repository.h"
#include "storage/Schema.h"
#include "storage/Store.h"

#include <QDir>

using namespace koers;
using namespace koers::test;

namespace {
const QByteArray kPass = QByteArrayLiteral("migration test passphrase");

// Every entity's columns exist in the latest schema: the structs and the migrations agree.
template <class T>
void requireColumnsExist(Database& db) {
    auto st = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(T::table)));
    REQUIRE(st.ok());
    QStringList columns;
    while (st->step().value())
        columns << st->text(1);
    for (const QString& c : codec::allColumns<T>()) {
        INFO(T::table << "." << c.toStdString());
        REQUIRE(columns.contains(c));
    }
}
} // namespace

TEST_CASE("Opening a version-1 file migrates it and keeps all data", "[storage][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.koers"));
    {
        auto db = Database::create(path, kPass, 1);
        REQUIRE(db.ok());
        REQUIRE(db.value()->userVersion() == 1);
        // Rows as Koers with schema 1 wrote them.
        REQUIRE(db.value()
                    ->exec(u"INSERT INTO meta VALUES ('device_id', 'olddevice00000001');"
                           u"INSERT INTO client (id, created_at, updated_at, updated_by, first_names, last_name, bsn, "
                           u"target_group, status, route, participation, koppeling_date) VALUES ('c1', "
                           u"'2025-01-01T10:00:00.000Z', '0001735725600000-000000-olddevice00000001', "
                           u"'olddevice00000001', 'Amanuel', 'Tesfay-Test', '111222333', 'asylum', 'active', 'b1', "
                           u"'none', '2024-02-29');"
                           u"INSERT INTO milestone (id, created_at, updated_at, updated_by, client_id, kind, due_date, "
                           u"status) VALUES ('m1', '2025-01-01T10:00:00.000Z', "
                           u"'0001735725600000-000001-olddevice00000001', 'olddevice00000001', 'c1', 'intake_done', "
                           u"'2024-05-09', 'planned');")
                    .ok());
    }
    FixedClock clock(fixedNow());
    auto store = Store::open(path, kPass, clock, QStringLiteral("tester"));
    REQUIRE(store.ok());
    REQUIRE(store.value()->db().userVersion() == Schema::latestVersion());

    auto client = Repository<Client>(*store.value()).get(QStringLiteral("c1"));
    REQUIRE(client.ok());
    REQUIRE(client->lastName == QStringLiteral("Tesfay-Test"));
    REQUIRE(client->koppelingDate == QDate(2024, 2, 29));
    REQUIRE(client->route == Route::B1);
    auto milestones = Repository<Milestone>(*store.value()).list(QStringLiteral("c1"));
    REQUIRE(milestones.ok());
    REQUIRE(milestones->size() == 1);
    REQUIRE(milestones->front().dueDate == QDate(2024, 5, 9));

    // The stamps continue after the migrated ones.
    REQUIRE(store.value()->stamp() > client->meta.updatedAt);

    // An encrypted backup of the old file was taken before the migration.
    const QDir backups(path + QStringLiteral(".backups"));
    const QStringList files =
        backups.entryList({QStringLiteral("*before-v%1*.koers").arg(Schema::latestVersion())}, QDir::Files);
    REQUIRE(files.size() == 1);
    REQUIRE_FALSE(fileBytes(backups.filePath(files.first())).startsWith("SQLite format 3"));
    REQUIRE_FALSE(fileBytes(backups.filePath(files.first())).contains("Tesfay-Test"));

    // The migration is in the audit log.
    auto logged = store.value()->db().queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'migrate'");
    REQUIRE(logged.ok());
    REQUIRE(logged.value() == Schema::latestVersion() - 1);
}

TEST_CASE("The entity structs and the latest schema agree", "[storage][migration]") {
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("new.koers")), kPass);
    REQUIRE(db.ok());
    requireColumnsExist<Municipality>(*db.value());
    requireColumnsExist<Coach>(*db.value());
    requireColumnsExist<Client>(*db.value());
    requireColumnsExist<Intake>(*db.value());
    requireColumnsExist<IntakeSection>(*db.value());
    requireColumnsExist<PlanVersion>(*db.value());
    requireColumnsExist<PlanGoal>(*db.value());
    requireColumnsExist<Milestone>(*db.value());
    requireColumnsExist<Contact>(*db.value());
    requireColumnsExist<Involvement>(*db.value());
}

TEST_CASE("The audit log is append-only", "[storage]") {
    QTemporaryDir dir;
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("a.koers")), kPass, clock, QStringLiteral("tester"));
    REQUIRE(store.ok());
    REQUIRE_FALSE(store.value()->db().exec(u"UPDATE audit_log SET actor = 'someone else'").ok());
    REQUIRE_FALSE(store.value()->db().exec(u"DELETE FROM audit_log").ok());
}

TEST_CASE("Clients are indexed by id and BSN only", "[storage][migration]") {
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("new.koers")), kPass);
    REQUIRE(db.ok());
    auto st = db.value()->prepare(u"PRAGMA index_list(client)");
    REQUIRE(st.ok());
    QStringList named;
    while (st->step().value())
        if (!st->text(1).startsWith(QLatin1String("sqlite_autoindex")))
            named << st->text(1);
    // Every index costs each imported client a B-tree insert; a coach or municipality index served no query.
    REQUIRE(named == QStringList{QStringLiteral("client_bsn")});
}
