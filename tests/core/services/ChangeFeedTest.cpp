#include "core/CatchQtPrinters.h"

#include "core/import/ImportTestSupport.h"
#include "demo/DemoLoader.h"
#include "domain/Coach.h"
#include "services/ChangeFeed.h"
#include "services/DossierService.h"
#include "storage/Repository.h"
#include "storage/RuleSettingsStore.h"

#include <QCoreApplication>

using namespace koers;
using namespace koers::test;

namespace {

struct Listener {
    std::vector<StoreChange> heard;
    explicit Listener(ChangeFeed& feed) {
        QObject::connect(&feed, &ChangeFeed::changed, [this](const StoreChange& c) { heard.push_back(c); });
    }
};

Client named(const char* lastName) {
    Client c;
    c.lastName = QString::fromLatin1(lastName);
    return c;
}

} // namespace

TEST_CASE("The change feed names the clients and tables a committed write touched", "[service][changes]") {
    StoreFixture fx;
    DossierService service(*fx.store);
    const QString a = service.clients().addClient(named("Eerste")).value().meta.id;
    const QString b = service.clients().addClient(named("Tweede")).value().meta.id;
    ChangeFeed feed(*fx.store);
    Listener listener(feed);

    Contact talk;
    talk.clientId = b;
    talk.date = QDate(2026, 10, 1);
    talk.summary = QStringLiteral("Kennismaking");
    REQUIRE(service.addContact(talk).ok());
    feed.flush(); // a command announces at once
    REQUIRE(listener.heard.size() == 1);
    const StoreChange& first = listener.heard.front();
    REQUIRE(first.tables == QSet<QString>{QStringLiteral("contact")}); // the audit log and the clock are not news
    REQUIRE(first.clientIds == QSet<QString>{b});
    REQUIRE_FALSE(first.allClients);
    REQUIRE(first.touchesClient(b));
    REQUIRE_FALSE(first.touchesClient(a));

    SECTION("nothing is announced twice, and a write is announced from the event loop by itself") {
        feed.flush();
        REQUIRE(listener.heard.size() == 1);
        PlanVersion pip;
        pip.clientId = a;
        pip.decisionDate = QDate(2026, 9, 1);
        pip.route = Route::B1;
        REQUIRE(service.addPlanVersion(pip).ok());
        REQUIRE(listener.heard.size() == 1);
        QCoreApplication::processEvents();
        REQUIRE(listener.heard.size() == 2);
        REQUIRE(listener.heard.back().touches(QStringLiteral("plan_version")));
        REQUIRE(listener.heard.back().touches(QStringLiteral("client"))); // the route follows the PIP
        REQUIRE(listener.heard.back().clientIds == QSet<QString>{a});
    }
    SECTION("coaches are a table without clients; a rule setting touches every client") {
        Coach coach;
        coach.name = QStringLiteral("Anna");
        REQUIRE(Repository<Coach>(*fx.store).insert(coach).ok());
        feed.flush();
        REQUIRE(listener.heard.back().touches(QStringLiteral("coach")));
        REQUIRE(listener.heard.back().clientIds.isEmpty());
        RuleSettings rules;
        rules.pipWeeks = 12;
        REQUIRE(RuleSettingsStore::save(*fx.store, rules).ok());
        feed.flush();
        REQUIRE(listener.heard.back().allClients);
    }
    SECTION("a bulk write of more rows than are worth naming touches every client") {
        REQUIRE(DemoLoader::load(*fx.store, 400, 2).ok()); // more than kMaxRowsNamed milestones
        feed.flush();
        REQUIRE(listener.heard.back().allClients);
        REQUIRE(listener.heard.back().touches(QStringLiteral("client")));
    }
}
