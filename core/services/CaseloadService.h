// What a team lead does to a caseload as a whole: assign clients to another coach (when a coach leaves, the
// caseload moves in one step; undoable) and hand clients over to another municipality or provider (a scoped
// sync package of exactly their dossiers, after which they are "moved away" here and follow the retention rules).
// Each step is one transaction, stamped for sync and audited.
#pragma once

#include "util/Progress.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace koers {

class Store;

// One step of assign(): who moved, and from which coach (empty: none), so the step can be undone.
struct Reassignment {
    struct Move {
        QString clientId;
        QString fromCoachId;
    };
    QString toCoachId;
    std::vector<Move> moves; // the clients whose coach changed; those that had the coach already are not here
    int unchanged = 0;       // asked for, but already the coach's
};

struct Handover {
    QString packageId;
    int clients = 0;
    qint64 records = 0;
    QDate date;
};

class CaseloadService {
public:
    explicit CaseloadService(Store& store)
        : m_store(store) {}

    // The live clients of a coach, by id (for "the whole caseload").
    Result<QStringList> clientsOf(const QString& coachId);
    // Gives these clients the coach, all or none: an unknown or deleted client, or a coach that is not in the file
    // or no longer active, refuses the whole step.
    Result<Reassignment> assign(const QStringList& clientIds, const QString& coachId);
    // Undoes an assign(): each client that still has the assigned coach gets its former one back. A client whose
    // coach was changed again meanwhile (in its dossier, or by sync) keeps that change; returns how many went back.
    Result<int> undo(const Reassignment& step);
    // Redoes an undone assign() for the clients that still have their former coach.
    Result<int> redo(const Reassignment& step);

    // Writes a package of exactly these clients' dossiers (with the coach and municipality records they need) to
    // `path`, encrypted with `passphrase`, as they are now; then marks them moved away on `date` in one
    // transaction (a client moved away already keeps its date). The package holds them as they were before, so the
    // receiver gets active dossiers. When the
    // marking fails, the package is removed again: the clients are handed over only when both happened.
    Result<Handover> transfer(const QStringList& clientIds, const QString& path, QByteArrayView passphrase, QDate date,
                              Progress* progress = nullptr);

private:
    // Refuses unknown or deleted clients, and duplicates; returns the ids in the given order without duplicates.
    Result<QStringList> liveClients(const QStringList& clientIds);
    Result<int> moveBack(const Reassignment& step, bool forward);

    Store& m_store;
};

} // namespace koers
