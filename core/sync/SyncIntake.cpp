#include "SyncIntake.h"

#include "SyncTables.h"
#include "rules/Anonymisation.h"
#include "rules/ClientValidator.h"
#include "rules/FieldLimits.h"
#include "services/RetentionService.h"
#include "storage/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace koers {

namespace {

// Ids and device names are short machine words; anything else was not made by Koers.
bool isToken(QStringView text) {
    if (text.isEmpty() || text.size() > FieldLimits::idLength)
        return false;
    for (QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    return true;
}

Error invalidAt(const SyncWhere& where, const QString& reason) {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Sync", "The sync data is refused: %1 has an "
                                                         "invalid record (%2). Nothing was changed.")
                         .arg(where.text(), reason));
}

} // namespace

QString SyncWhere::text() const {
    switch (m_kind) {
    case Kind::FileLine:
        return QCoreApplication::translate("Sync", "%1, line %2").arg(m_name).arg(m_line);
    case Kind::HubRecord:
        return QCoreApplication::translate("Hub", "hub table %1, record %2").arg(m_name, m_id);
    case Kind::Whole:
        break;
    }
    return m_name;
}

SyncIntake::SyncIntake(Store& store, const SyncSettings& settings)
    : m_store(store)
    , m_settings(settings)
    , m_assessor(store, SyncMerger::Mode::Assess)
    , m_writer(store, SyncMerger::Mode::Write)
    , m_nowMs(store.clock().nowUtc().toMSecsSinceEpoch()) {
    m_assessor.setClientWatcher(this);
}

SyncIntake::~SyncIntake() = default;

Status SyncIntake::checkStamp(const Hlc& stamp, const SyncWhere& where) const {
    if (!isToken(stamp.device))
        return invalidAt(where, QCoreApplication::translate("Sync", "the device in a stamp is not valid"));
    const qint64 allowedMs = qint64(m_settings.maxClockSkewHours) * 3600 * 1000;
    if (stamp.ms - m_nowMs <= allowedMs)
        return {};
    const qint64 aheadHours = (stamp.ms - m_nowMs) / (3600 * 1000);
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Sync", "The sync data is refused: device %1 stamped changes %2 hours "
                                                         "ahead of this computer's clock, and at most %3 hours are "
                                                         "allowed. Check the date and time on both computers. Nothing "
                                                         "was changed.")
                         .arg(stamp.device)
                         .arg(aheadHours)
                         .arg(m_settings.maxClockSkewHours));
}

template <class T>
Status SyncIntake::check(const T& record, const SyncKnowledge& knowledge, const SyncWhere& where) {
    if (!isToken(record.meta.id))
        return invalidAt(where, QCoreApplication::translate("Sync", "the id is not valid"));
    m_seen.push_back(qHash(record.meta.id, 0x6b6f657273)); // duplicates are looked for at the table's end
    KOERS_TRY(checkStamp(record.meta.updatedAt, where));
    for (const Hlc& known : knowledge.stamps())
        KOERS_TRY(checkStamp(known, where));
    if (m_latest < record.meta.updatedAt)
        m_latest = record.meta.updatedAt;

    if constexpr (std::is_same_v<T, Client>) {
        // An anonymised stub has no name by design; its values are scrubbed on arrival anyway.
        if (!anonymisation::isAnonymised(record)) {
            const auto issues = ClientValidator::validate(record, m_store.clock().today());
            if (!issues.empty())
                return invalidAt(where, issues.front().message);
        }
    }
    if (auto bound = FieldLimits::check(record))
        return invalidAt(where, bound->message);
    m_currentWhere = where;
    SyncMerger::Plan plan = SyncMerger::Plan::Full;
    KOERS_TRY(m_assessor.merge(record, knowledge, SyncMerger::Plan::Full, &plan));
    m_plans.push_back(plan);
    return {};
}

Status SyncIntake::finishTable(const QString& file) {
    // Sorted hashes: eight bytes a record instead of a set of strings (millions of records at 100,000 clients).
    std::sort(m_seen.begin(), m_seen.end());
    const bool twice = std::adjacent_find(m_seen.begin(), m_seen.end()) != m_seen.end();
    m_seen.clear();
    m_seen.shrink_to_fit();
    if (twice)
        return invalidAt(SyncWhere::whole(file), QCoreApplication::translate("Sync", "the same record appears twice"));
    return {};
}

