// The new-client dialog asks DuplicateQuery, which follows the import's same-person rule (SamePerson).
#include "core/CatchQtPrinters.h"

#include "../rules/PersonTestSupport.h"

#include "../storage/TestSupport.h"
#include "queries/DuplicateQuery.h"
#include "services/ClientService.h"
#include "storage/Store.h"

using namespace koers;
using namespace koers::test;

TEST_CASE("Duplicates of a new client: the same person, or possibly the same with another BSN",
          "[queries][duplicates]") {
    QTemporaryDir dir;
    FixedClock clock{fixedNow()};
    auto store = Store::create(dir.filePath(QStringLiteral("d.koers")), "pass", clock, QStringLiteral("coach"));
    REQUIRE(store.ok());
    ClientService service(*store.value());
    const QDate born(1979, 5, 5);
    const QString lina = service.addClient(person("Lina", "Mansour", born, "990039596"))->meta.id;
    const QString yonas = service.addClient(person("Yonas", "Tesfay", QDate(2001, 11, 30)))->meta.id;
    DuplicateQuery query(*store.value());

    auto found = query.find(person("lina", "MANSOUR", born, "990047519"));
    REQUIRE(found->size() == 1);
    CHECK(found->front().client.meta.id == lina);
    CHECK(found->front().match == PersonMatch::Possible);

    found = query.find(person("Lina", "Mansour", born));
    REQUIRE(found->size() == 1);
    CHECK(found->front().match == PersonMatch::Same);

    found = query.find(person("Yonas", "Tesfay", QDate(2001, 11, 30), "990055437"));
    REQUIRE(found->size() == 1);
    CHECK(found->front().client.meta.id == yonas);
    CHECK(found->front().match == PersonMatch::Same);

    // The same BSN comes first, before a possible match by name.
    REQUIRE(service.addClient(person("Lina", "Mansour", born, "990063355")).ok());
    found = query.find(person("Ander", "Mens", born, "990063355"));
    REQUIRE(found->size() == 1);
    found = query.find(person("Lina", "Mansour", born, "990063355"));
    REQUIRE(found->size() == 2);
    CHECK(found->at(0).match == PersonMatch::Same);
    CHECK(found->at(1).client.meta.id == lina);
    CHECK(found->at(1).match == PersonMatch::Possible);

    CHECK(query.find(person("Lina", "Mansour", born.addDays(1), "990071273"))->empty());
}
