#include "MilestonePlanner.h"

#include "domain/Client.h"

#include <QUuid>

#include <algorithm>

namespace koers {

namespace {

bool isWaivedForRouteChange(const Milestone& m) {
    return m.status == MilestoneStatus::Waived && m.note.endsWith(MilestonePlanner::routeChangedNote());
}

QString withoutRouteChangedNote(const QString& note) {
    QString out = note.left(note.size() - MilestonePlanner::routeChangedNote().size());
    if (out.endsWith(QLatin1String("; ")))
        out.chop(2);
    return out;
}

} // namespace

MilestonePlanner::MilestonePlanner(RuleSettings rules)
    : m_dueDates(std::move(rules)) {
}

const QString& MilestonePlanner::routeChangedNote() {
    // Stored data, not a UI string: it must read the same whatever language the coach uses.
    static const QString note = QStringLiteral("route changed");
    return note;
}

std::vector<MilestoneKind> MilestonePlanner::kindsFor(Route route, TargetGroup targetGroup) {
    using K = MilestoneKind;
    std::vector<K> kinds{K::IntakeDone, K::PipFixed};
    switch (route) {
    case Route::None:
        return kinds;
    case Route::B1:
        kinds.insert(kinds.end(), {K::LanguageCourseStarted, K::MapDone, K::PvtSigned, K::ExamReading, K::ExamListening,
                                   K::ExamWriting, K::ExamSpeaking, K::ExamKnm});
        break;
    case Route::Education:
        kinds.insert(kinds.end(), {K::LanguageCourseStarted, K::PvtSigned, K::ExamKnm, K::BridgingYearDone});
        break;
    case Route::Z:
        kinds.insert(kinds.end(), {K::LanguageCourseStarted, K::MapDone, K::PvtSigned, K::ZCourseHoursDone,
                                   K::ZParticipationHoursDone});
        break;
    }
    // Ontzorgen is a Participatiewet duty towards asylum status holders only.
    if (targetGroup == TargetGroup::Asylum)
        kinds.push_back(K::OntzorgenEnded);
    kinds.insert(kinds.end(), {K::RouteSwitchDeadline, K::TermEnd});
    return kinds;
}

QString MilestonePlanner::derivedId(const QString& clientId, MilestoneKind kind) {
    // Koers' own namespace for name-based ids (a fixed random UUID; never change it: stored ids depend on it).
    static const QUuid ns(QStringLiteral("{3f0b6d52-8c4e-4f0a-9a51-6e2d7c1b84a9}"));
    return QUuid::createUuidV5(ns, clientId + QLatin1Char('/') + toCode(kind)).toString(QUuid::WithoutBraces);
}

QDate MilestonePlanner::dueDate(MilestoneKind kind, const DueBasis& basis) const {
    const RuleSettings& r = m_dueDates.rules();
    const QDate pip = basis.firstPip;
    switch (kind) {
    case MilestoneKind::IntakeDone:
        return m_dueDates.intakeDue(basis);
    case MilestoneKind::PipFixed:
        return m_dueDates.pipDue(basis);
    case MilestoneKind::LanguageCourseStarted:
        return DueDates::addWeeks(pip, r.languageCourseStartWeeks);
    case MilestoneKind::MapDone:
        return DueDates::addMonthsClamped(pip, r.mapMonths);
    case MilestoneKind::PvtSigned:
        return DueDates::addMonthsClamped(pip, r.pvtMonths);
    case MilestoneKind::ExamReading:
    case MilestoneKind::ExamListening:
    case MilestoneKind::ExamWriting:
    case MilestoneKind::ExamSpeaking:
    case MilestoneKind::ExamKnm:
        return DueDates::addMonthsClamped(pip, r.examMonths);
    case MilestoneKind::BridgingYearDone:
        return DueDates::addMonthsClamped(pip, r.bridgingYearMonths);
    case MilestoneKind::ZCourseHoursDone:
    case MilestoneKind::ZParticipationHoursDone:
        return DueDates::addMonthsClamped(pip, r.zHoursMonths);
    case MilestoneKind::OntzorgenEnded:
        return m_dueDates.ontzorgenEnd(basis.housing.isValid() ? basis.housing : basis.koppeling);
    case MilestoneKind::RouteSwitchDeadline:
        return m_dueDates.routeSwitchDeadline(pip);
    case MilestoneKind::TermEnd:
        return m_dueDates.termEnd(pip);
    }
    return {};
}

MilestonePlan MilestonePlanner::plan(const Client& client, QDate firstPipDate,
                                     const std::vector<Milestone>& existing) const {
    MilestonePlan out;
    const DueBasis basis = DueBasis::of(client, firstPipDate);
    const std::vector<MilestoneKind> kinds = kindsFor(basis.route, basis.targetGroup);

    // Several live records of one kind can exist after a sync merge; the first one in input order is the
    // one the planner maintains, but one already active beats one waived for a route change.
    auto findLive = [&existing](MilestoneKind kind) -> const Milestone* {
        const Milestone* found = nullptr;
        for (const Milestone& m : existing) {
            if (m.meta.deleted || m.kind != kind)
                continue;
            if (!isWaivedForRouteChange(m))
                return &m;
            if (!found)
                found = &m;
        }
        return found;
    };

    for (MilestoneKind kind : kinds) {
        const QDate due = dueDate(kind, basis);
        const Milestone* current = findLive(kind);
        if (!current) {
            Milestone m;
            m.meta.id = derivedId(client.meta.id, kind);
            m.clientId = client.meta.id;
            m.kind = kind;
            m.status = MilestoneStatus::Planned;
            m.dueDate = due;
            m.derived = true;
            out.derived.push_back(std::move(m));
            continue;
        }
        if (isWaivedForRouteChange(*current)) {
            // The route came back: the milestone counts again, with the date the rules now give.
            Milestone m = *current;
            m.status = MilestoneStatus::Planned;
            m.note = withoutRouteChangedNote(m.note);
            if (!m.dueOverridden)
                m.dueDate = due;
            out.toUpdate.push_back(std::move(m));
            continue;
        }
        if (current->isOpen() && !current->dueOverridden && current->dueDate != due) {
            Milestone m = *current;
            m.dueDate = due;
            out.toUpdate.push_back(std::move(m));
        }
    }

    // Open milestones of kinds the new route does not have: waived, so the history stays visible.
    // Ordered by kind so the output does not depend on the order storage returned them in.
    std::vector<Milestone> waived;
    for (const Milestone& m : existing) {
        if (m.meta.deleted || !m.isOpen() || std::find(kinds.begin(), kinds.end(), m.kind) != kinds.end())
            continue;
        Milestone w = m;
        w.status = MilestoneStatus::Waived;
        w.note = w.note.isEmpty() ? routeChangedNote() : w.note + QLatin1String("; ") + routeChangedNote();
        waived.push_back(std::move(w));
    }
    std::stable_sort(waived.begin(), waived.end(), [](const Milestone& a, const Milestone& b) {
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    out.toUpdate.insert(out.toUpdate.end(), std::make_move_iterator(waived.begin()),
                        std::make_move_iterator(waived.end()));
    return out;
}

std::vector<Milestone> MilestonePlanner::effective(const Client& client, QDate firstPipDate,
                                                   std::vector<Milestone> stored) const {
    MilestonePlan derived = plan(client, firstPipDate, stored);
    std::erase_if(stored, [](const Milestone& m) { return m.meta.deleted; });
    stored.insert(stored.end(), std::make_move_iterator(derived.derived.begin()),
                  std::make_move_iterator(derived.derived.end()));
    return stored;
}

} // namespace koers
