// A team lead's steps on a caseload as a whole: assigning clients to another coach (and undoing it without
// overwriting later changes), and handing clients over to another municipality in a scoped package.
#include "../CatchQtPrinters.h"

#include "../sync/SyncTestSupport.h"
#include "domain/Client.h"
#include "domain/Coach.h"
#include "domain/Contact.h"
#include "domain/Milestone.h"
#include "domain/Municipality.h"
#include "services/CaseloadService.h"
#include "services/RetentionService.h"
#include "storage/Repository.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QFileInfo>

using namespace koers;
using namespace koers::test;

namespace {

struct Team {
    QStringList coaches; // Anna, Bram, Carla (inactive)
    QStringList clients; // 0, 2, 4 Anna's; 1, 3 Bram's
};

Team makeTeam(Store& s) {
    Team t;
    Municipality m;
    m.name = QStringLiteral("Baarn");
    const QString municipality = Repository<Municipality>(s).insert(m).value().meta.id;
    for (const char* name : {"Anna", "Bram", "Carla"}) {
        Coach c;
        c.name = QString::fromLatin1(name);
        c.active = qstrcmp(name, "Carla") != 0;
        t.coaches << Repository<Coach>(s).insert(c).value().meta.id;
    }
    for (int i = 0; i < 5; ++i) {
        Client c;
        c.firstNames = QStringLiteral("Test");
        c.lastName = QStringLiteral("Klant%1").arg(i);
        c.coachId = t.coaches[i % 2];
        c.municipalityId = municipality;
        const QString id = Repository<Client>(s).insert(c).value().meta.id;
        t.clients << id;
        Milestone ms;
        ms.clientId = id;
        ms.dueOverridden = true;
        ms.dueDate = QDate(2027, 2, 1);
        REQUIRE(Repository<Milestone>(s).insert(ms).ok());
        Contact talk;
        talk.clientId = id;
        talk.date = QDate(2026, 11, 2);
        talk.summary = QStringLiteral("Voortgangsgesprek");
        REQUIRE(Repository<Contact>(s).insert(talk).ok());
    }
    return t;
}

QString coachOf(Store& s, const QString& clientId) {
    return Repository<Client>(s).get(clientId, true).value().coachId;
}

qint64 auditCount(Store& s, const char* action) {
    return s.db()
        .queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action)))
        .value_or(-1);
}

} // namespace

TEST_CASE("a caseload moves to another coach in one step, and back", "[services][caseload]") {
    QTemporaryDir dir;
    Replica lead(dir, QStringLiteral("L"), 0);
    Store& s = *lead.store;
    const Team t = makeTeam(s);
    CaseloadService caseload(s);
    const QString anna = t.coaches[0], bram = t.coaches[1];

    auto annas = caseload.clientsOf(anna);
    REQUIRE(annas.ok());
    CHECK(annas.value() == QStringList{t.clients[0], t.clients[2], t.clients[4]});

    SECTION("Anna leaves: her caseload goes to Bram, each client stamped for sync and audited") {
        const qint64 updatesBefore = auditCount(s, "update");
        const Hlc stampBefore = Repository<Client>(s).get(t.clients[0])->meta.updatedAt;
        auto step = caseload.assign(annas.value(), bram);
        REQUIRE(step.ok());
        CHECK(step->moves.size() == 3);
        CHECK(step->unchanged == 0);
        for (const QString& id : t.clients)
            CHECK(coachOf(s, id) == bram);
        CHECK(caseload.clientsOf(anna)->isEmpty());
        CHECK(auditCount(s, "update") == updatesBefore + 3);
        CHECK(auditCount(s, "assign") == 1);
        CHECK(stampBefore < Repository<Client>(s).get(t.clients[0])->meta.updatedAt);

        SECTION("undo gives each client its former coach back; redo moves them again") {
            auto back = caseload.undo(step.value());
            REQUIRE(back.ok());
            CHECK(back.value() == 3);
            CHECK(caseload.clientsOf(anna).value() == annas.value());
            CHECK(caseload.clientsOf(bram)->size() == 2);
            auto again = caseload.redo(step.value());
            REQUIRE(again.ok());
            CHECK(again.value() == 3);
            CHECK(caseload.clientsOf(bram)->size() == 5);
        }
        SECTION("undo leaves a client whose coach was changed again meanwhile") {
            auto c = Repository<Client>(s).get(t.clients[2]);
            c->coachId = QString(); // no coach, set in the dossier after the step
            REQUIRE(Repository<Client>(s).update(c.value()).ok());
            auto back = caseload.undo(step.value());
            REQUIRE(back.ok());
            CHECK(back.value() == 2);
            CHECK(coachOf(s, t.clients[0]) == anna);
            CHECK(coachOf(s, t.clients[2]).isEmpty());
            CHECK(coachOf(s, t.clients[4]) == anna);
        }
        SECTION("the new coach travels in the next package") {
            SyncExportOptions o;
            o.coaches = {QStringLiteral("Bram")};
            const QString path = dir.filePath(QStringLiteral("bram.koerssync"));
            REQUIRE(SyncExporter(s).exportTo(path, kPackagePass, o).ok());
            Replica laptop(dir, QStringLiteral("B"), 0);
            REQUIRE(SyncImporter(*laptop.store).importFrom(path, kPackagePass).ok());
            QStringList all = t.clients;
            all.sort();
            CHECK(idsIn(*laptop.store, "client") == all);
            CHECK(coachOf(*laptop.store, t.clients[4]) == bram);
        }
    }
    SECTION("clients that have the coach already are counted, not changed") {
        auto step = caseload.assign({t.clients[0], t.clients[1], t.clients[1]}, bram);
        REQUIRE(step.ok());
        CHECK(step->moves.size() == 1);
        CHECK(step->unchanged == 1);
    }
    SECTION("an unknown client or an inactive coach refuses the whole step") {
        auto unknown = caseload.assign({t.clients[0], QStringLiteral("no-such-id")}, bram);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.code() == ErrorCode::NotFound);
        CHECK(unknown.message().contains(QStringLiteral("no-such-id")));
        CHECK(coachOf(s, t.clients[0]) == anna);
        auto inactive = caseload.assign({t.clients[0]}, t.coaches[2]);
        REQUIRE_FALSE(inactive.ok());
        CHECK(inactive.message().contains(QStringLiteral("Carla")));
        CHECK(coachOf(s, t.clients[0]) == anna);
        CHECK_FALSE(caseload.assign({}, bram).ok());
        CHECK_FALSE(caseload.assign({t.clients[0]}, QStringLiteral("no-such-coach")).ok());
        CHECK(auditCount(s, "assign") == 0);
    }
}

