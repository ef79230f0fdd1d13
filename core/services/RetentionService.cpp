#include "RetentionService.h"

#include "domain/Client.h"
#include "domain/Contact.h"
#include "domain/Intake.h"
#include "domain/IntakeSection.h"
#include "domain/Involvement.h"
#include "domain/Milestone.h"
#include "domain/PlanGoal.h"
#include "domain/PlanVersion.h"
#include "rules/Anonymisation.h"
#include "storage/Repository.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace koers {

namespace {

// Every row of one kind belonging to the client, tombstones included (an earlier delete left its text in place).
template <class T>
Status scrubRecords(Store& store, const QString& clientId, QStringList& ids) {
    auto st = store.db().prepare(QStringLiteral("SELECT id FROM %1 WHERE client_id = ?1").arg(QLatin1String(T::table)));
    if (!st.ok())
        return st.error();
    st->bind(1, clientId);
    QStringList found;
    KOERS_TRY(st->each([&found](const Statement& row) { found << row.text(0); }));
    Repository<T> repo(store);
    for (const QString& id : found) {
        auto record = repo.get(id, true);
        if (!record.ok())
            return record.error();
        anonymisation::apply(record.value());
        KOERS_TRY(repo.update(record.value())); // no new stamp when the record was clean already
    }
    ids += found;
    return {};
}

} // namespace

Result<std::vector<ExpiredDossier>> RetentionService::expired(QDate today, int years) const {
    auto st = m_store.db().prepare(
        u"SELECT c.id, c.first_names, c.last_name, m.name, c.status, COALESCE(c.duty_end_date, c.status_date) "
        u"FROM client c LEFT JOIN municipality m ON m.id = c.municipality_id "
        u"WHERE c.deleted = 0 AND c.status IN ('exempted', 'dispensed', 'moved', 'completed', 'stopped') "
        u"AND COALESCE(c.duty_end_date, c.status_date) IS NOT NULL AND COALESCE(c.note, '') != ?1 "
        u"ORDER BY COALESCE(c.duty_end_date, c.status_date), c.last_name, c.id");
    if (!st.ok())
        return st.error();
    st->bind(1, QString::fromLatin1(anonymisation::marker));
    std::vector<ExpiredDossier> out;
    KOERS_TRY(st->each([&](const Statement& row) {
        ExpiredDossier d;
        d.dutyEnded = row.date(5);
        d.expiredOn = d.dutyEnded.addYears(years);
        if (!d.dutyEnded.isValid() || d.expiredOn >= today)
            return;
        d.clientId = row.text(0);
        d.name = row.text(2).isEmpty() ? row.text(1) : row.text(1) + QLatin1Char(' ') + row.text(2);
        d.municipality = row.text(3);
        d.status = fromCode<ClientStatus>(row.text(4)).value_or(ClientStatus::Completed);
        out.push_back(std::move(d));
    }));
    return out;
}

Status RetentionService::anonymiseOne(const QString& clientId) {
    Repository<Client> clients(m_store);
    auto client = clients.get(clientId, true);
    if (!client.ok())
        return client.error();
    anonymisation::apply(client.value());
    KOERS_TRY(clients.update(client.value()));

    QStringList ids{clientId};
    KOERS_TRY(scrubRecords<Intake>(m_store, clientId, ids));
    KOERS_TRY(scrubRecords<IntakeSection>(m_store, clientId, ids));
    KOERS_TRY(scrubRecords<PlanVersion>(m_store, clientId, ids));
    KOERS_TRY(scrubRecords<PlanGoal>(m_store, clientId, ids));
    KOERS_TRY(scrubRecords<Milestone>(m_store, clientId, ids));
    KOERS_TRY(scrubRecords<Contact>(m_store, clientId, ids));
    KOERS_TRY(scrubRecords<Involvement>(m_store, clientId, ids));

    // Losing versions kept by sync hold whole rows, personal data included.
    auto purge = m_store.db().prepare(u"DELETE FROM sync_conflict WHERE record_id = ?1");
    if (!purge.ok())
        return purge.error();
    for (const QString& id : ids) {
        purge->bind(1, id);
        KOERS_TRY(purge->exec());
        purge->reset();
    }
    return m_store.audit(u"anonymise", u"client", clientId, clientId,
                         QStringLiteral("retention; %1 records").arg(ids.size()));
}

Result<int> RetentionService::anonymise(const QStringList& clientIds, Progress& progress) {
    if (clientIds.isEmpty())
        return 0;
    progress.begin(QCoreApplication::translate("Retention", "Checking the file"), 0);
    KOERS_TRY(m_store.db().quickCheck());
    {
        Transaction tx(m_store.db());
        KOERS_TRY(tx.started());
        progress.begin(QCoreApplication::translate("Retention", "Anonymising dossiers"), clientIds.size());
        {
            BulkScope bulk(m_store);
            ProgressCounter counter(progress, 1);
            for (const QString& id : clientIds) {
                KOERS_TRY(anonymiseOne(id));
                KOERS_TRY(counter.tick());
            }
        }
        KOERS_TRY(m_store.saveClock());
        KOERS_TRY(progress.check()); // the last moment to change one's mind
        KOERS_TRY(tx.commit());
    }
    progress.beginFinal(QCoreApplication::translate("Retention", "Removing the old values from the file"), 0);
    KOERS_TRY(scrubFile());
    return static_cast<int>(clientIds.size());
}

Status RetentionService::scrubFile() {
    // secure_delete (on since the file was opened) zeroes freed cells; VACUUM rewrites every page so no old
    // page survives, and the checkpoint empties the WAL that held the pages in between.
    KOERS_TRY(m_store.db().exec(u"PRAGMA secure_delete = ON"));
    KOERS_TRY(m_store.db().exec(u"VACUUM"));
    return m_store.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace koers
