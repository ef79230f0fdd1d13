// The merge rule of sync, in one place for every way records arrive (packages, the hub): per record the
// version with the higher hybrid-logical-clock stamp wins; when the two versions were made concurrently
// (neither knew the other), the losing one is kept in sync_conflict. Merging a version twice, or versions in
// any order, gives the same data. Anonymisation wins over every other version: an anonymised client's records
// are scrubbed on arrival and never kept as a conflict. The caller owns the transaction and the clock.
#pragma once

#include "SyncKnowledge.h"
#include "util/Result.h"

#include <QMap>
#include <QSet>
#include <QString>

#include <memory>

namespace koers {

class Store;
struct Client;

struct SyncImportCounts {
    qint64 added = 0;     // records new to this file
    qint64 updated = 0;   // the incoming version won
    qint64 unchanged = 0; // the same version, or one this file's version was made from
    qint64 conflicts = 0; // concurrent versions: the loser (from either side) was kept for review
    qint64 learnt = 0;    // records whose known history grew (written to sync_state, not counted above)

    void add(const SyncImportCounts& other) {
        added += other.added;
        updated += other.updated;
        unchanged += other.unchanged;
        conflicts += other.conflicts;
        learnt += other.learnt;
    }
    // Whether merging writes anything at all (so a backup first is worth it).
    bool writesAnything() const { return added + updated + conflicts + learnt > 0; }
};

namespace sync {

enum class Verdict {
    TakeIncoming,          // the incoming version is newer and was made knowing this one
    TakeIncomingLocalLost, // the incoming version is newer; this one was concurrent and is kept as a conflict
    KeepLocal,             // the same version, or an older one this file's version was made from
    KeepLocalIncomingLost, // this file's version is newer; the incoming one was concurrent: kept as a conflict
};

// The rule for one record both sides hold: its stamps, and what each side knew of the record's history.
Verdict decide(const Hlc& local, const SyncKnowledge& localKnew, const Hlc& incoming,
               const SyncKnowledge& incomingKnew);

// Anonymisation wins over that rule, wherever records merge (a file, the hub): no version undoes an
// anonymisation, an anonymised version replaces any other, and no version of an anonymised client's records is
// kept as a conflict (a losing version holds the personal data the anonymisation removed). The flags say whether
// the record is a client anonymised on either side, or a record of a client anonymised on either side.
Verdict anonymisationWins(Verdict verdict, bool localAnonymised, bool incomingAnonymised, bool ofAnonymisedClient);

} // namespace sync

class SyncMerger {
public:
    enum class Mode {
        Write,  // merges into the file
        Assess, // decides and counts, writes nothing: the first pass of an import
    };

    // Told of every client version merged or assessed, with the version it meets here (null: new here).
    class ClientWatcher {
    public:
        virtual ~ClientWatcher() = default;
        virtual void onClient(const Client& incoming, const Client* local, bool incomingWins) = 0;
    };

    explicit SyncMerger(Store& store, Mode mode = Mode::Write);
    ~SyncMerger();
    Q_DISABLE_COPY_MOVE(SyncMerger)

    void setClientWatcher(ClientWatcher* watcher) { m_watcher = watcher; }

    // What a first pass (Mode::Assess) learnt of a record, so the second need not look it up again: new here,
    // or nothing to do (the same version, nothing learnt). Valid while nothing else writes the file between
    // the passes (it is held with an exclusive lock).
    enum class Plan : quint8 { Full, Insert, Skip };

    // Merges one incoming version of a record of a synchronised table (see sync::forEachTable), with what
    // its sender knew of the record's history. Parents (clients) must come before their records. `decided`
    // receives the plan a second pass may use for the same record.
    template <class T>
    Status merge(const T& incoming, const SyncKnowledge& knowledge, Plan plan = Plan::Full, Plan* decided = nullptr);

    SyncImportCounts total() const;
    // By table name; only tables that received a record.
    QMap<QString, SyncImportCounts> perTable() const;
    // Clients whose anonymisation arrived in this merge: their other records here must be scrubbed too.
    const QSet<QString>& newlyAnonymised() const { return m_newlyAnonymised; }

    // Whether a record of this client belongs to an anonymised client (here, or arrived in this merge).
    bool belongsToAnonymised(const QString& clientId);
    // A client version that is anonymised arrived; `newHere` when this file held it with personal data.
    void noteAnonymised(const QString& clientId, bool newHere);

private:
    struct Tables;
    Status loadAnonymised();

    Store& m_store;
    Mode m_mode;
    ClientWatcher* m_watcher = nullptr;
    std::unique_ptr<Tables> m_tables;
    bool m_anonymisedLoaded = false;
    QSet<QString> m_anonymised; // here, or arrived in this merge
    QSet<QString> m_newlyAnonymised;
};

} // namespace koers