void SyncIntake::onClient(const Client& incoming, const Client* local, bool incomingWins) {
    if (!incomingWins)
        return;
    const QString finalBsn = incoming.meta.deleted ? QString() : incoming.bsn;
    m_finalBsn.insert(incoming.meta.id, finalBsn);
    // A claim is a BSN this client does not hold here yet; a BSN it already has may stay (an older duplicate
    // is a matter for the coaches, not a reason to stop every package).
    const bool heldAlready = local && !local->meta.deleted && local->bsn == finalBsn;
    if (!finalBsn.isEmpty() && !heldAlready)
        m_claims.push_back({incoming.meta.id, finalBsn, m_currentWhere});
    if (!local || local->meta.deleted || anonymisation::isAnonymised(*local))
        return;
    if (incoming.meta.deleted)
        ++m_effects.deleted;
    else if (anonymisation::isAnonymised(incoming))
        ++m_effects.anonymised;
    else if ((!local->bsn.isEmpty() && incoming.bsn.isEmpty()) ||
             ((!local->firstNames.isEmpty() || !local->lastName.isEmpty()) && incoming.firstNames.isEmpty() &&
              incoming.lastName.isEmpty()))
        ++m_effects.emptied;
}

Status SyncIntake::finishChecks(qint64 allowedDeletions, const std::function<bool(const SyncClientEffects&)>& confirm) {
    m_assessedTotal = m_assessor.total();

    // No BSN may end up with two live clients because of this batch.
    QHash<QString, QString> claimed; // bsn -> id
    auto holders = m_store.db().prepare(u"SELECT id FROM client WHERE bsn = ?1 AND deleted = 0");
    if (!holders.ok())
        return holders.error();
    const QString duplicate = QCoreApplication::translate("Sync", "its BSN belongs to another client");
    for (const Claim& c : m_claims) {
        const auto other = claimed.constFind(c.bsn);
        if (other != claimed.constEnd() && other.value() != c.id)
            return invalidAt(c.where, duplicate);
        claimed.insert(c.bsn, c.id);
        holders->reset();
        holders->bind(1, c.bsn);
        bool taken = false;
        KOERS_TRY(holders->each([&](const Statement& row) {
            const QString id = row.text(0);
            if (id == c.id)
                return;
            const auto final = m_finalBsn.constFind(id);
            if (final == m_finalBsn.constEnd() || final.value() == c.bsn)
                taken = true;
        }));
        if (taken)
            return invalidAt(c.where, duplicate);
    }

    auto live = m_store.db().queryInt(u"SELECT count(*) FROM client WHERE deleted = 0");
    if (!live.ok())
        return live.error();
    m_effects.liveClients = live.value();
    const qint64 affected = m_effects.affected();
    if (!m_settings.needsConfirmation(affected, m_effects.liveClients) || affected <= allowedDeletions)
        return {};
    if (confirm && confirm(m_effects))
        return {};
    return makeError(ErrorCode::NeedsConfirmation,
                     QCoreApplication::translate("Sync", "This would delete %1, empty the name or BSN of %2 and "
                                                         "anonymise %3 of the %4 clients in this file. Nothing was "
                                                         "changed. If that is intended, confirm it (koers-cli: "
                                                         "--allow-deletions %5); a backup of the file is made first.")
                         .arg(m_effects.deleted)
                         .arg(m_effects.emptied)
                         .arg(m_effects.anonymised)
                         .arg(m_effects.liveClients)
                         .arg(affected));
}

template <class T>
Status SyncIntake::merge(const T& record, const SyncKnowledge& knowledge) {
    const SyncMerger::Plan plan = m_next < m_plans.size() ? m_plans[m_next] : SyncMerger::Plan::Full;
    ++m_next;
    return m_writer.merge(record, knowledge, plan);
}

Result<bool> SyncIntake::finishMerge() {
    if (m_writer.newlyAnonymised().isEmpty())
        return false;
    RetentionService retention(m_store);
    for (const QString& id : m_writer.newlyAnonymised())
        KOERS_TRY(retention.anonymiseOne(id));
    return true;
}

#define KOERS_INTAKE_INSTANCE(T)                                                                                       \
    template Status SyncIntake::check<T>(const T&, const SyncKnowledge&, const SyncWhere&);                            \
    template Status SyncIntake::merge<T>(const T&, const SyncKnowledge&);
KOERS_INTAKE_INSTANCE(Municipality)
KOERS_INTAKE_INSTANCE(Coach)
KOERS_INTAKE_INSTANCE(Client)
KOERS_INTAKE_INSTANCE(Intake)
KOERS_INTAKE_INSTANCE(IntakeSection)
KOERS_INTAKE_INSTANCE(PlanVersion)
KOERS_INTAKE_INSTANCE(PlanGoal)
KOERS_INTAKE_INSTANCE(Milestone)
KOERS_INTAKE_INSTANCE(Contact)
KOERS_INTAKE_INSTANCE(Involvement)
#undef KOERS_INTAKE_INSTANCE

} // namespace koers
