#include "SyncMerger.h"

#include "SyncLoss.h"
#include "SyncTables.h"
#include "rules/Anonymisation.h"
#include "storage/Store.h"

#include <QCoreApplication>

#include <optional>
#include <tuple>

namespace koers {

namespace {

QString insertSql(const char* table, const QStringList& cols) {
    QStringList params;
    for (qsizetype i = 1; i <= cols.size(); ++i)
        params << QStringLiteral("?%1").arg(i);
    return QStringLiteral("INSERT OR ROLLBACK INTO %1 (%2) VALUES (%3)")
        .arg(QLatin1String(table), cols.join(QLatin1String(", ")), params.join(QLatin1String(", ")));
}

QString updateSql(const char* table, const QStringList& cols) {
    QStringList sets;
    for (qsizetype i = 1; i < cols.size(); ++i)
        sets << QStringLiteral("%1 = ?%2").arg(cols[i]).arg(i + 1);
    return QStringLiteral("UPDATE OR ROLLBACK %1 SET %2 WHERE id = ?1")
        .arg(QLatin1String(table), sets.join(QLatin1String(", ")));
}

// The local stamp of this import, for sync_state.received: taken only when a record actually changes, so
// importing a package again does not even move the clock.
class ReceivedStamp {
public:
    explicit ReceivedStamp(Store& store)
        : m_store(store) {}
    const QString& text() {
        if (m_text.isNull())
            m_text = m_store.stamp().toString();
        return m_text;
    }

private:
    Store& m_store;
    QString m_text;
};

// Merges one table; statements are prepared once per table.
template <class T>
class TableMerge {
public:
    TableMerge(Store& store, SyncMerger& merger, SyncMerger::Mode mode, SyncMerger::ClientWatcher* watcher,
               ReceivedStamp& received)
        : m_store(store)
        , m_merger(merger)
        , m_write(mode == SyncMerger::Mode::Write)
        , m_watcher(watcher)
        , m_received(received)
        , m_table(QString::fromLatin1(T::table)) {}

