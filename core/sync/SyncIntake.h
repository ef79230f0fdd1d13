// Brings versions of records from another device into this file, for every way they arrive (a sync package,
// the hub). First every version is checked and the whole batch assessed without writing anything: values
// within the spreadsheet import's rules (one validator), stamps no further ahead of this computer's clock than
// the allowed skew, every record once, no BSN held by two clients, and what the batch would add, change,
// delete or empty. Only a batch that passes all of it is merged (SyncMerger), in the caller's transaction.
#pragma once

#include "SyncMerger.h"
#include "SyncSettings.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace koers {

class Store;

// What a batch does to the clients this file holds alive (the deletion guard counts these).
struct SyncClientEffects {
    qint64 deleted = 0;     // tombstoned
    qint64 emptied = 0;     // name or BSN blanked
    qint64 anonymised = 0;  // anonymised (retention on another device)
    qint64 liveClients = 0; // in this file before the batch

    qint64 affected() const { return deleted + emptied + anonymised; }
};

// Names a version in an error: a package's file and line, a hub table's record, or a file as a whole. The text
// is made only when an error needs it (a package of a million records would make a million of them otherwise).
class SyncWhere {
public:
    static SyncWhere fileLine(QString file, qint64 line) { return {Kind::FileLine, std::move(file), {}, line}; }
    static SyncWhere hubRecord(QString table, QString id) {
        return {Kind::HubRecord, std::move(table), std::move(id), 0};
    }
    static SyncWhere whole(QString name) { return {Kind::Whole, std::move(name), {}, 0}; }
    QString text() const;

private:
    enum class Kind { FileLine, HubRecord, Whole };
    SyncWhere(Kind kind, QString name, QString id, qint64 line)
        : m_kind(kind)
        , m_name(std::move(name))
        , m_id(std::move(id))
        , m_line(line) {}
    Kind m_kind;
    QString m_name;
    QString m_id;
    qint64 m_line;
};

class SyncIntake : private SyncMerger::ClientWatcher {
public:
    SyncIntake(Store& store, const SyncSettings& settings);
    ~SyncIntake() override;
    Q_DISABLE_COPY_MOVE(SyncIntake)

    // Pass 1, for each version of the batch, parents before children. `where` names the version in an error
    // (a file and line of a package, or a table and record id of the hub).
    template <class T>
    Status check(const T& record, const SyncKnowledge& knowledge, const SyncWhere& where);
    // After the last record of a table in pass 1: the same record twice in it is refused. `file` names it.
    Status finishTable(const QString& file);
    // After the last check: the rules over the whole batch. `confirm` is asked when the batch would delete or
    // empty more clients than SyncSettings allows; without it, `allowedDeletions` is how many the user
    // agreed to beforehand (koers-cli --allow-deletions N).
    Status finishChecks(qint64 allowedDeletions, const std::function<bool(const SyncClientEffects&)>& confirm = {});

    const SyncImportCounts& assessed() const { return m_assessedTotal; }
    const SyncClientEffects& effects() const { return m_effects; }
    // The latest stamp of the batch, for the local clock (never one beyond the allowed skew: those refuse).
    const Hlc& latestStamp() const { return m_latest; }

    // Pass 2, in the caller's transaction and BulkScope: the same versions in the same order, nothing written
    // to the file in between (pass 1's findings are used again).
    template <class T>
    Status merge(const T& record, const SyncKnowledge& knowledge);
    // After the last merge: this file's own records of clients whose anonymisation arrived are scrubbed too.
    // Returns whether any was, so the caller vacuums the file after the commit (RetentionService::scrubFile).
    Result<bool> finishMerge();
    SyncImportCounts total() const { return m_writer.total(); }
    QMap<QString, SyncImportCounts> perTable() const { return m_writer.perTable(); }

    // A stamp of the batch that belongs to no record (a package's own stamp): the same bound.
    Status checkStamp(const Hlc& stamp, const SyncWhere& where) const;

private:
    void onClient(const Client& incoming, const Client* local, bool incomingWins) override;

    Store& m_store;
    SyncSettings m_settings;
    SyncMerger m_assessor;
    SyncMerger m_writer;
    qint64 m_nowMs = 0;
    Hlc m_latest;
    SyncImportCounts m_assessedTotal;
    SyncClientEffects m_effects;
    std::vector<quint64> m_seen;           // the ids of the table being checked, hashed
    std::vector<SyncMerger::Plan> m_plans; // what pass 1 found per record, in order
    std::size_t m_next = 0;                // the next record of pass 2
    // BSN bookkeeping of the winning client versions: final BSN by id, and the versions that claim a BSN.
    QHash<QString, QString> m_finalBsn;
    struct Claim {
        QString id;
        QString bsn;
        SyncWhere where;
    };
    std::vector<Claim> m_claims;
    SyncWhere m_currentWhere = SyncWhere::whole({});
};

} // namespace koers
