#include "CaseloadFacts.h"

#include "storage/Store.h"

#include <algorithm>

namespace koers {

namespace {

// Dates arrive as Julian day numbers computed by SQLite (see jdn()), so a million rows need no date parsing
// in C++; a missing or unreadable date is NULL.
qint32 dayOr(const Statement& st, int column, qint32 missing) {
    return st.isNull(column) ? missing : qint32(st.int64(column));
}

// SQLite's julianday() counts from noon; QDate's Julian day number is the day itself.
QString jdn(const char* column) {
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(QLatin1String(column));
}

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

} // namespace

Result<CaseloadFacts> CaseloadFacts::load(Store& store) {
    CaseloadFacts facts;
    QHash<QString, qint32> coachIndex;
    QHash<QString, qint32> municipalityIndex;
    {
        auto st = store.db().prepare(u"SELECT id, name FROM coach ORDER BY rowid");
        if (!st.ok())
            return st.error();
        for (;;) {
            auto more = st->step();
            if (!more.ok())
                return more.error();
            if (!more.value())
                break;
            intern(facts.coachIds, coachIndex, st->text(0));
            facts.coachNames << st->text(1);
        }
    }

    QHash<QString, qint32> clientIndex;
    {
        // The first PIP per client by GROUP BY in one pass over plan_version, not a lookup per client.
        auto st = store.db().prepare(
            QStringLiteral("SELECT c.id, c.coach_id, c.municipality_id, c.route, c.target_group, c.status, %1, %2, %3 "
                           "FROM client c LEFT JOIN (SELECT client_id, min(decision_date) AS first_pip "
                           "FROM plan_version WHERE deleted = 0 AND decision_date IS NOT NULL GROUP BY client_id) pv "
                           "ON pv.client_id = c.id WHERE c.deleted = 0")
                .arg(jdn("c.status_date"), jdn("COALESCE(c.koppeling_date, c.brp_date, c.duo_notice_date)"),
                     jdn("pv.first_pip")));
        if (!st.ok())
            return st.error();
        for (;;) {
            auto more = st->step();
            if (!more.ok())
                return more.error();
            if (!more.value())
                break;
            ClientFact c;
            const QString id = st->text(0);
            const QString coach = st->text(1);
            c.coach = intern(facts.coachIds, coachIndex, coach);
            while (facts.coachNames.size() < facts.coachIds.size())
                facts.coachNames << QString(); // a coach id without a coach record
            c.municipality = intern(facts.municipalityIds, municipalityIndex, st->text(2));
            c.route = fromCode<Route>(st->text(3)).value_or(Route::None);
            c.targetGroup = fromCode<TargetGroup>(st->text(4)).value_or(TargetGroup::Other);
            const ClientStatus status = fromCode<ClientStatus>(st->text(5)).value_or(ClientStatus::Active);
            c.openStatus = status == ClientStatus::Active || status == ClientStatus::Voluntary;
            c.statusDay = dayOr(*st, 6, ClientFact::longAgo);
            c.startKnown = !st->isNull(7);
            c.startDay = dayOr(*st, 7, ClientFact::longAgo);
            c.firstPipDay = dayOr(*st, 8, ClientFact::never);
            clientIndex.insert(id, qint32(facts.clients.size()));
            facts.clientIds.push_back(id);
            facts.clients.push_back(c);
        }
    }

    {
        auto st =
            store.db().prepare(QStringLiteral("SELECT client_id, kind, status = 'achieved', %1, %2 FROM milestone "
                                              "WHERE deleted = 0 AND status <> 'waived'")
                                   .arg(jdn("due_date"), jdn("done_date")));
        if (!st.ok())
            return st.error();
        facts.milestones.reserve(facts.clients.size() * 8);
        QString lastClient;
        qint32 last = -1;
        for (;;) {
            auto more = st->step();
            if (!more.ok())
                return more.error();
            if (!more.value())
                break;
            const QString clientId = st->text(0);
            if (clientId != lastClient) {
                last = clientIndex.value(clientId, -1);
                lastClient = clientId;
            }
            if (last < 0)
                continue; // a milestone of a deleted client
            const auto kind = fromCode<MilestoneKind>(st->text(1));
            if (!kind)
                continue;
            const bool achieved = st->int64(2) != 0;
            const qint32 done = achieved ? dayOr(*st, 4, ClientFact::longAgo) : ClientFact::never;
            const qint32 due = dayOr(*st, 3, ClientFact::never);
            ClientFact& c = facts.clients[std::size_t(last)];
            if (*kind == MilestoneKind::LanguageCourseStarted && achieved)
                c.courseDoneDay = std::min(c.courseDoneDay, done);
            if (isCompletionPart(*kind)) {
                ++c.partsTotal;
                if (achieved) {
                    ++c.partsAchieved;
                    c.partsLastDoneDay = std::max(c.partsLastDoneDay, done);
                }
            }
            if (*kind == MilestoneKind::TermEnd)
                c.termEndDay = std::min(c.termEndDay, due);
            if (!isDeadline(*kind))
                facts.milestones.push_back(MilestoneFact{last, due, done});
        }
    }
    return facts;
}

} // namespace koers
