#include "SyncMerger.h"

#include "SyncDecision.h"
#include "SyncTables.h"
#include "storage/Store.h"

#include <optional>
#include <tuple>

namespace koers {

namespace {

QString insertSql(const char* table, const QStringList& cols) {
    QStringList params;
    for (qsizetype i = 1; i <= cols.size(); ++i)
        params << QStringLiteral("?%1").arg(i);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(QLatin1String(table), cols.join(QLatin1String(", ")), params.join(QLatin1String(", ")));
}

QString updateSql(const char* table, const QStringList& cols) {
    QStringList sets;
    for (qsizetype i = 1; i < cols.size(); ++i)
        sets << QStringLiteral("%1 = ?%2").arg(cols[i]).arg(i + 1);
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1").arg(QLatin1String(table), sets.join(QLatin1String(", ")));
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
    TableMerge(Store& store, ReceivedStamp& received)
        : m_store(store)
        , m_received(received)
        , m_table(QString::fromLatin1(T::table)) {}

    Status prepare() {
        auto lookup = m_store.db().prepare(sync::selectWithKnowledge<T>() + QStringLiteral(" WHERE t.id = ?1"));
        auto insert = m_store.db().prepare(insertSql(T::table, codec::allColumns<T>()));
        auto update = m_store.db().prepare(updateSql(T::table, codec::allColumns<T>()));
        auto state = m_store.db().prepare(
            u"INSERT OR REPLACE INTO sync_state (table_name, record_id, knowledge, received) VALUES (?1, ?2, ?3, ?4)");
        auto conflict = m_store.db().prepare(
            u"INSERT OR IGNORE INTO sync_conflict (id, table_name, record_id, loser_stamp, winner_stamp, loser_row, "
            u"detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        for (auto* r : {&lookup, &insert, &update, &state, &conflict})
            if (!r->ok())
                return r->error();
        m_lookup = std::move(lookup.value());
        m_insert = std::move(insert.value());
        m_update = std::move(update.value());
        m_state = std::move(state.value());
        m_conflict = std::move(conflict.value());
        return {};
    }

    Status merge(const T& incoming, const SyncKnowledge& incomingKnowledge) {
        const sync::Version theirs = sync::versionOf(incoming, incomingKnowledge);
        m_lookup.reset();
        m_lookup.bind(1, incoming.meta.id);
        auto found = m_lookup.step();
        if (!found.ok())
            return found.error();
        if (!found.value()) {
            const sync::Decision d = sync::decide(nullptr, theirs);
            KOERS_TRY(write(m_insert, incoming));
            KOERS_TRY(saveState(incoming.meta.id, d.knowledge));
            ++m_counts.added;
            return {};
        }
        T local;
        codec::readRecord(m_lookup, local);
        const int knowledgeColumn = static_cast<int>(codec::allColumns<T>().size());
        const sync::Version ours = sync::versionOf(
            local, SyncKnowledge::parse(m_lookup.isNull(knowledgeColumn) ? QString() : m_lookup.text(knowledgeColumn))
                       .value_or(SyncKnowledge()));
        m_lookup.reset();

        const sync::Decision d = sync::decide(&ours, theirs);
        if (d.kind == sync::Decision::Replace) {
            KOERS_TRY(write(m_update, incoming));
            ++m_counts.updated;
            if (d.conflict)
                KOERS_TRY(recordLoss(local, incoming.meta.updatedAt));
        } else if (d.conflict) {
            KOERS_TRY(recordLoss(incoming, local.meta.updatedAt));
        } else {
            ++m_counts.unchanged;
        }
        if (d.knowledgeGrew)
            KOERS_TRY(saveState(incoming.meta.id, d.knowledge));
        return {};
    }

    const SyncImportCounts& counts() const { return m_counts; }
    const QString& table() const { return m_table; }

private:
    Status write(Statement& st, const T& record) {
        st.reset();
        codec::bindRecord(st, record);
        return st.exec();
    }

    Status saveState(const QString& id, const SyncKnowledge& knowledge) {
        m_state.reset();
        m_state.bind(1, m_table);
        m_state.bind(2, id);
        m_state.bind(3, knowledge.toString());
        m_state.bind(4, m_received.text());
        return m_state.exec();
    }

    Status recordLoss(const T& loser, const Hlc& winner) {
        m_conflict.reset();
        m_conflict.bind(1, sync::conflictId(m_table, loser.meta.id, loser.meta.updatedAt));
        m_conflict.bind(2, m_table);
        m_conflict.bind(3, loser.meta.id);
        m_conflict.bind(4, loser.meta.updatedAt.toString());
        m_conflict.bind(5, winner.toString());
        m_conflict.bind(6, sync::conflictRow(sync::rowTexts(loser)));
        m_conflict.bind(7, m_store.clock().nowUtc().toString(Qt::ISODateWithMs));
        KOERS_TRY(m_conflict.exec());
        ++m_counts.conflicts;
        return {};
    }

    Store& m_store;
    ReceivedStamp& m_received;
    QString m_table;
    Statement m_lookup;
    Statement m_insert;
    Statement m_update;
    Statement m_state;
    Statement m_conflict;
    SyncImportCounts m_counts;
};

} // namespace

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

SyncMerger::SyncMerger(Store& store)
    : m_store(store)
    , m_tables(std::make_unique<Tables>(store)) {
}

SyncMerger::~SyncMerger() = default;

template <class T>
Status SyncMerger::merge(const T& incoming, const SyncKnowledge& knowledge) {
    auto& slot = std::get<std::optional<TableMerge<T>>>(m_tables->merges);
    if (!slot) {
        slot.emplace(m_store, m_tables->received);
        if (Status prepared = slot->prepare(); !prepared.ok()) {
            slot.reset();
            return prepared;
        }
    }
    return slot->merge(incoming, knowledge);
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

#define KOERS_MERGE_INSTANCE(T) template Status SyncMerger::merge<T>(const T&, const SyncKnowledge&);
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
