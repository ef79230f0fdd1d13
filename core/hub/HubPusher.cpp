#include "HubPusher.h"

#include "HubColumns.h"
#include "HubLocalState.h"
#include "HubProgress.h"
#include "PgConnection.h"
#include "PgCopyText.h"
#include "rules/Anonymisation.h"
#include "storage/Store.h"
#include "sync/SyncLoss.h"
#include "sync/SyncMerger.h"
#include "sync/SyncTables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace koers {

namespace {

template <class T>
QString stageOf() {
    return QStringLiteral("koers_stage_%1").arg(QLatin1String(T::table));
}

Status cancelledError() {
    return makeError(ErrorCode::Invalid, QCoreApplication::translate("Hub", "The synchronisation was cancelled."));
}

} // namespace

HubPusher::HubPusher(Store& store, PgConnection& hub, HubLocalState& state, int chunk)
    : m_store(store)
    , m_hub(hub)
    , m_state(state)
    , m_chunk(chunk) {
}

Result<HubPushCounts> HubPusher::push(const QString& since, HubProgress* progress) {
    m_counts = {};
    Status pushed;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        if (pushed.ok())
            pushed = pushTable<T>(since, progress);
    });
    KOERS_TRY(pushed);
    KOERS_TRY(pushAudit());
    KOERS_TRY(pushResolutions());
    KOERS_TRY(m_hub.run(QStringLiteral("INSERT INTO koers.device (device_id, last_push_at, last_pushed) VALUES ($1, "
                                       "now(), $2) ON CONFLICT (device_id, login) DO UPDATE SET last_push_at = now(), "
                                       "last_pushed = $2"),
                        {m_store.deviceId().toUtf8(), QByteArray::number(m_counts.sent)}));
    return m_counts;
}

template <class T>
Status HubPusher::pushTable(const QString& since, HubProgress* progress) {
    // By id, so that concurrent pushes lock the hub's rows in one order and cannot deadlock each other.
    auto st = m_store.db().prepare(sync::selectWithKnowledge<T>() +
                                   QStringLiteral(" WHERE t.updated_at > ?1 OR k.received > ?1 ORDER BY t.id"));
    if (!st.ok())
        return st.error();
    st->bind(1, since.isNull() ? QStringLiteral("") : since); // a null text would bind NULL and match nothing
    const int knowledgeColumn = static_cast<int>(codec::allColumns<T>().size());
    std::vector<std::pair<T, QString>> chunk;
    bool staged = false;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (row.value()) {
            T record;
            codec::readRecord(*st, record);
            SyncKnowledge k = SyncKnowledge::parse(st->isNull(knowledgeColumn) ? QString() : st->text(knowledgeColumn))
                                  .value_or(SyncKnowledge());
            k.add(record.meta.updatedAt);
            chunk.emplace_back(std::move(record), k.toString());
        }
        if (chunk.size() >= static_cast<size_t>(m_chunk) || (!row.value() && !chunk.empty())) {
            if (!staged) {
                KOERS_TRY(
                    m_hub.run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 ON COMMIT DROP AS SELECT %2 FROM "
                                             "koers.%3 WITH NO DATA")
                                  .arg(stageOf<T>(), hub::writeColumns<T>(), QLatin1String(T::table))));
                staged = true;
            }
            KOERS_TRY(flush<T>(chunk));
            chunk.clear();
            if (progress) {
                progress->step(HubProgress::Phase::Pushing, m_counts.sent, 0);
                if (progress->cancelled())
                    return cancelledError();
            }
        }
        if (!row.value())
            return {};
    }
}

