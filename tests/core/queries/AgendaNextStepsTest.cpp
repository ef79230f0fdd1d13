// The next step agreed in a conversation ("Volgende stap uiterlijk") is on the agenda like a milestone, as long as
// no later conversation has superseded it. "Today" is 2 November 2026.
#include "core/CatchQtPrinters.h"

#include "../storage/TestSupport.h"
#include "domain/Coach.h"
#include "queries/AgendaQuery.h"
#include "services/ClientService.h"
#include "services/DossierService.h"
#include "storage/Repository.h"
#include "storage/Store.h"

using namespace koers;
using namespace koers::test;

namespace {

struct Steps {
    QTemporaryDir dir;
    FixedClock clock{fixedNow()};
    std::unique_ptr<Store> store;
    QString anna;

    Steps() {
        auto s = Store::create(dir.filePath(QStringLiteral("s.koers")), "pass", clock, QStringLiteral("coach-a"));
        REQUIRE(s.ok());
        store = std::move(s.value());
        Coach coach;
        coach.name = QStringLiteral("Anna de Boer");
        anna = Repository<Coach>(*store).insert(coach)->meta.id;
    }

    // No koppeling: no milestones, the agenda shows only the next steps.
    QString client(const QString& lastName, const QString& coach = {}, ClientStatus status = ClientStatus::Active) {
        Client c;
        c.firstNames = QStringLiteral("Test");
        c.lastName = lastName;
        c.coachId = coach;
        auto stored = ClientService(*store).addClient(c);
        REQUIRE(stored.ok());
        if (status != ClientStatus::Active) {
            Client changed = stored.value();
            changed.status = status;
            changed.statusDate = QDate(2026, 10, 1);
            REQUIRE(ClientService(*store).updateClient(changed).ok());
        }
        return stored->meta.id;
    }

    QString talk(const QString& clientId, QDate date, const QString& step, QDate due) {
        Contact c;
        c.clientId = clientId;
        c.date = date;
        c.summary = QStringLiteral("Gesprek");
        c.nextStep = step;
        c.nextStepDate = due;
        auto added = DossierService(*store).addContact(c);
        REQUIRE(added.ok());
        return added->meta.id;
    }

    std::vector<AgendaItem> nextSteps(QDate until, const QString& coach = {}) {
        auto items = AgendaQuery(*store).dueUntil(until, coach);
        REQUIRE(items.ok());
        std::erase_if(items.value(), [](const AgendaItem& i) { return i.source != AgendaItem::Source::NextStep; });
        return items.value();
    }
};

} // namespace

TEST_CASE("The agenda lists the next step of each client's newest conversation", "[queries][agenda]") {
    Steps data;
    const QString kaya = data.client(QStringLiteral("Kaya"), data.anna);
    const QString step =
        data.talk(kaya, QDate(2026, 10, 20), QStringLiteral("Inschrijving taalschool"), QDate(2026, 10, 30));
    const QString bakker = data.client(QStringLiteral("Bakker"));
    data.talk(bakker, QDate(2026, 10, 28), QStringLiteral("Bellen met werkgever"), QDate(2026, 11, 6));

    auto items = data.nextSteps(QDate(2026, 11, 16));
    REQUIRE(items.size() == 2);
    CHECK(items[0].clientId == kaya); // late, so first
    CHECK(items[0].contactId == step);
    CHECK(items[0].nextStep == QStringLiteral("Inschrijving taalschool"));
    CHECK(items[0].dueDate == QDate(2026, 10, 30));
    CHECK(items[0].clientName == QStringLiteral("Kaya, Test"));
    CHECK(items[0].coachId == data.anna);
    CHECK(items[1].clientId == bakker);
    CHECK(items[1].dueDate == QDate(2026, 11, 6));

    // Due after the window, or for another coach: not listed.
    CHECK(data.nextSteps(QDate(2026, 11, 5)).size() == 1);
    REQUIRE(data.nextSteps(QDate(2026, 11, 16), data.anna).size() == 1);

    SECTION("a later conversation supersedes the step, with its own step or none") {
        const QString later =
            data.talk(kaya, QDate(2026, 11, 1), QStringLiteral("Rooster ophalen"), QDate(2026, 11, 12));
        auto again = data.nextSteps(QDate(2026, 11, 16));
        REQUIRE(again.size() == 2);
        CHECK(again[1].contactId == later);
        CHECK(again[1].nextStep == QStringLiteral("Rooster ophalen"));
        // A conversation without a next step ends the nagging: the step was dealt with there.
        data.talk(kaya, QDate(2026, 11, 2), QString(), QDate());
        again = data.nextSteps(QDate(2026, 11, 16));
        REQUIRE(again.size() == 1);
        CHECK(again[0].clientId == bakker);
    }

    SECTION("an older conversation entered later does not bring an old step back") {
        data.talk(bakker, QDate(2026, 9, 1), QStringLiteral("Oud"), QDate(2026, 9, 15));
        auto again = data.nextSteps(QDate(2026, 11, 16));
        REQUIRE(again.size() == 2);
        CHECK(again[1].nextStep == QStringLiteral("Bellen met werkgever"));
    }

    SECTION("the same day: the conversation recorded last counts") {
        data.clock.advanceMs(1000);
        const QString second = data.talk(bakker, QDate(2026, 10, 28), QStringLiteral("Tweede"), QDate(2026, 11, 9));
        auto again = data.nextSteps(QDate(2026, 11, 16));
        REQUIRE(again.size() == 2);
        CHECK(again[1].contactId == second);
    }

    SECTION("a removed conversation, or a closed or removed client, is not on the agenda") {
        REQUIRE(DossierService(*data.store).removeContact(step).ok());
        CHECK(data.nextSteps(QDate(2026, 11, 16)).size() == 1);
        const QString moved = data.client(QStringLiteral("Verhuisd"), {}, ClientStatus::Moved);
        data.talk(moved, QDate(2026, 10, 1), QStringLiteral("Dossier overdragen"), QDate(2026, 10, 10));
        REQUIRE(ClientService(*data.store).removeClient(bakker).ok());
        CHECK(data.nextSteps(QDate(2026, 11, 16)).empty());
    }
}
