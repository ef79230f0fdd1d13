// Scoped sync packages (data minimisation): a package for one coach or municipality carries only those
// clients, their records and the coaches and municipalities they refer to, so the laptop that imports it
// holds only that caseload.
#include "../CatchQtPrinters.h"

#include "SyncTestSupport.h"
#include "storage/Repository.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

using namespace koers;
using namespace koers::test;

TEST_CASE("a scoped package carries one caseload and nothing else", "[sync][scope]") {
    QTemporaryDir dir;
    Replica lead(dir, QStringLiteral("L"), 0);
    Store& s = *lead.store;
    QStringList municipalities, coaches;
    for (const char* name : {"Baarn", "Soest", "Bunschoten"}) {
        Municipality m;
        m.name = QString::fromLatin1(name);
        municipalities << Repository<Municipality>(s).insert(m).value().meta.id;
    }
    for (const char* name : {"Anna", "Bram"}) {
        Coach c;
        c.name = QString::fromLatin1(name);
        coaches << Repository<Coach>(s).insert(c).value().meta.id;
    }
    QStringList annas, soests;
    for (int i = 0; i < 6; ++i) {
        Client c;
        c.lastName = QStringLiteral("Klant%1").arg(i);
        c.coachId = coaches[i % 2];
        c.municipalityId = municipalities[i % 3 == 2 ? 1 : 0];
        const QString id = Repository<Client>(s).insert(c).value().meta.id;
        if (i % 2 == 0)
            annas << id;
        if (i % 3 == 2)
            soests << id;
        Milestone m;
        m.clientId = id;
        m.dueOverridden = true;
        m.dueDate = QDate(2027, 2, 1);
        REQUIRE(Repository<Milestone>(s).insert(m).ok());
    }
    const QString path = dir.filePath(QStringLiteral("anna.koerssync"));

    SECTION("by coach") {
        SyncExportOptions o;
        o.coaches = {QStringLiteral("Anna")};
        auto written = SyncExporter(s).exportTo(path, kPackagePass, o);
        REQUIRE(written.ok());
        CHECK(written->rowsPerTable.value(QStringLiteral("client")) == 3);
        Replica laptop(dir, QStringLiteral("A"), 0);
        REQUIRE(SyncImporter(*laptop.store).importFrom(path, kPackagePass).ok());
        annas.sort();
        CHECK(idsIn(*laptop.store, "client") == annas);
        CHECK(idsIn(*laptop.store, "milestone").size() == 3);
        CHECK(idsIn(*laptop.store, "coach") == QStringList{coaches[0]});
        // Anna's clients live in Baarn (0, 4) and Soest (2): Bunschoten is not in the package.
        QStringList used{municipalities[0], municipalities[1]};
        used.sort();
        CHECK(idsIn(*laptop.store, "municipality") == used);
    }
    SECTION("by municipality, for a peer: the next package holds only that scope's changes") {
        SyncExportOptions o;
        o.peer = QStringLiteral("soest");
        o.municipalities = {QStringLiteral("Soest")};
        REQUIRE(SyncExporter(s).exportTo(path, kPackagePass, o).ok());
        Replica laptop(dir, QStringLiteral("S"), 0);
        REQUIRE(SyncImporter(*laptop.store).importFrom(path, kPackagePass).ok());
        soests.sort();
        CHECK(idsIn(*laptop.store, "client") == soests);
        auto c = Repository<Client>(s).get(annas[0]); // a Baarn client: not Soest's business
        c->note = QStringLiteral("x");
        REQUIRE(Repository<Client>(s).update(c.value()).ok());
        auto delta = SyncExporter(s).exportTo(dir.filePath(QStringLiteral("d.koerssync")), kPackagePass, o);
        REQUIRE(delta.ok());
        CHECK(delta->rows == 0);
    }
    SECTION("an unknown coach is an error, and no package is written") {
        SyncExportOptions o;
        o.coaches = {QStringLiteral("Nobody")};
        auto refused = SyncExporter(s).exportTo(path, kPackagePass, o);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::NotFound);
        CHECK_FALSE(QFileInfo::exists(path));
    }
}
