// The open Koers file as the rest of the program sees it: the database plus this device's identity,
// its hybrid logical clock, the clock seam, the audit log and a cache of prepared statements.
// Typed access to records goes through Repository<T>.
#pragma once

#include "Database.h"
#include "util/Clock.h"
#include "util/Hlc.h"
#include "util/TimeOrderedUuid.h"

#include <QHash>

#include <atomic>
#include <functional>
#include <memory>

namespace koers {

class Store {
public:
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // `actor` names who works (for the audit log); the clock must outlive the store.
    static Result<std::unique_ptr<Store>> create(const QString& path, QByteArrayView passphrase, const Clock& clock,
                                                 QString actor);
    static Result<std::unique_ptr<Store>> open(const QString& path, QByteArrayView passphrase, const Clock& clock,
                                               QString actor);

    Database& db() { return *m_db; }
    const Database& db() const { return *m_db; }
    const Clock& clock() const { return m_clock; }
    const QString& deviceId() const { return m_hlc.device(); }
    const QString& actor() const { return m_actor; }
    // The name the user gave themselves for this file (DeviceNames::setOwn), instead of the login name.
    void setActor(QString actor) { m_actor = std::move(actor); }

    // A stamp for a change made now on this device.
    Hlc stamp();
    // Remember a stamp received from a peer (sync).
    void observe(const Hlc& remote) {
        m_hlc.observe(remote);
        m_clockDirty = true;
    }
    // The latest stamp issued or observed.
    const Hlc& lastStamp() const { return m_hlc.last(); }
    // A time-ordered UUID (version 7), see TimeOrderedUuid for why.
    QString newId();
    // Tests and the demo generator use seeded ids.
    void setIdGenerator(std::function<QString()> generator) { m_idGenerator = std::move(generator); }

    // A prepared statement kept for the life of the store (reset before it is handed out).
    Result<Statement*> cached(const QString& sql);

    // Appends to the audit log. `detail` names fields or counts, never personal values.
    Status audit(QStringView action, QStringView table = {}, QStringView recordId = {}, QStringView clientId = {},
                 QStringView detail = {});
    // While a bulk scope is open, single-record writes are not audited one by one: the scope's owner
    // writes one summary entry (imports, demo data, sync).
    void setBulk(bool bulk) { m_bulk = bulk; }
    bool bulk() const { return m_bulk; }

    // Persists the clock so stamps keep rising across sessions; called at the end of each write.
    Status saveClock();

    Result<QString> metaValue(QStringView key);
    Status setMetaValue(QStringView key, QStringView value);

    // The connection belongs to one thread at a time (it is opened without SQLite's own mutex). While a long
    // operation runs on a worker (WorkerScope), the thread that opened the store leaves it alone: the change feed
    // waits with its announcements, the window does not read. Only the worker may open a scope.
    bool inUseByWorker() const { return m_workers.load(std::memory_order_acquire) > 0; }
    class WorkerScope {
    public:
        explicit WorkerScope(Store& store)
            : m_store(store) {
            m_store.m_workers.fetch_add(1, std::memory_order_acq_rel);
        }
        ~WorkerScope() { m_store.m_workers.fetch_sub(1, std::memory_order_acq_rel); }
        Q_DISABLE_COPY_MOVE(WorkerScope)

    private:
        Store& m_store;
    };

private:
    Store(std::unique_ptr<Database> db, const Clock& clock, QString device, QString actor);
    static Result<std::unique_ptr<Store>> attach(std::unique_ptr<Database> db, const Clock& clock, QString actor);
    // Compares where the file is now with where it was last opened; a copy takes a fresh device id.
    Status checkIdentity();

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    HlcClock m_hlc;
    QString m_actor;
    TimeOrderedUuid m_uuids;
    std::function<QString()> m_idGenerator;
    QHash<QString, Statement*> m_statements;
    std::vector<std::unique_ptr<Statement>> m_statementStore;
    bool m_bulk = false;
    bool m_clockDirty = false;
    std::atomic<int> m_workers{0};
};

// Opens a bulk scope on a store and always closes it.
class BulkScope {
public:
    explicit BulkScope(Store& store)
        : m_store(store) {
        m_store.setBulk(true);
    }
    ~BulkScope() { m_store.setBulk(false); }
    Q_DISABLE_COPY_MOVE(BulkScope)

private:
    Store& m_store;
};

} // namespace koers