template <class T>
Status HubPusher::flush(std::vector<std::pair<T, QString>>& chunk) {
    const QString table = QString::fromLatin1(T::table);
    const QString stage = stageOf<T>();
    // Anonymisation wins on the hub as in a file: a record of a client anonymised there (by an earlier push, or
    // by this one, which sends clients first) is scrubbed before it is staged, and none is kept as a conflict.
    QSet<QString> ofAnonymised;
    if constexpr (hub::hasClientColumn<T>()) {
        QSet<QString> clients;
        for (const auto& [record, knowledge] : chunk)
            clients.insert(record.clientId);
        auto anonymised = m_hub.exec(QStringLiteral("SELECT id FROM koers.client WHERE id = ANY($1::text[]) AND "
                                                    "note = $2"),
                                     {PgConnection::textArray(QStringList(clients.cbegin(), clients.cend())),
                                      QByteArray(anonymisation::marker)});
        if (!anonymised.ok())
            return anonymised.error();
        for (int r = 0; r < anonymised->rows(); ++r)
            ofAnonymised.insert(anonymised->text(r, 0));
        for (auto& [record, knowledge] : chunk)
            if (ofAnonymised.contains(record.clientId))
                anonymisation::apply(record);
    }
    QByteArray copy;
    QStringList ids;
    for (const auto& [record, knowledge] : chunk) {
        pgcopy::appendRow(copy, sync::rowTexts(record) << knowledge);
        ids << record.meta.id;
    }
    const QByteArray idArray = PgConnection::textArray(ids);
    KOERS_TRY(m_hub.run(QStringLiteral("TRUNCATE %1").arg(stage)));
    KOERS_TRY(m_hub.copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(stage, hub::writeColumns<T>()), copy));

    // The hub's versions, locked until the push commits.
    auto onHub = m_hub.exec(QStringLiteral("SELECT %1 FROM koers.%2 h WHERE h.id = ANY($1::text[]) ORDER BY h.id FOR "
                                           "UPDATE OF h")
                                .arg(hub::selectList<T>(QStringLiteral("h")), table),
                            {idArray});
    if (!onHub.ok())
        return onHub.error();
    QHash<QString, std::pair<T, SyncKnowledge>> existing; // the hub's version and what the hub knew
    QStringList texts;
    for (int r = 0; r < onHub->rows(); ++r) {
        texts.clear();
        for (int c = 0; c < onHub->columns(); ++c)
            texts << onHub->text(r, c);
        T record;
        if (!sync::parseRow(texts, record))
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("Hub", "The hub holds a record of table %1 that this Koers "
                                                                "cannot read.")
                                 .arg(table));
        SyncKnowledge v = SyncKnowledge::parse(texts.last()).value_or(SyncKnowledge());
        v.add(record.meta.updatedAt);
        const QString id = record.meta.id;
        existing.insert(id, {std::move(record), v});
    }
    // New records this login may add: a client within its grant, a record of a client it sees.
    QString allowedSql;
    if constexpr (hub::hasClientColumn<T>())
        // One lookup of the client per staged record (a scalar subquery with LIMIT is not turned into a join):
        // as a semi-join, PostgreSQL hashed every client the login sees, under row-level security, per chunk.
        allowedSql = QStringLiteral("SELECT s.id FROM %1 s WHERE (SELECT true FROM koers.client c WHERE c.id = "
                                    "s.client_id LIMIT 1)");
    else if (table == QLatin1String("client"))
        allowedSql = QStringLiteral("SELECT s.id FROM %1 s WHERE koers.covers(s.coach_id, s.municipality_id)");
    QSet<QString> allowed;
    if (!allowedSql.isEmpty()) {
        auto a = m_hub.exec(allowedSql.arg(stage));
        if (!a.ok())
            return a.error();
        for (int r = 0; r < a->rows(); ++r)
            allowed.insert(a->text(r, 0));
    }

    QStringList inserts, insertKnowledge, updates, updateKnowledge, grown, grownKnowledge;
    QStringList lossId, lossRecord, lossClient, lossStamp, lossWinner, lossRow;
    QStringList logId, logClient, logStamp, logOutcome;
    QStringList newlyAnonymised, rescrubbedIds;
    QByteArray rescrubbed;
    auto lose = [&](const T& loser, const Hlc& winner) {
        lossId << sync::conflictId(table, loser.meta.id, loser.meta.updatedAt);
        lossRecord << loser.meta.id;
        lossClient << hub::clientIdOf(loser);
        lossStamp << loser.meta.updatedAt.toString();
        lossWinner << winner.toString();
        lossRow << sync::conflictRow(sync::rowTexts(loser));
        ++m_counts.conflicts;
    };
    for (const auto& [record, knowledgeText] : chunk) {
        ++m_counts.sent;
        SyncKnowledge theirs = SyncKnowledge::parse(knowledgeText).value_or(SyncKnowledge());
        theirs.add(record.meta.updatedAt);
        const auto found = existing.constFind(record.meta.id);
        if (found == existing.constEnd()) {
            if (!allowedSql.isEmpty() && !allowed.contains(record.meta.id)) {
                ++m_counts.refused;
                continue;
            }
            inserts << record.meta.id;
            insertKnowledge << theirs.toString();
            continue;
        }
        const auto& [onHubRecord, ours] = found.value();
        // The hub's version is the local one: the same rules as every merge.
        bool hubAnonymised = false, incomingAnonymised = false;
        if constexpr (std::is_same_v<T, Client>) {
            hubAnonymised = anonymisation::isAnonymised(onHubRecord);
            incomingAnonymised = anonymisation::isAnonymised(record);
            if (incomingAnonymised)
                newlyAnonymised << record.meta.id;
        }
        const sync::Verdict verdict =
            sync::anonymisationWins(sync::decide(onHubRecord.meta.updatedAt, ours, record.meta.updatedAt, theirs),
                                    hubAnonymised, incomingAnonymised, ofAnonymised.contains(hub::clientIdOf(record)));
        SyncKnowledge merged = ours;
        const bool grew = merged.merge(theirs);
        if (verdict == sync::Verdict::TakeIncoming || verdict == sync::Verdict::TakeIncomingLocalLost) {
            updates << record.meta.id;
            updateKnowledge << merged.toString();
            if (verdict == sync::Verdict::TakeIncomingLocalLost)
                lose(onHubRecord, record.meta.updatedAt);
            logId << record.meta.id;
            logClient << hub::clientIdOf(record);
            logStamp << record.meta.updatedAt.toString();
            logOutcome << QStringLiteral("update");
            ++m_counts.updated;
            continue;
        }
        if constexpr (hub::hasClientColumn<T>()) {
            // The hub's version wins but was written, after the anonymisation, by a laptop that did not know
            // of it yet: the hub keeps it scrubbed, under its own stamp (every laptop scrubs its copy anyway).
            if (ofAnonymised.contains(record.clientId)) {
                T scrubbed = onHubRecord;
                anonymisation::apply(scrubbed);
                const QStringList texts = sync::rowTexts(scrubbed);
                if (texts != sync::rowTexts(onHubRecord)) {
                    pgcopy::appendRow(rescrubbed, QStringList(texts) << merged.toString());
                    rescrubbedIds << record.meta.id;
                    updates << record.meta.id;
                    updateKnowledge << merged.toString();
                    logId << record.meta.id;
                    logClient << record.clientId;
                    logStamp << onHubRecord.meta.updatedAt.toString();
                    logOutcome << QStringLiteral("scrubbed");
                    ++m_counts.unchanged; // the hub's version stays the winner, without what was removed
                    continue;
                }
            }
        }
        if (verdict == sync::Verdict::KeepLocalIncomingLost)
            lose(record, onHubRecord.meta.updatedAt);
        else
            ++m_counts.unchanged;
        if (grew) {
            grown << record.meta.id;
            grownKnowledge << merged.toString();
        }
    }

    const QString columns = hub::writeColumns<T>();
    if (!inserts.isEmpty()) {
        // A record that exists on the hub outside this login's scope is not sent: it stays as it is there.
        auto taken = m_hub.exec(QStringLiteral("SELECT koers.existing_ids($1, $2::text[])"),
                                {table.toUtf8(), PgConnection::textArray(inserts)});
        if (!taken.ok())
            return taken.error();
        QSet<QString> elsewhere;
        for (int r = 0; r < taken->rows(); ++r)
            elsewhere.insert(taken->text(r, 0));
        QStringList fresh, freshKnowledge;
        for (qsizetype i = 0; i < inserts.size(); ++i) {
            if (elsewhere.contains(inserts[i])) {
                ++m_counts.refused;
                continue;
            }
            fresh << inserts[i];
            freshKnowledge << insertKnowledge[i];
        }
        if (!fresh.isEmpty()) {
            const QByteArray insertIds = PgConnection::textArray(fresh);
            KOERS_TRY(m_hub.run(QStringLiteral("UPDATE %1 s SET known_versions = v.k FROM unnest($1::text[], "
                                               "$2::text[]) AS v(id, k) WHERE s.id = v.id")
                                    .arg(stage),
                                {insertIds, PgConnection::textArray(freshKnowledge)}));
            KOERS_TRY(m_hub.run(QStringLiteral("INSERT INTO koers.%1 (%2) SELECT %2 FROM %3 WHERE id = ANY($1::text[])")
                                    .arg(table, columns, stage),
                                {insertIds}));
        }
        const QSet<QString> landed(fresh.cbegin(), fresh.cend());
        for (const auto& [record, knowledgeText] : chunk) {
            if (!landed.contains(record.meta.id))
                continue;
            ++m_counts.added;
            logId << record.meta.id;
            logClient << hub::clientIdOf(record);
            logStamp << record.meta.updatedAt.toString();
            logOutcome << QStringLiteral("insert");
        }
    }
    if (!rescrubbedIds.isEmpty()) {
        KOERS_TRY(m_hub.run(QStringLiteral("DELETE FROM %1 WHERE id = ANY($1::text[])").arg(stage),
                            {PgConnection::textArray(rescrubbedIds)}));
        KOERS_TRY(
            m_hub.copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(stage, hub::writeColumns<T>()), rescrubbed));
    }
    if (!updates.isEmpty()) {
        QStringList sets;
        for (const QString& c : codec::allColumns<T>().mid(1) + QStringList{hub::knowledgeColumn()})
            sets << QStringLiteral("%1 = s.%1").arg(c);
        const QByteArray updateIds = PgConnection::textArray(updates);
        KOERS_TRY(m_hub.run(QStringLiteral("UPDATE %1 s SET known_versions = v.k FROM unnest($1::text[], $2::text[]) "
                                           "AS v(id, k) WHERE s.id = v.id")
                                .arg(stage),
                            {updateIds, PgConnection::textArray(updateKnowledge)}));
        KOERS_TRY(m_hub.run(QStringLiteral("UPDATE koers.%1 t SET %2 FROM %3 s WHERE t.id = s.id AND t.id = "
                                           "ANY($1::text[])")
                                .arg(table, sets.join(QLatin1String(", ")), stage),
                            {updateIds}));
    }
    // The losing versions kept of a client now anonymised hold what the anonymisation removed: the policy
    // anonymised_purge lets the login delete exactly those, once the client on the hub is the anonymised stub.
    if (!newlyAnonymised.isEmpty())
        KOERS_TRY(m_hub.run(QStringLiteral("DELETE FROM koers.conflict WHERE client_id = ANY($1::text[])"),
                            {PgConnection::textArray(newlyAnonymised)}));
    if (!grown.isEmpty())
        KOERS_TRY(m_hub.run(QStringLiteral("UPDATE koers.%1 t SET known_versions = v.k FROM unnest($1::text[], "
                                           "$2::text[]) AS v(id, k) WHERE t.id = v.id")
                                .arg(table),
                            {PgConnection::textArray(grown), PgConnection::textArray(grownKnowledge)}));
    if (!lossId.isEmpty())
        KOERS_TRY(m_hub.run(QStringLiteral("INSERT INTO koers.conflict (id, table_name, record_id, client_id, "
                                           "loser_stamp, winner_stamp, loser_row) SELECT i, $2, r, c, l, w, x FROM "
                                           "unnest($1::text[], $3::text[], $4::text[], $5::text[], $6::text[], "
                                           "$7::text[]) AS v(i, r, c, l, w, x) ON CONFLICT (id) DO NOTHING"),
                            {PgConnection::textArray(lossId), table.toUtf8(), PgConnection::textArray(lossRecord),
                             PgConnection::textArray(lossClient), PgConnection::textArray(lossStamp),
                             PgConnection::textArray(lossWinner), PgConnection::textArray(lossRow)}));
    if (!logId.isEmpty())
        KOERS_TRY(m_hub.run(QStringLiteral("INSERT INTO koers.change_log (device, table_name, record_id, client_id, "
                                           "stamp, outcome) SELECT $1, $2, r, c, s, o FROM unnest($3::text[], "
                                           "$4::text[], $5::text[], $6::text[]) AS v(r, c, s, o)"),
                            {m_store.deviceId().toUtf8(), table.toUtf8(), PgConnection::textArray(logId),
                             PgConnection::textArray(logClient), PgConnection::textArray(logStamp),
                             PgConnection::textArray(logOutcome)}));
    return {};
}

