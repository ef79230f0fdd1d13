#include "ChangeFeed.h"

#include "storage/Statement.h"
#include "storage/Store.h"

#include <QMetaObject>
#include <QTimer>

#include <sqlite3.h>

namespace koers {

namespace {

// Bookkeeping the views never show: the audit log is appended to by every write, meta holds the clock.
bool ignored(QByteArrayView table) {
    return table == "audit_log" || table == "meta";
}

// Tables whose rows belong to one client, and the column that says which.
const char* clientColumn(const QString& table) {
    static const QSet<QString> perClient{QStringLiteral("intake"),       QStringLiteral("intake_section"),
                                         QStringLiteral("plan_version"), QStringLiteral("plan_goal"),
                                         QStringLiteral("milestone"),    QStringLiteral("contact"),
                                         QStringLiteral("involvement")};
    if (table == QLatin1String("client"))
        return "id";
    return perClient.contains(table) ? "client_id" : nullptr;
}

} // namespace

bool StoreChange::touchesAny(std::initializer_list<const char*> names) const {
    for (const char* name : names)
        if (tables.contains(QLatin1String(name)))
            return true;
    return false;
}

ChangeFeed::ChangeFeed(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store) {
    qRegisterMetaType<StoreChange>();
    sqlite3* db = m_store.db().handle();
    sqlite3_update_hook(db, &ChangeFeed::onUpdate, this);
    sqlite3_commit_hook(db, &ChangeFeed::onCommit, this);
    sqlite3_rollback_hook(db, &ChangeFeed::onRollback, this);
}

ChangeFeed::~ChangeFeed() {
    sqlite3* db = m_store.db().handle();
    sqlite3_update_hook(db, nullptr, nullptr);
    sqlite3_commit_hook(db, nullptr, nullptr);
    sqlite3_rollback_hook(db, nullptr, nullptr);
}

void ChangeFeed::onUpdate(void* self, int, const char*, const char* table, long long rowid) {
    if (ignored(QByteArrayView(table)))
        return;
    auto* feed = static_cast<ChangeFeed*>(self);
    QMutexLocker lock(&feed->m_mutex);
    Rows& rows = feed->m_open[QByteArray(table)];
    if (rows.overflow)
        return;
    if (static_cast<int>(rows.rowids.size()) >= kMaxRowsNamed) {
        rows.overflow = true;
        rows.rowids.clear();
        return;
    }
    rows.rowids.push_back(rowid);
}

int ChangeFeed::onCommit(void* self) {
    auto* feed = static_cast<ChangeFeed*>(self);
    QMutexLocker lock(&feed->m_mutex);
    if (feed->m_open.isEmpty())
        return 0;
    for (auto it = feed->m_open.begin(); it != feed->m_open.end(); ++it) {
        Rows& into = feed->m_committed[it.key()];
        into.overflow = into.overflow || it->overflow ||
                        into.rowids.size() + it->rowids.size() > static_cast<size_t>(kMaxRowsNamed);
        if (into.overflow)
            into.rowids.clear();
        else
            into.rowids.insert(into.rowids.end(), it->rowids.begin(), it->rowids.end());
    }
    feed->m_open.clear();
    if (!feed->m_flushQueued) {
        feed->m_flushQueued = true;
        // Inside the commit the connection may not be used: the announcement reads the client ids afterwards.
        QMetaObject::invokeMethod(feed, &ChangeFeed::flush, Qt::QueuedConnection);
    }
    return 0; // 0: let the commit go ahead
}

void ChangeFeed::onRollback(void* self) {
    auto* feed = static_cast<ChangeFeed*>(self);
    QMutexLocker lock(&feed->m_mutex);
    feed->m_open.clear();
}

void ChangeFeed::resolveClients(const QString& table, const Rows& rows, StoreChange& change) {
    const char* column = clientColumn(table);
    if (!column || rows.rowids.empty())
        return;
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(rows.rowids.size()));
    for (const qint64 rowid : rows.rowids)
        ids << QString::number(rowid); // integers from SQLite itself, so safe to write into the statement
    auto st = m_store.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid IN (%3)")
                                       .arg(QLatin1String(column), table, ids.join(QLatin1Char(','))));
    if (!st.ok()) {
        change.allClients = true; // when in doubt, every view refreshes
        return;
    }
    const Status read = st->each([&change](const Statement& row) { change.clientIds.insert(row.text(0)); });
    if (!read.ok())
        change.allClients = true;
}

void ChangeFeed::flush() {
    if (m_store.inUseByWorker()) {
        // A worker holds the connection (a sync, an import): announce once it has let go. What it committed so far
        // stays collected.
        QTimer::singleShot(kWorkerRetryMs, this, &ChangeFeed::flush);
        return;
    }
    QHash<QByteArray, Rows> committed;
    {
        QMutexLocker lock(&m_mutex);
        m_flushQueued = false;
        committed.swap(m_committed);
    }
    if (committed.isEmpty())
        return;
    StoreChange change;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        const QString table = QString::fromLatin1(it.key());
        change.tables.insert(table);
        if (it->overflow || table == QLatin1String("setting"))
            change.allClients = true;
        else
            resolveClients(table, it.value(), change);
    }
    Q_EMIT changed(change);
}

} // namespace koers
