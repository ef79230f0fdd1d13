#include <catch2/catch.hpp>

#include "../storage/TestSupport.h"
#include "demo/DemoLoader.h"
#include "domain/Contact.h"
#include "domain/Involvement.h"
#include "domain/Municipality.h"
#include "report/DashboardFigures.h"
#include "services/ClientService.h"
#include "services/RetentionService.h"
#include "storage/Repository.h"
#include "storage/Store.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <QBuffer>

using namespace koers;
using namespace koers::test;

namespace {

const QStringList kTraces{QStringLiteral("Quirina"),
                          QStringLiteral("Zandvoort-Bewaartest"),
                          QStringLiteral("999990019"),
                          QStringLiteral("V-7781234"),
                          QStringLiteral("Ruigrokstraat"),
                          QStringLiteral("gesprek over de bewaartermijn"),
                          QStringLiteral("Taalmaatje Wouterina")};

// Every value of every row of every table, decrypted: what a `.dump` of the file would show.
QString everyValue(Store& store) {
    QString all;
    auto tables = store.db().prepare(u"SELECT name FROM sqlite_master WHERE type = 'table'");
    QStringList names;
    REQUIRE(tables->each([&names](const Statement& row) { names << row.text(0); }).ok());
    for (const QString& table : names) {
        auto rows = store.db().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        REQUIRE(rows.ok());
        REQUIRE(rows->each([&all](const Statement& row) {
                        for (int i = 0; i < row.columnCount(); ++i)
                            all += row.text(i) + QLatin1Char('|');
                    })
                    .ok());
    }
    return all;
}

QByteArray allFigures(Store& store) {
    auto figures = DashboardFigures::forStore(store);
    REQUIRE(figures.ok());
    DashboardFilter filter;
    filter.from = QDate(2015, 1, 1);
    auto computed = figures->computeAll(filter);
    REQUIRE(computed.ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    for (const Figure& f : computed.value())
        REQUIRE(DashboardFigures::writeCsv(f, buffer).ok());
    return buffer.data();
}

} // namespace

TEST_CASE("Retention lists dossiers past the term and anonymises them for good", "[storage][retention]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    FixedClock clock(fixedNow()); // 2026-11-02
    auto store = Store::create(path, "pass", clock, QStringLiteral("team lead"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 40, 5).ok());
    auto service = ClientService::forStore(*store.value());
    REQUIRE(service.ok());
    auto municipality = Repository<Municipality>(*store.value()).list();
    REQUIRE_FALSE(municipality->empty());

    Client old;
    old.firstNames = QStringLiteral("Quirina");
    old.lastName = QStringLiteral("Zandvoort-Bewaartest");
    old.bsn = QStringLiteral("999990019");
    old.vNumber = QStringLiteral("V-7781234");
    old.dateOfBirth = QDate(1980, 5, 17);
    old.address = QStringLiteral("Ruigrokstraat 12, Baarn");
    old.municipalityId = municipality->front().meta.id;
    old.koppelingDate = QDate(2016, 3, 1);
    old.note = QStringLiteral("Quirina wil werken");
    auto added = service->addClient(old);
    REQUIRE(added.ok());
    const QString oldId = added->meta.id;
    Contact talk;
    talk.clientId = oldId;
    talk.date = QDate(2017, 2, 1);
    talk.summary = QStringLiteral("gesprek over de bewaartermijn met Quirina");
    REQUIRE(Repository<Contact>(*store.value()).insert(talk).ok());
    Involvement buddy;
    buddy.clientId = oldId;
    buddy.name = QStringLiteral("Taalmaatje Wouterina");
    auto removedLater = Repository<Involvement>(*store.value()).insert(buddy);
    REQUIRE(removedLater.ok());
    REQUIRE(Repository<Involvement>(*store.value()).remove(removedLater->meta.id).ok()); // a tombstone keeps text
    REQUIRE(store.value()
                ->db()
                .exec(QStringLiteral("INSERT INTO sync_conflict VALUES ('c1', 'client', '%1', 's1', 's2', "
                                     "'Quirina,Zandvoort-Bewaartest,999990019', '2020-01-01', 0)")
                          .arg(oldId))
                .ok());
    // Closed in mid-2021: past five years on 2026-11-02. The second one closed in 2022 is not yet.
    auto stored = Repository<Client>(*store.value()).get(oldId);
    stored->status = ClientStatus::Completed;
    stored->statusDate = QDate(2021, 6, 30);
    REQUIRE(service->updateClient(stored.value()).ok());
    Client recent = old;
    recent.firstNames = QStringLiteral("Recent");
    recent.lastName = QStringLiteral("Afgerond");
    recent.bsn.clear();
    recent.vNumber.clear();
    recent.address.clear();
    recent.note.clear();
    recent.status = ClientStatus::Completed;
    recent.statusDate = QDate(2022, 1, 1);
    auto recentAdded = service->addClient(recent);
    REQUIRE(recentAdded.ok());

    // A peer that had the full dossier before.
    const QString peerPath = dir.filePath(QStringLiteral("peer.koers"));
    auto peer = Store::create(peerPath, "peer", clock, QStringLiteral("coach"));
    REQUIRE(peer.ok());
    const QString pkg = dir.filePath(QStringLiteral("p.koerssync"));
    SyncExportOptions toPeer;
    toPeer.peer = QStringLiteral("peer");
    REQUIRE(SyncExporter(*store.value()).exportTo(pkg, "pkg", toPeer).ok());
    REQUIRE(SyncImporter(*peer.value()).importFrom(pkg, "pkg").ok());

    const QByteArray figuresBefore = allFigures(*store.value());
    REQUIRE(everyValue(*store.value()).contains(QStringLiteral("Zandvoort-Bewaartest")));

    RetentionService retention(*store.value());
    auto expired = retention.expired(clock.today(), 5);
    REQUIRE(expired.ok());
    QStringList listed;
    for (const ExpiredDossier& d : expired.value()) {
        REQUIRE(d.expiredOn < clock.today());
        listed << d.clientId;
    }
    REQUIRE(listed.contains(oldId));
    REQUIRE_FALSE(listed.contains(recentAdded->meta.id));
    REQUIRE(expired->front().clientId == oldId);
    REQUIRE(expired->front().dutyEnded == QDate(2021, 6, 30));
    REQUIRE(expired->front().name == QStringLiteral("Quirina Zandvoort-Bewaartest"));
    // Six years: not yet.
    auto longer = retention.expired(clock.today(), 6);
    for (const ExpiredDossier& d : longer.value())
        REQUIRE(d.clientId != oldId);

    auto done = retention.anonymise({oldId});
    INFO((done.ok() ? QString() : done.message()).toStdString());
    REQUIRE(done.ok());
    REQUIRE(done.value() == 1);

    // The stub: still counted, no longer listed, no trace of the person anywhere in the file.
    REQUIRE(allFigures(*store.value()) == figuresBefore);
    auto stub = Repository<Client>(*store.value()).get(oldId);
    REQUIRE(stub.ok());
    REQUIRE(RetentionService::isAnonymised(stub->note));
    REQUIRE(stub->municipalityId == old.municipalityId);
    REQUIRE(stub->status == ClientStatus::Completed);
    REQUIRE(stub->koppelingDate == QDate(2016, 3, 1));
    for (const ExpiredDossier& d : retention.expired(clock.today(), 5).value())
        REQUIRE(d.clientId != oldId);
    const QString values = everyValue(*store.value());
    for (const QString& trace : kTraces) {
        INFO(trace.toStdString());
        REQUIRE_FALSE(values.contains(trace));
    }
    REQUIRE(values.contains(QStringLiteral("Recent|Afgerond"))); // the others are untouched
    REQUIRE(store.value()->db().queryInt(u"PRAGMA freelist_count").value() == 0);
    REQUIRE(store.value()->db().queryInt(u"SELECT count(*) FROM audit_log WHERE action = 'anonymise'").value() == 1);
    const QByteArray raw = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    for (const QString& trace : kTraces)
        REQUIRE_FALSE(raw.contains(trace.toUtf8()));

    // The stub reaches the peer as an ordinary update.
    REQUIRE(SyncExporter(*store.value()).exportTo(pkg, "pkg", toPeer).ok());
    REQUIRE(SyncImporter(*peer.value()).importFrom(pkg, "pkg").ok());
    auto atPeer = Repository<Client>(*peer.value()).get(oldId);
    REQUIRE(atPeer.ok());
    REQUIRE(atPeer->lastName.isEmpty());
    REQUIRE(atPeer->bsn.isEmpty());
    REQUIRE(RetentionService::isAnonymised(atPeer->note));
    REQUIRE(Repository<Contact>(*peer.value()).list(oldId)->empty());
}