Status HubPusher::pushAudit() {
    auto sent = m_state.auditSent();
    if (!sent.ok())
        return sent.error();
    auto st = m_store.db().prepare(u"SELECT seq, at, device, actor, action, table_name, record_id, client_id, detail "
                                   u"FROM audit_log WHERE seq > ?1 ORDER BY seq");
    if (!st.ok())
        return st.error();
    st->bind(1, sent.value());
    QByteArray copy;
    qint64 last = sent.value();
    qint64 rows = 0;
    const Status read = st->each([&](Statement& row) {
        QStringList fields;
        for (int c = 0; c < 9; ++c)
            fields << (row.isNull(c) ? QString() : row.text(c));
        pgcopy::appendRow(copy, fields);
        last = row.int64(0);
        ++rows;
    });
    KOERS_TRY(read);
    if (rows == 0)
        return {};
    KOERS_TRY(m_hub.run(QStringLiteral(
        "CREATE TEMP TABLE IF NOT EXISTS koers_stage_audit (seq bigint, at timestamptz, device text, actor text, "
        "action text, table_name text, record_id text, client_id text, detail text) ON COMMIT DROP")));
    KOERS_TRY(m_hub.copyIn(QStringLiteral("COPY koers_stage_audit FROM STDIN"), copy));
    KOERS_TRY(m_hub.run(QStringLiteral("INSERT INTO koers.audit_log (device, seq, at, actor, action, table_name, "
                                       "record_id, client_id, detail) SELECT COALESCE(device, ''), seq, at, "
                                       "COALESCE(actor, ''), COALESCE(action, ''), table_name, record_id, client_id, "
                                       "detail FROM koers_stage_audit ON CONFLICT "
                                       "(device, seq) DO NOTHING")));
    m_counts.audit = rows;
    m_auditLast = last;
    return {};
}

Status HubPusher::pushResolutions() {
    auto st = m_store.db().prepare(u"SELECT id FROM sync_conflict WHERE resolved = 1");
    if (!st.ok())
        return st.error();
    QStringList ids;
    KOERS_TRY(st->each([&](Statement& row) { ids << row.text(0); }));
    if (ids.isEmpty())
        return {};
    return m_hub.run(QStringLiteral("UPDATE koers.conflict SET resolved = true WHERE id = ANY($1::text[]) AND NOT "
                                    "resolved"),
                     {PgConnection::textArray(ids)});
}

} // namespace koers
