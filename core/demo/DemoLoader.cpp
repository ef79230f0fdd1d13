#include "DemoLoader.h"

#include "DemoGenerator.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "storage/PageCacheScope.h"
#include "storage/Repository.h"
#include "storage/RuleSettingsStore.h"

#include <QCoreApplication>

namespace koers {

namespace {
// Inserts the generated records whose name is new; maps every generated id to the stored one, so a
// second run (another seed) reuses "Baarn" instead of adding a second one.
template <class T>
Status mergeByName(Store& store, std::vector<T>& generated, QHash<QString, QString>& idMap, int& added, qint64& count) {
    Repository<T> repo(store);
    auto existing = repo.list();
    if (!existing.ok())
        return existing.error();
    QHash<QString, QString> byName;
    for (const auto& e : existing.value())
        byName.insert(e.name, e.meta.id);
    for (auto& g : generated) {
        if (const auto it = byName.constFind(g.name); it != byName.constEnd()) {
            idMap.insert(g.meta.id, it.value());
            continue;
        }
        idMap.insert(g.meta.id, g.meta.id);
        KOERS_TRY(repo.insert(std::move(g)));
        ++added;
        ++count;
    }
    return {};
}

template <class T>
Status insertAll(Store& store, std::vector<T>& records, qint64& count) {
    Repository<T> repo(store);
    for (auto& r : records) {
        KOERS_TRY(repo.insert(std::move(r)));
        ++count;
    }
    return {};
}
} // namespace

Result<DemoSummary> DemoLoader::load(Store& store, int clients, quint64 seed, Progress& progress) {
    KOERS_TRY(store.db().quickCheck()); // never thousands of records into a damaged file
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    DemoGenerator generator(seed, store.clock().today(), rules.value());
    DemoSummary summary;

    PageCacheScope cache(store.db());
    Transaction tx(store.db());
    KOERS_TRY(tx.started());
    {
        BulkScope bulk(store);
        auto municipalities = generator.municipalities();
        auto coaches = generator.coaches();
        QHash<QString, QString> municipalityIds;
        QHash<QString, QString> coachIds;
        KOERS_TRY(mergeByName(store, municipalities, municipalityIds, summary.municipalities, summary.records));
        KOERS_TRY(mergeByName(store, coaches, coachIds, summary.coaches, summary.records));
        progress.begin(QCoreApplication::translate("DemoLoader", "Making demo clients"), clients);
        ProgressCounter counter(progress, 256);
        for (int i = 0; i < clients; ++i) {
            KOERS_TRY(counter.tick());
            ClientBundle b = generator.nextClient();
            b.client.municipalityId = municipalityIds.value(b.client.municipalityId);
            b.client.coachId = coachIds.value(b.client.coachId);
            KOERS_TRY(Repository<Client>(store).insert(std::move(b.client)));
            ++summary.records;
            std::vector<Intake> intakes{std::move(b.intake)};
            KOERS_TRY(insertAll(store, intakes, summary.records));
            KOERS_TRY(insertAll(store, b.sections, summary.records));
            KOERS_TRY(insertAll(store, b.plans, summary.records));
            KOERS_TRY(insertAll(store, b.goals, summary.records));
            KOERS_TRY(insertAll(store, b.milestones, summary.records));
            KOERS_TRY(insertAll(store, b.contacts, summary.records));
            KOERS_TRY(insertAll(store, b.involvements, summary.records));
            ++summary.clients;
        }
        counter.finish();
    }
    KOERS_TRY(store.audit(
        u"demo", {}, {}, {},
        QStringLiteral("clients=%1 records=%2 seed=%3").arg(summary.clients).arg(summary.records).arg(seed)));
    KOERS_TRY(store.saveClock());
    KOERS_TRY(tx.commit());
    return summary;
}

} // namespace koers
