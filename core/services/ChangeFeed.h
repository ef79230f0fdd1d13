// ChangeFeed: the core says what changed (as KMyMoney's objectModified). It listens to the open file's own
// connection (SQLite's update, commit and rollback hooks), so every write is seen, whichever service, import,
// sync merge or retention run made it, and announces after each commit which clients and tables it touched. The
// window's views refresh what changed instead of reloading everything after every edit. It says what may have
// changed: a write taken back to a savepoint inside a transaction that then commits is still named (SQLite does not
// report it), which costs a view one needless reload and nothing else.
#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <vector>

namespace koers {

class Store;

// What committed writes touched.
struct StoreChange {
    QSet<QString> tables;
    QSet<QString> clientIds;
    // Every client may have changed: more rows than are worth naming (an import), or a rule setting moved dates.
    bool allClients = false;

    bool isEmpty() const { return tables.isEmpty(); }
    bool touches(const QString& table) const { return tables.contains(table); }
    bool touchesAny(std::initializer_list<const char*> names) const;
    bool touchesClient(const QString& clientId) const { return allClients || clientIds.contains(clientId); }
};

class ChangeFeed final : public QObject {
    Q_OBJECT
public:
    // Rows per table named by client; beyond it the change counts as allClients.
    static constexpr int kMaxRowsNamed = 2000;
    // How often the feed looks again whether a worker has let go of the connection.
    static constexpr int kWorkerRetryMs = 50;

    // The store must outlive the feed; one feed per store.
    explicit ChangeFeed(Store& store, QObject* parent = nullptr);
    ~ChangeFeed() override;
    Q_DISABLE_COPY_MOVE(ChangeFeed)

    // Announces now what the transactions committed since the last announcement changed. An undo command calls it,
    // so the views are current when it returns; any other commit is announced from the event loop right after.
    void flush();

Q_SIGNALS:
    void changed(const koers::StoreChange& change);

private:
    struct Rows {
        std::vector<qint64> rowids;
        bool overflow = false;
    };
    static void onUpdate(void* self, int operation, const char* database, const char* table, long long rowid);
    static int onCommit(void* self);
    static void onRollback(void* self);
    // The client ids of the rows of a table that has them.
    void resolveClients(const QString& table, const Rows& rows, StoreChange& change);

    Store& m_store;
    QMutex m_mutex;                      // the hooks run on the connection's thread, flush on the feed's
    QHash<QByteArray, Rows> m_open;      // written in the transaction still open
    QHash<QByteArray, Rows> m_committed; // committed, not yet announced
    bool m_flushQueued = false;
};

} // namespace koers

Q_DECLARE_METATYPE(koers::StoreChange)
