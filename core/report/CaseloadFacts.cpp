#include "CaseloadFacts.h"

#include "queries/MilestoneDigest.h"
#include "rules/DueDates.h"
#include "rules/FirstPip.h"
#include "rules/MilestonePlanner.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"
#include "util/TimeText.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <utility>

namespace koers {

namespace {

bool isCompletionPart(MilestoneKind kind) {
    switch (kind) {
    case MilestoneKind::ExamReading:
    case MilestoneKind::ExamListening:
    case MilestoneKind::ExamWriting:
    case MilestoneKind::ExamSpeaking:
    case MilestoneKind::ExamKnm:
    case MilestoneKind::MapDone:
    case MilestoneKind::PvtSigned:
    case MilestoneKind::BridgingYearDone:
    case MilestoneKind::ZCourseHoursDone:
    case MilestoneKind::ZParticipationHoursDone:
        return true;
    default:
        return false;
    }
}

bool isExam(MilestoneKind kind) {
    return kind == MilestoneKind::ExamReading || kind == MilestoneKind::ExamListening ||
           kind == MilestoneKind::ExamWriting || kind == MilestoneKind::ExamSpeaking || kind == MilestoneKind::ExamKnm;
}

// Deadlines are dates, not work: nobody can be late with them.
bool isDeadline(MilestoneKind kind) {
    return kind == MilestoneKind::RouteSwitchDeadline || kind == MilestoneKind::TermEnd ||
           kind == MilestoneKind::OntzorgenEnded;
}

qint32 intern(QStringList& list, QHash<QString, qint32>& index, const QString& id) {
    if (id.isEmpty())
        return -1;
    if (const auto it = index.constFind(id); it != index.constEnd())
        return it.value();
    const auto at = qint32(list.size());
    list << id;
    index.insert(id, at);
    return at;
}

// What the rules need for a client's derived milestones, next to its fact while loading.
struct DerivedBasis {
    DueBasis due;
    FirstPip firstPip;
    MilestoneKinds stored = 0; // kinds with a live stored record
};

} // namespace

qint32 CaseloadFacts::isoDay(QByteArrayView iso, qint32 missing) {
    const qint64 day = TimeText::isoJulianDay(iso);
    return day == TimeText::noDay ? missing : qint32(day);
}

Result<CaseloadFacts> CaseloadFacts::load(Store& store) {
    CaseloadFacts facts;
    QHash<QString, qint32> coachIndex;
    QHash<QString, qint32> municipalityIndex;
    {
        auto st = store.db().prepare(u"SELECT id, name FROM coach ORDER BY rowid");
        if (!st.ok())
            return st.error();
        KOERS_TRY(st->each([&](Statement& row) {
            intern(facts.coachIds, coachIndex, row.text(0));
            facts.coachNames << row.text(1);
        }));
    }

    // Every table is read in one sequential pass ("+deleted" keeps SQLite off the partial indexes): going
    // through an index visits the table's pages in random order, and SQLCipher decrypts a page again on
    // every visit that misses its small cache - at 100,000 clients that was most of the time.
    QHash<QByteArray, qint32> clientIndex;
    std::vector<DerivedBasis> bases; // same order as facts.clients
    {
        auto st = store.db().prepare(
            QStringLiteral("SELECT id, coach_id, municipality_id, route, target_group, status, status_date, "
                           "participation, ") +
            MilestoneDigest::columns() + QStringLiteral(" FROM client c WHERE +deleted = 0"));
        if (!st.ok())
            return st.error();
        KOERS_TRY(st->each([&](Statement& row) {
            ClientFact c;
            const QByteArrayView id = row.utf8(0);
            c.coach = intern(facts.coachIds, coachIndex, row.text(1));
            while (facts.coachNames.size() < facts.coachIds.size())
                facts.coachNames << QString(); // a coach id without a coach record
            c.municipality = intern(facts.municipalityIds, municipalityIndex, row.text(2));
            c.route = fromCodeBytes<Route>(row.utf8(3)).value_or(Route::None);
            c.targetGroup = fromCodeBytes<TargetGroup>(row.utf8(4)).value_or(TargetGroup::Other);
            c.status = fromCodeBytes<ClientStatus>(row.utf8(5)).value_or(ClientStatus::Active);
            c.openStatus = c.status == ClientStatus::Active || c.status == ClientStatus::Voluntary;
            c.statusDay = isoDay(row.utf8(6), ClientFact::longAgo);
            c.participation = fromCodeBytes<Participation>(row.utf8(7)).value_or(Participation::None);
            DerivedBasis& basis = bases.emplace_back();
            basis.due = MilestoneDigest::readBasis(row, 8);
            c.startDay = day(DueDates::involvementStart(basis.due));
            c.startKnown = c.startDay != ClientFact::longAgo;
            clientIndex.insert(id.toByteArray(), qint32(facts.clients.size()));
            facts.clientIds.push_back(QString::fromUtf8(id));
            facts.clients.push_back(c);
        }));
    }

    // Records of one client often follow each other: the last lookup is kept, in a buffer of its own because
    // the row's bytes vanish with the next step. The hash is asked with the row's bytes as they are
    // (fromRawData), so a million milestones cost no allocation each.
    std::array<char, 64> lastClient{};
    qsizetype lastLength = -1;
    qint32 last = -1;
    auto clientOf = [&](QByteArrayView clientId) {
        const qsizetype n = clientId.size();
        if (n == lastLength && std::memcmp(clientId.data(), lastClient.data(), std::size_t(n)) == 0)
            return last;
        last = clientIndex.value(QByteArray::fromRawData(clientId.data(), n), -1);
        if (n <= qsizetype(lastClient.size())) {
            std::memcpy(lastClient.data(), clientId.data(), std::size_t(n));
            lastLength = n;
        } else {
            lastLength = -1;
        }
        return last; // -1: a record of a deleted client
    };

    // The first PIP (FirstPip over the live versions) and the first completed intake.
    {
        auto st = store.db().prepare(u"SELECT client_id, decision_date FROM plan_version WHERE +deleted = 0");
        if (!st.ok())
            return st.error();
        KOERS_TRY(st->each([&](Statement& row) {
            if (const qint32 at = clientOf(row.utf8(0)); at >= 0)
                bases[std::size_t(at)].firstPip.add(TimeText::parseIsoDate(row.utf8(1)));
        }));
        for (std::size_t i = 0; i < bases.size(); ++i) {
            const QDate first = bases[i].firstPip.date();
            bases[i].due.firstPip = first;
            facts.clients[i].firstPipDay = first.isValid() ? day(first) : ClientFact::never;
        }
    }
    {
        auto st = store.db().prepare(u"SELECT client_id, completed_date, start_date FROM intake WHERE +deleted = 0");
        if (!st.ok())
            return st.error();
        KOERS_TRY(st->each([&](Statement& row) {
            if (const qint32 at = clientOf(row.utf8(0)); at >= 0) {
                ClientFact& c = facts.clients[std::size_t(at)];
                c.intakeDoneDay = std::min(c.intakeDoneDay, isoDay(row.utf8(1), ClientFact::never));
                c.intakeStartDay = std::min(c.intakeStartDay, isoDay(row.utf8(2), ClientFact::never));
            }
        }));
    }

    auto addMilestone = [&facts](qint32 client, MilestoneKind kind, bool achieved, qint32 due, qint32 done) {
        ClientFact& c = facts.clients[std::size_t(client)];
        if (kind == MilestoneKind::LanguageCourseStarted && achieved)
            c.courseDoneDay = std::min(c.courseDoneDay, done);
        if (isCompletionPart(kind)) {
            ++c.partsTotal;
            if (achieved) {
                ++c.partsAchieved;
                c.partsLastDoneDay = std::max(c.partsLastDoneDay, done);
            }
        }
        if (kind == MilestoneKind::TermEnd)
            c.termEndDay = std::min(c.termEndDay, due);
        if (isExam(kind) && achieved)
            c.examPassedDay = std::min(c.examPassedDay, done);
        if (!isDeadline(kind))
            facts.milestones.push_back(MilestoneFact{client, due, done, kind});
    };

    {
        auto st = store.db().prepare(u"SELECT client_id, kind, status = 'achieved', due_date, done_date, "
                                     "status = 'waived' FROM milestone WHERE +deleted = 0");
        if (!st.ok())
            return st.error();
        facts.milestones.reserve(facts.clients.size() * 10);
        KOERS_TRY(st->each([&](Statement& row) {
            const qint32 last = clientOf(row.utf8(0));
            if (last < 0)
                return; // a milestone of a deleted client
            const auto kind = fromCodeBytes<MilestoneKind>(row.utf8(1));
            if (!kind)
                return;
            bases[std::size_t(last)].stored |= kindBit(*kind); // waived too: a stored record of the kind
            if (row.int64(5) != 0)
                return;
            const bool achieved = row.int64(2) != 0;
            const qint32 done = achieved ? isoDay(row.utf8(4), ClientFact::longAgo) : ClientFact::never;
            addMilestone(last, *kind, achieved, isoDay(row.utf8(3), ClientFact::never), done);
        }));
    }

    // The milestones nobody touched are derived from the rules, not stored (see MilestonePlanner): planned,
    // with the due date the rules give now.
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    const MilestonePlanner planner(rules.value());
    for (std::size_t i = 0; i < facts.clients.size(); ++i) {
        const DerivedBasis& basis = bases[i];
        planner.forEachDerived(basis.due, basis.stored, [&](MilestoneKind kind, QDate due) {
            addMilestone(qint32(i), kind, false, due.isValid() ? day(due) : ClientFact::never, ClientFact::never);
        });
    }
    return facts;
}

} // namespace koers
