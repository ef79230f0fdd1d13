#include "HubSync.h"

#include "HubLocalState.h"
#include "HubProgress.h"
#include "HubSchema.h"
#include "PgConnection.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace koers {

HubSync::HubSync(Store& store, PgConnection& hub, HubSyncOptions options)
    : m_store(store)
    , m_hub(hub)
    , m_options(options) {
}

Result<HubPushCounts> HubSync::pushOnce(HubLocalState& state, const QString& since, HubProgress* progress) {
    KOERS_TRY(m_hub.run(QStringLiteral("BEGIN")));
    HubPusher pusher(m_store, m_hub, state, m_options.pushChunk);
    auto pushed = pusher.push(since, progress);
    if (!pushed.ok()) {
        if (!m_hub.isBroken())
            (void)m_hub.run(QStringLiteral("ROLLBACK"));
        return pushed.error();
    }
    KOERS_TRY(m_hub.run(QStringLiteral("COMMIT")));
    if (pusher.auditLast() >= 0)
        KOERS_TRY(state.setAuditSent(pusher.auditLast()));
    return pushed;
}

Result<HubSyncSummary> HubSync::run(HubProgress* progress) {
    auto version = HubSchema::version(m_hub);
    if (!version.ok())
        return version.error();
    if (version.value() != HubSchema::latestVersion())
        return makeError(ErrorCode::Invalid,
                         version.value() == 0
                             ? QCoreApplication::translate("Hub", "This database is not a Koers hub (run koers-cli hub "
                                                                  "setup).")
                             : QCoreApplication::translate("Hub",
                                                           "The hub and this Koers have different schema "
                                                           "versions (%1 and %2): update Koers, or run hub setup.")
                                   .arg(version.value())
                                   .arg(HubSchema::latestVersion()));
    auto info = m_hub.exec(QStringLiteral("SELECT hub_id, koers.has_grant() FROM koers.hub_info"));
    if (!info.ok())
        return info.error();
    if (info->rows() != 1 || !info->boolean(0, 1))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Hub", "This login has no grant on the hub: it may not sync. Ask "
                                                            "the team lead (koers-cli hub grant)."));
    HubSyncSummary summary;
    summary.hubId = info->text(0, 0);
    HubLocalState state(m_store, summary.hubId);

    auto since = state.pushedMark();
    if (!since.ok())
        return since.error();
    // Everything stamped or received up to now is in this push; later changes sort after the mark.
    const QString mark = m_store.lastStamp().toString();
    Result<HubPushCounts> pushed = makeError(ErrorCode::Locked, QString());
    for (int attempt = 0; attempt < 3; ++attempt) { // another device's push held the same rows
        pushed = pushOnce(state, since.value(), progress);
        if (pushed.ok() || pushed.code() != ErrorCode::Locked)
            break;
    }
    if (!pushed.ok())
        return pushed.error();
    summary.push = pushed.value();
    KOERS_TRY(state.setPushedMark(mark));

    HubPuller puller(m_store, m_hub, state, m_options.pullBatch);
    auto pulled = puller.pull(mark, progress);
    if (!pulled.ok())
        return pulled.error();
    summary.pull = pulled.value();
    KOERS_TRY(puller.acknowledge());
    // An anonymisation that arrived was applied here as retention applies it, with new stamps on this file's
    // records of the client: those are this file's changes, and go to the hub now rather than never.
    if (summary.pull.rescrubbed > 0) {
        auto again = pushOnce(state, mark, progress);
        if (!again.ok())
            return again.error();
        summary.push.sent += again->sent;
        summary.push.updated += again->updated;
    }

    summary.at = m_store.clock().nowUtc();
    const SyncImportCounts& m = summary.pull.merged;
    const bool changed = summary.push.sent > 0 || m.added > 0 || m.updated > 0 || m.conflicts > 0 ||
                         summary.pull.conflicts > 0 || summary.pull.dropped > 0;
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    // What arrived now must not go back with the next push: the mark moves past it (nothing else was
    // written to the file meanwhile).
    KOERS_TRY(state.setPushedMark(m_store.lastStamp().toString()));
    KOERS_TRY(state.setLastSync(summary.at));
    if (changed)
        KOERS_TRY(m_store.audit(u"hub_sync", {}, summary.hubId, {},
                                QStringLiteral("pushed=%1 added=%2 updated=%3 conflicts=%4 refused=%5 pulled=%6 "
                                               "new=%7 changed=%8 local_conflicts=%9 dropped=%10")
                                    .arg(summary.push.sent)
                                    .arg(summary.push.added)
                                    .arg(summary.push.updated)
                                    .arg(summary.push.conflicts)
                                    .arg(summary.push.refused)
                                    .arg(summary.pull.received)
                                    .arg(m.added)
                                    .arg(m.updated)
                                    .arg(m.conflicts + summary.pull.conflicts)
                                    .arg(summary.pull.dropped)));
    KOERS_TRY(m_store.saveClock());
    KOERS_TRY(tx.commit());
    return summary;
}

} // namespace koers
