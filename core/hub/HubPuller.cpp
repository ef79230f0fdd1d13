#include "HubPuller.h"

#include "HubColumns.h"
#include "HubProgress.h"
#include "PgConnection.h"
#include "PgCopyText.h"
#include "rules/Anonymisation.h"
#include "services/RetentionService.h"
#include "storage/SettingsStore.h"
#include "storage/Store.h"
#include "sync/SyncIntake.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTables.h"

#include <QCoreApplication>

#include <limits>

namespace koers {

namespace {

Error unreadable(const QString& table) {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Hub", "The hub sent a record of table %1 that this Koers cannot "
                                                        "read. Nothing of it was stored.")
                         .arg(table));
}

} // namespace

HubPuller::HubPuller(Store& store, PgConnection& hub, HubLocalState& state, int batch)
    : m_store(store)
    , m_hub(hub)
    , m_state(state)
    , m_batch(batch) {
}

Result<HubPullCounts> HubPuller::pull(const QString& pushedMark, HubProgress* progress) {
    m_counts = {};
    m_leaving.clear();
    m_dropped.clear();
    // One snapshot for the whole attempt: every table is read as of the same moment.
    KOERS_TRY(m_hub.run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")));
    auto fail = [this](const Error& e) {
        if (!m_hub.isBroken())
            (void)m_hub.run(QStringLiteral("ROLLBACK"));
        return e;
    };
    auto head = m_hub.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, "
                                          "(SELECT epoch FROM koers.login WHERE login = current_user)"));
    if (!head.ok())
        return fail(head.error());
    const qint64 horizon = head->int64(0, 0);
    const qint64 epoch = head->isNull(0, 1) ? 0 : head->int64(0, 1);
    auto cursor = m_state.cursor();
    auto storedEpoch = m_state.epoch();
    auto round = m_state.round();
    if (!cursor.ok() || !storedEpoch.ok() || !round.ok())
        return fail(!cursor.ok() ? cursor.error() : !storedEpoch.ok() ? storedEpoch.error() : round.error());
    qint64 from = cursor.value();
    HubPullRound r = round.value();
    // A new grant (epoch), or a hub whose transactions are behind this file's cursor (restored from a dump):
    // everything again, from the start. Records already here merge as unchanged.
    if (epoch != storedEpoch.value() || from > horizon || (r.active && r.horizon > horizon)) {
        from = 0;
        r = {};
        // Remembered at once, so that a broken full pull resumes as a full pull.
        Status reset = m_state.setCursor(0);
        if (reset.ok())
            reset = m_state.setEpoch(epoch);
        if (!reset.ok())
            return fail(reset.error());
    }
    if (!r.active) {
        r = {horizon, 0, QString(), true};
        if (Status saved = m_state.setRound(r); !saved.ok())
            return fail(saved.error());
    }
    m_round = r;
    m_counts.fullPull = from == 0;

    auto leaving = m_hub.exec(QStringLiteral("SELECT client_id FROM koers.login_scope WHERE leaving"));
    if (!leaving.ok())
        return fail(leaving.error());
    for (int i = 0; i < leaving->rows(); ++i)
        m_leaving.insert(leaving->text(i, 0));

    Status pulled;
    int index = 0;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        if (pulled.ok())
            pulled = pullTable<T>(index, r, from, progress);
        ++index;
    });
    if (pulled.ok())
        pulled = pullConflicts(from);
    if (!pulled.ok())
        return fail(pulled.error());
    KOERS_TRY(m_hub.run(QStringLiteral("COMMIT")));

    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    KOERS_TRY(dropLeft(pushedMark));
    KOERS_TRY(m_state.setCursor(r.horizon));
    KOERS_TRY(m_state.setEpoch(epoch));
    KOERS_TRY(m_state.setRound({}));
    KOERS_TRY(m_store.saveClock());
    KOERS_TRY(tx.commit());
    if (progress)
        progress->step(HubProgress::Phase::Finishing, m_counts.received, 0);
    return m_counts;
}