    Status prepare() {
        auto lookup = m_store.db().prepare(sync::selectWithKnowledge<T>() + QStringLiteral(" WHERE t.id = ?1"));
        if (!lookup.ok())
            return lookup.error();
        m_lookup = std::move(lookup.value());
        if (!m_write)
            return {};
        auto insert = m_store.db().prepare(insertSql(T::table, codec::allColumns<T>()));
        auto update = m_store.db().prepare(updateSql(T::table, codec::allColumns<T>()));
        // Each record's knowledge is an update or an insert, never INSERT OR REPLACE: a statement that may
        // abort after changing a page makes SQLite copy every page it touches into a statement journal, and
        // SQLCipher encrypts each copy (half of a large import's time). A failing write here ends the whole
        // import anyway (OR ROLLBACK), so no statement needs undoing on its own.
        auto state = m_store.db().prepare(
            u"INSERT OR IGNORE INTO sync_state (table_name, record_id, knowledge, received) VALUES (?1, ?2, ?3, ?4)");
        auto stateUpdate = m_store.db().prepare(u"UPDATE OR ROLLBACK sync_state SET knowledge = ?3, received = ?4 "
                                                u"WHERE table_name = ?1 AND record_id = ?2");
        auto conflict = m_store.db().prepare(
            u"INSERT OR IGNORE INTO sync_conflict (id, table_name, record_id, loser_stamp, winner_stamp, loser_row, "
            u"detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        for (auto* r : {&insert, &update, &state, &stateUpdate, &conflict})
            if (!r->ok())
                return r->error();
        m_insert = std::move(insert.value());
        m_update = std::move(update.value());
        m_state = std::move(state.value());
        m_stateUpdate = std::move(stateUpdate.value());
        m_conflict = std::move(conflict.value());
        return {};
    }

    Status merge(const T& arrived, const SyncKnowledge& incomingKnowledge, SyncMerger::Plan plan,
                 SyncMerger::Plan& decided) {
        decided = SyncMerger::Plan::Full;
        // The first pass found nothing to do here: the same version, nothing to learn.
        if (plan == SyncMerger::Plan::Skip) {
            ++m_counts.unchanged;
            decided = plan;
            return {};
        }
        T incoming = arrived;
        // Anonymisation wins: an anonymised client's records are scrubbed before anything is compared or
        // written, and no version of them is ever kept as a conflict.
        bool incomingAnonymised = false;
        bool ofAnonymised = false;
        if constexpr (std::is_same_v<T, Client>) {
            incomingAnonymised = anonymisation::isAnonymised(incoming);
            if (incomingAnonymised)
                anonymisation::apply(incoming);
        } else if constexpr (requires { incoming.clientId; }) {
            ofAnonymised = m_merger.belongsToAnonymised(incoming.clientId);
            if (ofAnonymised)
                anonymisation::apply(incoming);
        }
        SyncKnowledge theirs = incomingKnowledge;
        theirs.add(incoming.meta.updatedAt);

        // The first pass found no such record here: no lookup again.
        Result<bool> found = false;
        if (plan != SyncMerger::Plan::Insert) {
            m_lookup.reset();
            m_lookup.bind(1, incoming.meta.id);
            found = m_lookup.step();
            if (!found.ok())
                return found.error();
        }
        if (!found.value()) {
            m_lookup.reset();
            decided = SyncMerger::Plan::Insert;
            watch(incoming, nullptr, true, incomingAnonymised, false);
            if (m_write) {
                KOERS_TRY(write(m_insert, incoming));
                KOERS_TRY(saveState(incoming.meta.id, theirs, true));
            }
            ++m_counts.added;
            return {};
        }
        T local;
        codec::readRecord(m_lookup, local);
        const int knowledgeColumn = static_cast<int>(codec::allColumns<T>().size());
        SyncKnowledge ours =
            SyncKnowledge::parse(m_lookup.isNull(knowledgeColumn) ? QString() : m_lookup.text(knowledgeColumn))
                .value_or(SyncKnowledge());
        m_lookup.reset();
        ours.add(local.meta.updatedAt);

        bool localAnonymised = false;
        if constexpr (std::is_same_v<T, Client>)
            localAnonymised = anonymisation::isAnonymised(local);
        const sync::Verdict verdict =
            sync::anonymisationWins(sync::decide(local.meta.updatedAt, ours, incoming.meta.updatedAt, theirs),
                                    localAnonymised, incomingAnonymised, ofAnonymised);
        const bool incomingWins =
            verdict == sync::Verdict::TakeIncoming || verdict == sync::Verdict::TakeIncomingLocalLost;
        watch(incoming, &local, incomingWins, incomingAnonymised, localAnonymised);
        switch (verdict) {
        case sync::Verdict::TakeIncoming:
        case sync::Verdict::TakeIncomingLocalLost:
            if (m_write)
                KOERS_TRY(write(m_update, incoming));
            ++m_counts.updated;
            if (verdict == sync::Verdict::TakeIncomingLocalLost)
                KOERS_TRY(recordLoss(local, incoming.meta.updatedAt));
            break;
        case sync::Verdict::KeepLocalIncomingLost:
            KOERS_TRY(recordLoss(incoming, local.meta.updatedAt));
            break;
        case sync::Verdict::KeepLocal:
            ++m_counts.unchanged;
            break;
        }
        if (ours.merge(theirs)) {
            ++m_counts.learnt;
            if (m_write)
                KOERS_TRY(saveState(incoming.meta.id, ours, false));
        } else if (verdict == sync::Verdict::KeepLocal) {
            decided = SyncMerger::Plan::Skip;
        }
        return {};
    }

    const SyncImportCounts& counts() const { return m_counts; }
    const QString& table() const { return m_table; }

private:
    void watch(const T& incoming, const T* local, bool incomingWins, bool incomingAnonymised, bool localAnonymised) {
        if constexpr (std::is_same_v<T, Client>) {
            if (incomingAnonymised)
                m_merger.noteAnonymised(incoming.meta.id, local && !localAnonymised);
            if (m_watcher)
                m_watcher->onClient(incoming, local, incomingWins);
        } else {
            Q_UNUSED(incoming);
            Q_UNUSED(local);
            Q_UNUSED(incomingWins);
            Q_UNUSED(incomingAnonymised);
            Q_UNUSED(localAnonymised);
        }
    }

    Status write(Statement& st, const T& record) {
        st.reset();
        codec::bindRecord(st, record);
        return st.exec();
    }

    // `fresh`: the record was just inserted, so its knowledge most likely has no row yet.
    Status saveState(const QString& id, const SyncKnowledge& knowledge, bool fresh) {
        const QString text = knowledge.toString();
        Statement* order[] = {&m_stateUpdate, &m_state};
        if (fresh)
            std::swap(order[0], order[1]);
        for (Statement* st : order) {
            st->reset();
            st->bind(1, m_table);
            st->bind(2, id);
            st->bind(3, text);
            st->bind(4, m_received.text());
            KOERS_TRY(st->exec());
            if (st->changes() > 0)
                return {};
        }
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Sync", "What this file knows of a record could not be stored."));
    }

    Status recordLoss(const T& loser, const Hlc& winner) {
        ++m_counts.conflicts;
        if (!m_write)
            return {};
        m_conflict.reset();
        m_conflict.bind(1, sync::conflictId(m_table, loser.meta.id, loser.meta.updatedAt));
        m_conflict.bind(2, m_table);
        m_conflict.bind(3, loser.meta.id);
        m_conflict.bind(4, loser.meta.updatedAt.toString());
        m_conflict.bind(5, winner.toString());
        m_conflict.bind(6, sync::conflictRow(sync::rowTexts(loser)));
        m_conflict.bind(7, m_store.clock().nowUtc().toString(Qt::ISODateWithMs));
        return m_conflict.exec();
    }

    Store& m_store;
    SyncMerger& m_merger;
    bool m_write;
    SyncMerger::ClientWatcher* m_watcher;
    ReceivedStamp& m_received;
    QString m_table;
    Statement m_lookup;
    Statement m_insert;
    Statement m_update;
    Statement m_state;
    Statement m_stateUpdate;
    Statement m_conflict;
    SyncImportCounts m_counts;
};

} // namespace

namespace sync {

Verdict decide(const Hlc& local, const SyncKnowledge& localKnew, const Hlc& incoming,
               const SyncKnowledge& incomingKnew) {
    // Concurrent: neither version was made knowing the other. Only then is the loser a conflict; an older
    // version that the newer one was made from is simply superseded.
    const bool concurrent = incoming != local && !localKnew.knows(incoming) && !incomingKnew.knows(local);
    if (local < incoming)
        return concurrent ? Verdict::TakeIncomingLocalLost : Verdict::TakeIncoming;
    if (incoming < local && concurrent)
        return Verdict::KeepLocalIncomingLost;
    return Verdict::KeepLocal;
}

Verdict anonymisationWins(Verdict verdict, bool localAnonymised, bool incomingAnonymised, bool ofAnonymisedClient) {
    if (localAnonymised && !incomingAnonymised)
        return Verdict::KeepLocal;
    if (incomingAnonymised && !localAnonymised)
        return Verdict::TakeIncoming;
    if (localAnonymised || ofAnonymisedClient) {
        if (verdict == Verdict::TakeIncomingLocalLost)
            return Verdict::TakeIncoming;
        if (verdict == Verdict::KeepLocalIncomingLost)
            return Verdict::KeepLocal;
    }
    return verdict;
}

} // namespace sync

struct SyncMerger::Tables {
    explicit Tables(Store& store)
        : received(store) {}
    ReceivedStamp received;
    std::tuple<std::optional<TableMerge<Municipality>>, std::optional<TableMerge<Coach>>,
               std::optional<TableMerge<Client>>, std::optional<TableMerge<Intake>>,
               std::optional<TableMerge<IntakeSection>>, std::optional<TableMerge<PlanVersion>>,
               std::optional<TableMerge<PlanGoal>>, std::optional<TableMerge<Milestone>>,
               std::optional<TableMerge<Contact>>, std::optional<TableMerge<Involvement>>>
        merges;
};

SyncMerger::SyncMerger(Store& store, Mode mode)
    : m_store(store)
    , m_mode(mode)
    , m_tables(std::make_unique<Tables>(store)) {
}

SyncMerger::~SyncMerger() = default;

template <class T>
Status SyncMerger::merge(const T& incoming, const SyncKnowledge& knowledge, Plan plan, Plan* decided) {
    auto& slot = std::get<std::optional<TableMerge<T>>>(m_tables->merges);
    if (!slot) {
        slot.emplace(m_store, *this, m_mode, m_watcher, m_tables->received);
        if (Status prepared = slot->prepare(); !prepared.ok()) {
            slot.reset();
            return prepared;
        }
    }
    Plan ignored = Plan::Full;
    return slot->merge(incoming, knowledge, plan, decided ? *decided : ignored);
}

Status SyncMerger::loadAnonymised() {
    m_anonymisedLoaded = true;
    auto st = m_store.db().prepare(u"SELECT id FROM client WHERE note = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, QString::fromLatin1(anonymisation::marker));
    return st->each([this](const Statement& row) { m_anonymised.insert(row.text(0)); });
}

bool SyncMerger::belongsToAnonymised(const QString& clientId) {
    if (!m_anonymisedLoaded)
        (void)loadAnonymised(); // a failed read shows again, and is reported, on the record's own lookup
    return m_anonymised.contains(clientId);
}

void SyncMerger::noteAnonymised(const QString& clientId, bool newHere) {
    if (!m_anonymisedLoaded)
        (void)loadAnonymised();
    m_anonymised.insert(clientId);
    if (newHere)
        m_newlyAnonymised.insert(clientId);
}

SyncImportCounts SyncMerger::total() const {
    SyncImportCounts sum;
    for (const SyncImportCounts& c : perTable())
        sum.add(c);
    return sum;
}

QMap<QString, SyncImportCounts> SyncMerger::perTable() const {
    QMap<QString, SyncImportCounts> out;
    std::apply(
        [&out](const auto&... slots) { ((slots ? (void)out.insert(slots->table(), slots->counts()) : (void)0), ...); },
        m_tables->merges);
    return out;
}

#define KOERS_MERGE_INSTANCE(T) template Status SyncMerger::merge<T>(const T&, const SyncKnowledge&, Plan, Plan*);
KOERS_MERGE_INSTANCE(Municipality)
KOERS_MERGE_INSTANCE(Coach)
KOERS_MERGE_INSTANCE(Client)
KOERS_MERGE_INSTANCE(Intake)
KOERS_MERGE_INSTANCE(IntakeSection)
KOERS_MERGE_INSTANCE(PlanVersion)
KOERS_MERGE_INSTANCE(PlanGoal)
KOERS_MERGE_INSTANCE(Milestone)
KOERS_MERGE_INSTANCE(Contact)
KOERS_MERGE_INSTANCE(Involvement)
#undef KOERS_MERGE_INSTANCE

} // namespace koers
