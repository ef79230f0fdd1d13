#include "CaseloadService.h"

#include "domain/Client.h"
#include "domain/Coach.h"
#include "storage/Repository.h"
#include "sync/SyncExporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace koers {

Result<QStringList> CaseloadService::clientsOf(const QString& coachId) {
    auto st = m_store.db().prepare(u"SELECT id FROM client WHERE coach_id = ?1 AND deleted = 0 ORDER BY rowid");
    if (!st.ok())
        return st.error();
    st->bind(1, coachId);
    QStringList ids;
    KOERS_TRY(st->each([&](const Statement& row) { ids << row.text(0); }));
    return ids;
}

Result<QStringList> CaseloadService::liveClients(const QStringList& clientIds) {
    if (clientIds.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("CaseloadService", "No clients were chosen."));
    QStringList ids;
    QSet<QString> seen;
    Repository<Client> clients(m_store);
    for (const QString& id : clientIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (auto client = clients.get(id); !client.ok()) {
            if (client.error().code != ErrorCode::NotFound)
                return client.error();
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("CaseloadService", "There is no client with id %1 in this file.").arg(id));
        }
        ids << id;
    }
    return ids;
}

Result<Reassignment> CaseloadService::assign(const QStringList& clientIds, const QString& coachId) {
    auto coach = Repository<Coach>(m_store).get(coachId);
    if (!coach.ok())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CaseloadService", "That coach is not in this file."));
    if (!coach->active)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "CaseloadService", "%1 is no longer active; clients cannot be assigned to this coach.")
                             .arg(coach->name));
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    auto ids = liveClients(clientIds);
    if (!ids.ok())
        return ids.error();
    Reassignment step;
    step.toCoachId = coachId;
    Repository<Client> clients(m_store);
    for (const QString& id : ids.value()) {
        auto client = clients.get(id);
        if (!client.ok())
            return client.error();
        if (client->coachId == coachId) {
            ++step.unchanged;
            continue;
        }
        step.moves.push_back({id, client->coachId});
        client->coachId = coachId;
        KOERS_TRY(clients.update(client.value()));
    }
    KOERS_TRY(m_store.audit(u"assign", u"client", {}, {}, QString::number(step.moves.size())));
    KOERS_TRY(tx.commit());
    return step;
}

Result<int> CaseloadService::moveBack(const Reassignment& step, bool forward) {
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    Repository<Client> clients(m_store);
    int moved = 0;
    for (const Reassignment::Move& move : step.moves) {
        auto client = clients.get(move.clientId, true);
        if (!client.ok())
            return client.error();
        const QString& expected = forward ? move.fromCoachId : step.toCoachId;
        if (client->meta.deleted || client->coachId != expected)
            continue; // changed again meanwhile: that later change stands
        client->coachId = forward ? step.toCoachId : move.fromCoachId;
        KOERS_TRY(clients.update(client.value()));
        ++moved;
    }
    KOERS_TRY(m_store.audit(forward ? u"assign" : u"assign_undo", u"client", {}, {}, QString::number(moved)));
    KOERS_TRY(tx.commit());
    return moved;
}

Result<int> CaseloadService::undo(const Reassignment& step) {
    return moveBack(step, false);
}

Result<int> CaseloadService::redo(const Reassignment& step) {
    return moveBack(step, true);
}

Result<Handover> CaseloadService::transfer(const QStringList& clientIds, const QString& path, QByteArrayView passphrase,
                                           QDate date, Progress* progress) {
    if (!date.isValid())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("CaseloadService", "A handover needs its date."));
    auto ids = liveClients(clientIds);
    if (!ids.ok())
        return ids.error();
    SyncExportOptions options;
    options.clientIds = ids.value();
    options.progress = progress;
    auto written = SyncExporter(m_store).exportTo(path, passphrase, options);
    if (!written.ok())
        return written.error();

    Handover handover;
    handover.packageId = written->packageId;
    handover.records = written->rows;
    handover.date = date;
    auto mark = [&]() -> Status {
        Transaction tx(m_store.db());
        KOERS_TRY(tx.started());
        Repository<Client> clients(m_store);
        for (const QString& id : ids.value()) {
            auto client = clients.get(id);
            if (!client.ok())
                return client.error();
            // Handed over again (a lost package): the first handover's date stays, and the retention term with it.
            if (client->status != ClientStatus::Moved || !client->statusDate.isValid())
                client->statusDate = date;
            client->status = ClientStatus::Moved;
            KOERS_TRY(clients.update(client.value()));
            ++handover.clients;
        }
        KOERS_TRY(m_store.audit(u"transfer", u"client", handover.packageId, {}, QString::number(handover.clients)));
        return tx.commit();
    };
    if (Status marked = mark(); !marked.ok()) {
        QFile::remove(path); // not handed over: the package must not reach the receiver
        return marked.error();
    }
    return handover;
}

} // namespace koers