template <class T>
Status HubPuller::pullTable(int index, const HubPullRound& round, qint64 cursor, HubProgress* progress) {
    const QString table = QString::fromLatin1(T::table);
    QString where;
    if (index < round.table) // done in an earlier attempt: only what changed since then
        where = QStringLiteral("hub_xid >= %1").arg(round.horizon);
    else if (index == round.table)
        where = QStringLiteral("hub_xid >= %1 AND (id > %2 OR hub_xid >= %3)")
                    .arg(cursor)
                    .arg(m_hub.literal(round.lastId))
                    .arg(round.horizon);
    else
        where = QStringLiteral("hub_xid >= %1").arg(cursor);
    // A full pull reads the login's clients by their index rather than every row of the hub through the
    // row-level-security check (a coach's 300 clients of a region's 100,000); the policies still apply.
    const char* column = hub::clientColumn<T>();
    if (cursor == 0 && index >= round.table && column)
        where += QStringLiteral(" AND %1 IN (SELECT s.client_id FROM koers.login_scope s WHERE s.login = "
                                "current_user)")
                     .arg(QLatin1String(column));
    std::vector<std::pair<T, SyncKnowledge>> batch;
    QStringList fields;
    Status copied = m_hub.copyOut(
        QStringLiteral("COPY (SELECT %1 FROM koers.%2 WHERE %3 ORDER BY id) TO STDOUT")
            .arg(hub::selectList<T>(), table, where),
        [&](QByteArrayView row) -> Status {
            T record;
            if (!pgcopy::parseRow(row, fields) || !sync::parseRow(fields, record))
                return unreadable(table);
            ++m_counts.received;
            const QString client = hub::clientIdOf(record);
            if (!client.isEmpty() && m_leaving.contains(client))
                return {}; // leaving this login's scope: not taken in, dropped below
            auto knowledge = SyncKnowledge::parse(fields.last());
            if (!knowledge)
                return unreadable(table);
            batch.emplace_back(std::move(record), std::move(*knowledge));
            if (batch.size() < static_cast<size_t>(m_batch))
                return {};
            KOERS_TRY(mergeBatch<T>(batch, index));
            if (progress) {
                progress->step(HubProgress::Phase::Pulling, m_counts.received, 0);
                if (progress->cancelled())
                    return makeError(ErrorCode::Invalid,
                                     QCoreApplication::translate("Hub", "The synchronisation was cancelled."));
            }
            return {};
        });
    KOERS_TRY(copied);
    if (!batch.empty())
        KOERS_TRY(mergeBatch<T>(batch, index));
    m_round.table = index + 1;
    m_round.lastId.clear();
    return m_state.setRound(m_round);
}

// The one way pulled records enter the file, as a package's do (SyncIntake): first every version of the batch
// is checked (the spreadsheet import's validator, stamps within the allowed clock skew, every record once, no
// BSN twice) without writing, then the batch is merged by SyncMerger in one local transaction, with the clock
// taught the batch's latest stamp first. The pull's position is saved in the same transaction, so a broken
// connection loses at most the batch in flight. A refused batch stops the pull with the validator's reason.
template <class T>
Status HubPuller::mergeBatch(std::vector<std::pair<T, SyncKnowledge>>& batch, int index) {
    auto settings = settings::load<SyncSettings>(m_store, u"sync");
    if (!settings.ok())
        return settings.error();
    SyncIntake intake(m_store, settings.value());
    const QString table = QString::fromLatin1(T::table);
    for (const auto& [record, knowledge] : batch)
        KOERS_TRY(intake.check(record, knowledge, SyncWhere::hubRecord(table, record.meta.id)));
    // The hub's scope, not a person at a laptop, decides what is deleted here: no deletion guard.
    KOERS_TRY(intake.finishChecks(std::numeric_limits<qint64>::max()));
    bool anonymisedArrived = false;
    {
        Transaction tx(m_store.db());
        KOERS_TRY(tx.started());
        if (m_store.lastStamp() < intake.latestStamp())
            m_store.observe(intake.latestStamp());
        {
            BulkScope bulk(m_store);
            for (const auto& [record, knowledge] : batch)
                KOERS_TRY(intake.merge(record, knowledge));
            auto scrubbed = intake.finishMerge();
            if (!scrubbed.ok())
                return scrubbed.error();
            anonymisedArrived = scrubbed.value();
        }
        m_round.table = index;
        m_round.lastId = batch.back().first.meta.id;
        KOERS_TRY(m_state.setRound(m_round));
        KOERS_TRY(m_store.saveClock());
        KOERS_TRY(tx.commit());
    }
    // An anonymisation that arrived leaves no old value in any page of the file or its WAL.
    if (anonymisedArrived) {
        KOERS_TRY(RetentionService(m_store).scrubFile());
        ++m_counts.rescrubbed;
    }
    m_counts.merged.add(intake.total());
    batch.clear();
    return {};
}

