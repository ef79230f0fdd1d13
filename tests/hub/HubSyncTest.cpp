// Two coaches and a team lead against one hub: each laptop holds exactly its caseload (and psql as each
// login sees exactly that), edits travel both ways, a concurrent edit leaves one winner everywhere and the
// loser as a conflict on the hub and the laptops, a reassigned client moves (after the first coach's
// offline edit was pushed), a revoked login stops syncing, and a second sync changes nothing.
#include "core/CatchQtPrinters.h"

#include "HubSyncSupport.h"
#include "hub/HubAdmin.h"
#include "hub/HubProgress.h"
#include "hub/HubSchema.h"
#include "rules/Anonymisation.h"
#include "services/CaseloadService.h"
#include "services/MunicipalityService.h"
#include "services/RetentionService.h"
#include "storage/Repository.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <functional>

using namespace koers;
using namespace koers::test;

namespace {

struct Team {
    QString baarn, anna, bram;
    QStringList annasClients, bramsClients;
};

Team makeTeam(Store& lead) {
    Team t;
    Municipality m;
    m.name = QStringLiteral("Baarn");
    t.baarn = Repository<Municipality>(lead).insert(m).value().meta.id;
    for (const char* name : {"Anna", "Bram"}) {
        Coach c;
        c.name = QString::fromLatin1(name);
        (qstrcmp(name, "Anna") == 0 ? t.anna : t.bram) = Repository<Coach>(lead).insert(c).value().meta.id;
    }
    for (int i = 0; i < 5; ++i) {
        Client c;
        c.firstNames = QStringLiteral("Testa");
        c.lastName = QStringLiteral("Klant%1").arg(i);
        c.municipalityId = t.baarn;
        c.coachId = i < 3 ? t.anna : t.bram;
        const QString id = Repository<Client>(lead).insert(c).value().meta.id;
        (i < 3 ? t.annasClients : t.bramsClients) << id;
        Milestone ms;
        ms.clientId = id;
        ms.kind = MilestoneKind::IntakeDone;
        ms.dueDate = QDate(2027, 1, 10 + i);
        ms.dueOverridden = true;
        REQUIRE(Repository<Milestone>(lead).insert(ms).ok());
        Contact talk;
        talk.clientId = id;
        talk.date = QDate(2026, 10, 1 + i);
        talk.summary = QStringLiteral("Kennismaking");
        REQUIRE(Repository<Contact>(lead).insert(talk).ok());
    }
    return t;
}

void setNote(Store& store, const QString& clientId, const QString& note) {
    auto c = Repository<Client>(store).get(clientId);
    REQUIRE(c.ok());
    c->note = note;
    REQUIRE(Repository<Client>(store).update(c.value()).ok());
}

// Takes a look at the hub when the sync's push has committed (the first step after pushing).
class AfterPush final : public HubProgress {
public:
    explicit AfterPush(std::function<QString()> look)
        : m_look(std::move(look)) {}
    void step(Phase phase, qint64, qint64) override {
        if (phase != Phase::Pushing && seen.isNull())
            seen = m_look();
    }
    QString seen;

private:
    std::function<QString()> m_look;
};

// The summary of the client's (first) conversation.
void setSummary(Store& store, const QString& clientId, const QString& summary) {
    auto st = store.db().prepare(u"SELECT id FROM contact WHERE client_id = ?1 ORDER BY id");
    REQUIRE(st.ok());
    st->bind(1, clientId);
    REQUIRE(st->step().value());
    auto talk = Repository<Contact>(store).get(st->text(0));
    st->reset();
    REQUIRE(talk.ok());
    talk->summary = summary;
    REQUIRE(Repository<Contact>(store).update(talk.value()).ok());
}

QString noteOf(Store& store, const QString& clientId) {
    auto c = Repository<Client>(store).get(clientId, true);
    REQUIRE(c.ok());
    return c->note;
}

QString clientsOf(Store& store) {
    return ids(store, QStringLiteral("client")).join(QLatin1Char(','));
}

QString sorted(QStringList l) {
    l.sort();
    return l.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("two coaches and a lead sync through one hub", "[hub][sync]") {
    TestHub hub;
    auto owner = hub.connect(hub.owner());
    REQUIRE(HubSchema::setup(*owner).ok());
    QTemporaryDir dir;
    Replica lead(dir, QStringLiteral("L"), 0);
    Replica a(dir, QStringLiteral("A"), 90 * 60 * 1000); // Anna's laptop runs 90 minutes fast
    Replica b(dir, QStringLiteral("B"), -40 * 60 * 1000);
    const Team team = makeTeam(*lead.store);

    const QString leadLogin = hub.role(QStringLiteral("lead"));
    const QString annaLogin = hub.role(QStringLiteral("anna"));
    const QString bramLogin = hub.role(QStringLiteral("bram"));
    HubAdmin admin(*owner);
    REQUIRE(admin.grantLead(leadLogin, {}).ok());
    const HubSyncSummary first = syncOrFail(lead, hub.conninfo(leadLogin));
    CHECK(first.push.sent == 1 + 2 + 5 * 3);
    CHECK(first.push.added == first.push.sent);
    REQUIRE(admin.grantCoach(annaLogin, QStringLiteral("Anna")).ok());
    REQUIRE(admin.grantCoach(bramLogin, QStringLiteral("Bram")).ok());

    syncOrFail(a, hub.conninfo(annaLogin));
    syncOrFail(b, hub.conninfo(bramLogin));
    // Each laptop holds exactly its caseload (and the shared coaches and municipality).
    CHECK(clientsOf(*a.store) == sorted(team.annasClients));
    CHECK(clientsOf(*b.store) == sorted(team.bramsClients));
    CHECK(ids(*a.store, QStringLiteral("milestone")).size() == 3);
    CHECK(ids(*b.store, QStringLiteral("contact")).size() == 2);
    CHECK(ids(*a.store, QStringLiteral("coach")).size() == 2);
    // psql as each login: the same, enforced by PostgreSQL.
    const QString clientsSql = QStringLiteral("SELECT string_agg(id, ',' ORDER BY id) FROM koers.client");
    CHECK(hub.psql(annaLogin, clientsSql) == sorted(team.annasClients));
    CHECK(hub.psql(bramLogin, clientsSql) == sorted(team.bramsClients));
    CHECK(hub.psql(leadLogin, clientsSql) == sorted(team.annasClients + team.bramsClients));
    CHECK(hub.psql(bramLogin, QStringLiteral("SELECT count(*) FROM koers.contact")) == QStringLiteral("2"));
    // The laptops' records are the hub's, byte for byte in the package form.
    CHECK(localRecords(*a.store) == hubRecords(*hub.connect(annaLogin)));
    CHECK(localRecords(*lead.store) == hubRecords(*owner));

    // Edits travel both ways.
    setNote(*a.store, team.annasClients[0], QStringLiteral("van Anna"));
    setNote(*lead.store, team.bramsClients[0], QStringLiteral("van de teamleider"));
    const HubSyncSummary fromAnna = syncOrFail(a, hub.conninfo(annaLogin));
    CHECK(fromAnna.push.sent == 1);
    CHECK(fromAnna.push.updated == 1);
    syncOrFail(lead, hub.conninfo(leadLogin));
    syncOrFail(b, hub.conninfo(bramLogin));
    CHECK(noteOf(*lead.store, team.annasClients[0]) == QStringLiteral("van Anna"));
    CHECK(noteOf(*b.store, team.bramsClients[0]) == QStringLiteral("van de teamleider"));

    SECTION("a second sync with nothing new changes nothing") {
        syncOrFail(a, hub.conninfo(annaLogin)); // sends the audit entry of the first
        const QString localBefore = dumpSyncedState(*a.store);
        const QString hubBefore = hubRecords(*owner) + hub.psql(hub.owner(), QStringLiteral("SELECT count(*), "
                                                                                            "max(hub_xid) FROM "
                                                                                            "koers.conflict"));
        const QString xids = hub.psql(hub.owner(), QStringLiteral("SELECT max(hub_xid) FROM koers.client"));
        const HubSyncSummary again = syncOrFail(a, hub.conninfo(annaLogin));
        CHECK(again.push.sent == 0);
        CHECK(again.pull.merged.added + again.pull.merged.updated + again.pull.merged.conflicts == 0);
        CHECK(dumpSyncedState(*a.store) == localBefore);
        CHECK(hubRecords(*owner) + hub.psql(hub.owner(), QStringLiteral("SELECT count(*), max(hub_xid) FROM "
                                                                        "koers.conflict")) ==
              hubBefore);
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT max(hub_xid) FROM koers.client")) == xids);
    }

    SECTION("a concurrent edit leaves one winner everywhere and the loser as a conflict") {
        const QString k = team.annasClients[1];
        setNote(*a.store, k, QStringLiteral("Anna schreef dit"));
        lead.clock->advanceMs(3 * 3600 * 1000); // later than Anna's fast clock: the lead's edit is the newer one
        setNote(*lead.store, k, QStringLiteral("de teamleider schreef dit"));
        syncOrFail(a, hub.conninfo(annaLogin));
        const HubSyncSummary clash = syncOrFail(lead, hub.conninfo(leadLogin));
        CHECK(clash.push.conflicts == 1);
        syncOrFail(a, hub.conninfo(annaLogin));
        // Neither knew the other's edit; the later stamp wins, on every side.
        const QString winner = QStringLiteral("de teamleider schreef dit");
        CHECK(noteOf(*a.store, k) == winner);
        CHECK(noteOf(*lead.store, k) == winner);
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT note FROM koers.client WHERE id = '%1'").arg(k)) == winner);
        // The loser is kept on the hub, and on both laptops with the same id.
        const QString hubConflict = hub.psql(
            hub.owner(),
            QStringLiteral("SELECT id || ' ' || loser_stamp FROM koers.conflict WHERE record_id = '%1'").arg(k));
        REQUIRE_FALSE(hubConflict.isEmpty());
        CHECK(hubConflict.count(QLatin1Char('\n')) == 0);
        for (Replica* r : {&a, &lead}) {
            auto list = SyncConflicts(*r->store).list();
            REQUIRE(list.ok());
            REQUIRE(list->size() == 1);
            CHECK(list->front().recordId == k);
            CHECK(hubConflict == list->front().id + QLatin1Char(' ') + list->front().loserStamp.toString());
            CHECK(list->front().loserValues.contains(QStringLiteral("Anna schreef dit")));
        }
        // Bram's laptop never sees Anna's client, nor its conflict.
        syncOrFail(b, hub.conninfo(bramLogin));
        CHECK(SyncConflicts(*b.store).list()->empty());
        CHECK(hub.psql(bramLogin, QStringLiteral("SELECT count(*) FROM koers.conflict")) == QStringLiteral("0"));
    }

    SECTION("an anonymisation wins on the hub: no losing version or late edit of the client stays there") {
        const QString k = team.annasClients[1];
        const QString marker = QString::fromLatin1(anonymisation::marker);
        // A concurrent edit leaves a losing version with Anna's words on the hub and on both laptops.
        setNote(*a.store, k, QStringLiteral("Anna schreef dit"));
        lead.clock->advanceMs(3 * 3600 * 1000);
        setNote(*lead.store, k, QStringLiteral("de teamleider schreef dit"));
        syncOrFail(a, hub.conninfo(annaLogin));
        syncOrFail(lead, hub.conninfo(leadLogin));
        syncOrFail(a, hub.conninfo(annaLogin));
        const QString conflictsOfK =
            QStringLiteral("SELECT count(*) FROM koers.conflict WHERE client_id = '%1'").arg(k);
        REQUIRE(hub.psql(hub.owner(), conflictsOfK) == QStringLiteral("1"));
        REQUIRE(SyncConflicts(*a.store).list()->size() == 1);

        // The lead anonymises the dossier; Anna, not knowing yet, writes about the client's health later on.
        REQUIRE(RetentionService(*lead.store).anonymise({k}).ok());
        a.clock->advanceMs(5 * 3600 * 1000);
        setSummary(*a.store, k, QStringLiteral("Gesprek over gezondheid"));
        setNote(*a.store, k, QStringLiteral("Anna schreef later"));
        // What the hub holds once a push has committed, before the laptop pulls (and pushes what that changed).
        AfterPush hubThen([&] {
            return hubRecords(*owner) + hub.psql(hub.owner(), QStringLiteral("SELECT "
                                                                             "string_agg(loser_row, "
                                                                             "'|') FROM "
                                                                             "koers.conflict"));
        });
        SECTION("the anonymisation reaches the hub first") {
            syncOrFail(lead, hub.conninfo(leadLogin));
            CHECK(hub.psql(hub.owner(), conflictsOfK) == QStringLiteral("0"));
            auto late = syncWith(a, hub.conninfo(annaLogin), {}, &hubThen);
            REQUIRE(late.ok());
            CHECK(late->push.conflicts == 0);
            // Anna's late words were scrubbed as they arrived, not kept as the winner or as a loser.
            REQUIRE_FALSE(hubThen.seen.isEmpty());
            CHECK_FALSE(hubThen.seen.contains(QStringLiteral("gezondheid")));
            CHECK_FALSE(hubThen.seen.contains(QStringLiteral("Anna schreef")));
        }
        SECTION("Anna's late edit reaches the hub first") {
            syncOrFail(a, hub.conninfo(annaLogin));
            CHECK(hubRecords(*owner).contains(QStringLiteral("gezondheid")));
            // The anonymisation's push scrubs the later version the hub keeps, under its own stamp.
            REQUIRE(syncWith(lead, hub.conninfo(leadLogin), {}, &hubThen).ok());
            REQUIRE_FALSE(hubThen.seen.isEmpty());
            CHECK_FALSE(hubThen.seen.contains(QStringLiteral("gezondheid")));
            CHECK_FALSE(hubThen.seen.contains(QStringLiteral("Anna schreef")));
            // The hub's change log records that write, as every other.
            CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT count(*) FROM koers.change_log WHERE client_id = '%1' "
                                                       "AND table_name = 'contact' AND outcome = 'scrubbed'")
                                            .arg(k)) == QStringLiteral("1"));
            syncOrFail(a, hub.conninfo(annaLogin));
        }
        syncOrFail(lead, hub.conninfo(leadLogin));
        syncOrFail(a, hub.conninfo(annaLogin));
        // Nothing of what the anonymisation removed is on the hub, on either laptop, or among the conflicts.
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT note FROM koers.client WHERE id = '%1'").arg(k)) == marker);
        CHECK(hub.psql(hub.owner(), conflictsOfK) == QStringLiteral("0"));
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT count(*) FROM koers.conflict WHERE loser_row LIKE "
                                                   "'%Anna schreef%' OR loser_row LIKE '%gezondheid%'")) ==
              QStringLiteral("0"));
        for (const QString& gone : {QStringLiteral("gezondheid"), QStringLiteral("Anna schreef")}) {
            CHECK_FALSE(hubRecords(*owner).contains(gone));
            CHECK_FALSE(localRecords(*a.store).contains(gone));
            CHECK_FALSE(localRecords(*lead.store).contains(gone));
        }
        CHECK(noteOf(*a.store, k) == marker);
        CHECK(SyncConflicts(*a.store).list()->empty());
        CHECK(SyncConflicts(*lead.store).list()->empty());
        CHECK(localRecords(*a.store) == hubRecords(*hub.connect(annaLogin)));
        CHECK(localRecords(*lead.store) == hubRecords(*owner));

        // A losing version that a hub of an older Koers still holds is not taken into a laptop's file.
        CHECK(hub.psql(hub.owner(), QStringLiteral("INSERT INTO koers.conflict (id, table_name, record_id, client_id, "
                                                   "loser_stamp, winner_stamp, loser_row) VALUES ('old', 'client', "
                                                   "'%1', '%1', 'x', 'y', 'Anna schreef ooit') RETURNING id")
                                        .arg(k)) == QStringLiteral("old"));
        const HubSyncSummary after = syncOrFail(a, hub.conninfo(annaLogin));
        CHECK(after.pull.conflicts == 0);
        CHECK(SyncConflicts(*a.store).list()->empty());
        // A login may delete conflicts of an anonymised client it sees, and no other.
        CHECK(hub.psql(annaLogin, QStringLiteral("DELETE FROM koers.conflict WHERE id = 'old' RETURNING id")) ==
              QStringLiteral("old"));
        CHECK(hub.psql(hub.owner(), QStringLiteral("INSERT INTO koers.conflict (id, table_name, record_id, client_id, "
                                                   "loser_stamp, winner_stamp, loser_row) VALUES ('kept', 'client', "
                                                   "'%1', '%1', 'x', 'y', 'z') RETURNING id")
                                        .arg(team.annasClients[0])) == QStringLiteral("kept"));
        CHECK(hub.psql(annaLogin, QStringLiteral("DELETE FROM koers.conflict RETURNING id")).isEmpty());
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT count(*) FROM koers.conflict WHERE id = 'kept'")) ==
              QStringLiteral("1"));
    }

    SECTION("a reassigned client moves, after the first coach's offline edit was pushed") {
        const QString k = team.annasClients[2];
        setNote(*a.store, k, QStringLiteral("offline bij Anna")); // not yet synced
        lead.clock->advanceMs(3 * 3600 * 1000);
        // The team lead's step in the caseload (CaseloadService::assign), as the window and koers-cli assign take it.
        REQUIRE(CaseloadService(*lead.store).assign({k}, team.bram).ok());
        syncOrFail(lead, hub.conninfo(leadLogin));
        CHECK(hub.psql(bramLogin, clientsSql) == sorted(team.bramsClients + QStringList{k}));
        const HubSyncSummary moved = syncOrFail(a, hub.conninfo(annaLogin));
        CHECK(moved.push.refused == 0);
        CHECK(moved.pull.dropped == 1);
        CHECK(clientsOf(*a.store) == sorted(team.annasClients.mid(0, 2)));
        CHECK(ids(*a.store, QStringLiteral("milestone")).size() == 2);
        CHECK(ids(*a.store, QStringLiteral("contact")).size() == 2);
        CHECK(hub.psql(annaLogin, clientsSql) == sorted(team.annasClients.mid(0, 2)));
        // Anna's offline edit reached the hub before her copy went: it lost to the later move and is kept there.
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT COALESCE(note, '') || '/' || coach_id FROM koers.client "
                                                   "WHERE id = '%1'")
                                        .arg(k)) == QStringLiteral("/") + team.bram);
        CHECK(hub.psql(hub.owner(), QStringLiteral("SELECT count(*) FROM koers.conflict WHERE record_id = '%1' AND "
                                                   "loser_row LIKE '%offline bij Anna%'")
                                        .arg(k)) == QStringLiteral("1"));
        syncOrFail(b, hub.conninfo(bramLogin));
        syncOrFail(lead, hub.conninfo(leadLogin));
        CHECK(noteOf(*b.store, k) == noteOf(*lead.store, k));
        CHECK(ids(*b.store, QStringLiteral("milestone")).size() == 3);
        // Bram takes the client with all its records; Anna's file keeps nothing of it.
        CHECK(dumpTable(*a.store, QStringLiteral("sync_state"), QStringLiteral("record_id")).indexOf(k) < 0);
        CHECK(dumpTable(*a.store, QStringLiteral("sync_conflict")).indexOf(k) < 0);
        CHECK(localRecords(*a.store).indexOf(k) < 0);
    }

    SECTION("a municipality's letterhead, set by the lead, reaches the coaches' laptops") {
        lead.clock->advanceMs(3600 * 1000);
        auto baarn = Repository<Municipality>(*lead.store).get(team.baarn);
        baarn->letterheadAddress = QStringLiteral("Postbus 1\n3740 AA Baarn");
        baarn->logo = QString::fromLatin1((QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'p')).toBase64());
        REQUIRE(MunicipalityService(*lead.store).edit(baarn.value()).ok());
        syncOrFail(lead, hub.conninfo(leadLogin));
        syncOrFail(a, hub.conninfo(annaLogin));
        auto arrived = Repository<Municipality>(*a.store).get(team.baarn);
        REQUIRE(arrived.ok());
        CHECK(arrived->letterheadAddress == baarn->letterheadAddress);
        CHECK(arrived->logo == baarn->logo);
        CHECK(hub.psql(annaLogin, QStringLiteral("SELECT letterhead_address FROM koers.municipality")) ==
              QStringLiteral("Postbus 1\n3740 AA Baarn"));
    }

    SECTION("a revoked login stops syncing") {
        REQUIRE(admin.revoke(bramLogin).ok());
        auto refused = syncWith(b, hub.conninfo(bramLogin));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("refused")));
        CHECK(hub.psql(bramLogin, clientsSql).startsWith(QStringLiteral("ERROR:")));
        CHECK(clientsOf(*b.store) == sorted(team.bramsClients)); // the laptop itself is left as it was
    }

    SECTION("a package and the hub bring the same record: it merges once") {
        Replica l2(dir, QStringLiteral("M"), 0);
        const QString package = dir.filePath(QStringLiteral("full.koerssync"));
        REQUIRE(SyncExporter(*lead.store).exportTo(package, kPackagePass, {}).ok());
        auto imported = SyncImporter(*l2.store).importFrom(package, kPackagePass);
        REQUIRE(imported.ok());
        const QString before = dumpSyncedState(*l2.store);
        const HubSyncSummary s = syncOrFail(l2, hub.conninfo(leadLogin));
        CHECK(s.push.added == 0);
        CHECK(s.push.conflicts == 0);
        CHECK(s.pull.merged.added == 0);
        CHECK(s.pull.merged.updated == 0);
        CHECK(localRecords(*l2.store) == localRecords(*lead.store));
        CHECK(dumpTable(*l2.store, QStringLiteral("sync_conflict")).isEmpty());
        (void)before;
    }
}