TEST_CASE("a handover writes exactly the chosen dossiers, and the clients are moved away here",
          "[services][caseload][sync]") {
    QTemporaryDir dir;
    Replica lead(dir, QStringLiteral("L"), 0);
    Store& s = *lead.store;
    const Team t = makeTeam(s);
    CaseloadService caseload(s);
    const QString path = dir.filePath(QStringLiteral("overdracht.koerssync"));
    const QDate date(2026, 12, 1);
    const QStringList chosen{t.clients[1], t.clients[4]};

    SECTION("the receiver imports it as a normal package and gets active dossiers") {
        auto handover = caseload.transfer(chosen, path, kPackagePass, date);
        REQUIRE(handover.ok());
        CHECK(handover->clients == 2);
        CHECK(handover->date == date);
        CHECK(QFileInfo(path).size() > 0);
        for (const QString& id : t.clients) {
            const Client c = Repository<Client>(s).get(id).value();
            const bool moved = chosen.contains(id);
            CHECK(c.status == (moved ? ClientStatus::Moved : ClientStatus::Active));
            CHECK(c.statusDate == (moved ? date : QDate()));
        }
        CHECK(auditCount(s, "transfer") == 1);

        Replica receiver(dir, QStringLiteral("R"), 0);
        REQUIRE(SyncImporter(*receiver.store).importFrom(path, kPackagePass).ok());
        QStringList expected = chosen;
        expected.sort();
        CHECK(idsIn(*receiver.store, "client") == expected);
        CHECK(idsIn(*receiver.store, "milestone").size() == 2);
        CHECK(idsIn(*receiver.store, "contact").size() == 2);
        CHECK(idsIn(*receiver.store, "coach") == QStringList{t.coaches[0], t.coaches[1]}); // not Carla
        for (const QString& id : chosen)
            CHECK(Repository<Client>(*receiver.store).get(id)->status == ClientStatus::Active);

        // Here the handed-over dossiers follow the retention rules from the handover date.
        RetentionService retention(s);
        auto expired = retention.expired(date.addYears(5).addDays(1), 5);
        REQUIRE(expired.ok());
        QStringList expiredIds;
        for (const ExpiredDossier& d : expired.value())
            expiredIds << d.clientId;
        expiredIds.sort();
        CHECK(expiredIds == expected);
        CHECK(retention.expired(date.addYears(5), 5)->empty());

        // Handed over again later (the first package was lost): the first date stays, and the retention term.
        auto again = caseload.transfer({chosen[0]}, dir.filePath(QStringLiteral("nogmaals.koerssync")), kPackagePass,
                                       date.addDays(20));
        REQUIRE(again.ok());
        CHECK(Repository<Client>(s).get(chosen[0])->statusDate == date);
    }
    SECTION("an unknown client writes nothing and changes nothing") {
        auto refused = caseload.transfer({t.clients[1], QStringLiteral("nobody")}, path, kPackagePass, date);
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(Repository<Client>(s).get(t.clients[1])->status == ClientStatus::Active);
        CHECK(auditCount(s, "transfer") == 0);
    }
    SECTION("a cancelled package leaves no file and the clients as they were") {
        ProgressState progress;
        progress.cancel();
        auto cancelled = caseload.transfer(chosen, path, kPackagePass, date, &progress);
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.cancelled());
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(Repository<Client>(s).get(t.clients[1])->status == ClientStatus::Active);
    }
    SECTION("a handover needs its date") {
        CHECK_FALSE(caseload.transfer(chosen, path, kPackagePass, QDate()).ok());
        CHECK_FALSE(QFileInfo::exists(path));
    }
}