Status HubPuller::pullConflicts(qint64 cursor) {
    auto exists = m_store.db().prepare(u"SELECT resolved FROM sync_conflict WHERE id = ?1");
    auto insert = m_store.db().prepare(
        u"INSERT INTO sync_conflict (id, table_name, record_id, loser_stamp, winner_stamp, loser_row, detected_at, "
        u"resolved) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    auto resolve = m_store.db().prepare(u"UPDATE sync_conflict SET resolved = 1 WHERE id = ?1");
    // No losing version of an anonymised client is kept here, whatever an older hub still holds.
    auto anonymised = m_store.db().prepare(u"SELECT 1 FROM client WHERE id = ?1 AND note = ?2");
    for (auto* st : {&exists, &insert, &resolve, &anonymised})
        if (!st->ok())
            return st->error();
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    QStringList f;
    KOERS_TRY(m_hub.copyOut(
        QStringLiteral("COPY (SELECT id, table_name, record_id, client_id, loser_stamp, winner_stamp, loser_row, "
                       "to_char(detected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), resolved::int "
                       "FROM koers.conflict WHERE hub_xid >= %1 ORDER BY id) TO STDOUT")
            .arg(cursor),
        [&](QByteArrayView row) -> Status {
            if (!pgcopy::parseRow(row, f) || f.size() != 9)
                return unreadable(QStringLiteral("conflict"));
            if (!f[3].isEmpty() && m_leaving.contains(f[3]))
                return {};
            if (!f[3].isEmpty()) {
                anonymised->reset();
                anonymised->bind(1, f[3]);
                anonymised->bind(2, QString::fromLatin1(anonymisation::marker));
                auto isAnonymised = anonymised->step();
                if (!isAnonymised.ok())
                    return isAnonymised.error();
                anonymised->reset();
                if (isAnonymised.value())
                    return {};
            }
            const bool resolved = f[8] == QLatin1String("1");
            exists->reset();
            exists->bind(1, f[0]);
            auto found = exists->step();
            if (!found.ok())
                return found.error();
            const bool known = found.value();
            const bool knownResolved = known && exists->int64(0) != 0;
            exists->reset();
            if (!known) {
                insert->reset();
                for (int i = 0; i < 3; ++i)
                    insert->bind(i + 1, f[i]);
                insert->bind(4, f[4]);
                insert->bind(5, f[5]);
                insert->bind(6, f[6]);
                insert->bind(7, f[7]);
                insert->bind(8, resolved);
                KOERS_TRY(insert->exec());
                ++m_counts.conflicts;
            } else if (resolved && !knownResolved) {
                resolve->reset();
                resolve->bind(1, f[0]);
                KOERS_TRY(resolve->exec());
            }
            return {};
        }));
    return tx.commit();
}

Status HubPuller::dropLeft(const QString& pushedMark) {
    for (const QString& client : m_leaving) {
        qint64 pending = 0;
        Status checked;
        sync::forEachTable([&]<class T>(std::type_identity<T>) {
            if (!checked.ok())
                return;
            const char* column = hub::clientColumn<T>();
            if (!column)
                return;
            auto st = m_store.db().prepare(
                QStringLiteral("SELECT count(*) FROM %1 t LEFT JOIN sync_state k ON k.table_name = '%1' AND "
                               "k.record_id = t.id WHERE t.%2 = ?1 AND (t.updated_at > ?2 OR k.received > ?2)")
                    .arg(QLatin1String(T::table), QLatin1String(column)));
            if (!st.ok()) {
                checked = st.error();
                return;
            }
            st->bind(1, client);
            st->bind(2, pushedMark.isNull() ? QStringLiteral("") : pushedMark);
            auto row = st->step();
            if (!row.ok()) {
                checked = row.error();
                return;
            }
            pending += st->int64(0);
        });
        KOERS_TRY(checked);
        if (pending > 0) {
            ++m_counts.keptPending; // never lose offline work: it goes with the next push, then the client goes
            continue;
        }
        auto present = m_store.db().prepare(u"SELECT count(*) FROM client WHERE id = ?1");
        if (!present.ok())
            return present.error();
        present->bind(1, client);
        auto counted = present->step();
        if (!counted.ok())
            return counted.error();
        const bool had = present->int64(0) > 0;
        Status dropped;
        sync::forEachTableChildrenFirst([&]<class T>(std::type_identity<T>) {
            if (!dropped.ok())
                return;
            const char* column = hub::clientColumn<T>();
            if (!column)
                return;
            const QString rows =
                QStringLiteral("SELECT id FROM %1 WHERE %2 = ?1").arg(QLatin1String(T::table), QLatin1String(column));
            for (const QString& sql : {QStringLiteral("DELETE FROM sync_conflict WHERE table_name = '%1' AND record_id "
                                                      "IN (%2)"),
                                       QStringLiteral("DELETE FROM sync_state WHERE table_name = '%1' AND record_id IN "
                                                      "(%2)"),
                                       QStringLiteral("DELETE FROM %1 WHERE id IN (%2)")}) {
                auto st = m_store.db().prepare(sql.arg(QLatin1String(T::table), rows));
                if (!st.ok()) {
                    dropped = st.error();
                    return;
                }
                st->bind(1, client);
                dropped = st->exec();
                if (!dropped.ok())
                    return;
            }
        });
        KOERS_TRY(dropped);
        m_dropped << client;
        if (had) {
            ++m_counts.dropped;
            KOERS_TRY(m_store.audit(u"hub_scope_exit", u"client", client, client,
                                    u"left this login's caseload on the hub; removed from this file"));
        }
    }
    return {};
}

Status HubPuller::acknowledge() {
    if (!m_dropped.isEmpty())
        KOERS_TRY(
            m_hub.run(QStringLiteral("DELETE FROM koers.login_scope WHERE leaving AND client_id = ANY($1::text[])"),
                      {PgConnection::textArray(m_dropped)}));
    return m_hub.run(QStringLiteral("UPDATE koers.device SET last_pull_at = now(), last_pulled = $2 WHERE device_id = "
                                    "$1 AND login = current_user"),
                     {m_store.deviceId().toUtf8(), QByteArray::number(m_counts.received)});
}

} // namespace koers
