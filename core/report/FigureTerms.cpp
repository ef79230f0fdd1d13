#include "FigureTerms.h"

namespace koers {

FigureTerms::FigureTerms(const CaseloadFacts& facts, const DashboardFilter& f, QDate ref, const RuleSettings& rules)
    : m_facts(&facts)
    , m_filter(&f)
    , m_rules(&rules)
    , m_refDate(ref) {
    m_ref = CaseloadFacts::day(ref);
    m_from = f.from.isValid() ? CaseloadFacts::day(f.from) : ClientFact::longAgo;
    m_soon = CaseloadFacts::day(ref.addMonths(6));
    m_anyMunicipality = f.municipalityIds.isEmpty();
    m_municipalityOk.assign(std::size_t(facts.municipalityIds.size()), 0);
    for (const QString& id : f.municipalityIds)
        if (const auto at = facts.municipalityIds.indexOf(id); at >= 0)
            m_municipalityOk[std::size_t(at)] = 1;
    m_anyCoach = f.coachId.isEmpty();
    m_coach = m_anyCoach ? -1 : qint32(facts.coachIds.indexOf(f.coachId));
    if (!m_anyCoach && m_coach < 0)
        m_coach = -2; // a coach without clients: nobody matches
    m_pipNormDays = rules.pipWeeks * 7;
    m_intakeNormDays = rules.intakeWeeks * 7;

    QDate first = f.from.isValid() ? f.from : ref.addMonths(-11);
    first = QDate(first.year(), first.month(), 1);
    for (QDate m = first; m <= ref; m = m.addMonths(1)) {
        m_monthKeys << m.toString(QStringLiteral("yyyy-MM"));
        m_monthDays.push_back(CaseloadFacts::day(std::min(QDate(m.year(), m.month(), m.daysInMonth()), ref)));
    }
}

QDate FigureTerms::monthOfKey(const QString& key) {
    return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

bool FigureTerms::selected(const ClientFact& c) const {
    if (!m_anyMunicipality && (c.municipality < 0 || !m_municipalityOk[std::size_t(c.municipality)]))
        return false;
    if (!m_anyCoach && c.coach != m_coach)
        return false;
    if (m_filter->route && c.route != *m_filter->route)
        return false;
    return !m_filter->targetGroup || c.targetGroup == *m_filter->targetGroup;
}

// An unknown start counts as long ago: such a client is in the caseload from the beginning.
bool FigureTerms::inCaseloadAt(const ClientFact& c) const {
    return selected(c) && c.startDay <= m_ref && (c.openStatus || c.statusDay > m_ref);
}

bool FigureTerms::inPeriod(const ClientFact& c) const {
    return selected(c) && c.startDay <= m_ref && (c.openStatus || c.statusDay >= m_from);
}

bool FigureTerms::startedInPeriod(const ClientFact& c) const {
    return c.startKnown && inRange(c.startDay) && selected(c);
}

std::optional<qint32> FigureTerms::pipDays(const ClientFact& c) const {
    if (!c.startKnown || !inRange(c.firstPipDay) || !selected(c))
        return std::nullopt;
    return c.firstPipDay - c.startDay;
}

std::optional<qint32> FigureTerms::intakeDays(const ClientFact& c) const {
    if (!c.startKnown || !inRange(c.intakeDoneDay) || !selected(c))
        return std::nullopt;
    return c.intakeDoneDay - c.startDay;
}

std::optional<int> FigureTerms::cohortOf(const ClientFact& c) const {
    if (!c.startKnown || c.startDay > m_ref || !selected(c))
        return std::nullopt;
    return QDate::fromJulianDay(c.startDay).year() * 2 + (c.targetGroup == TargetGroup::Asylum ? 0 : 1);
}

qint32 FigureTerms::cohortFirstYearEnd(int cohort) const {
    return std::min(m_ref, CaseloadFacts::day(QDate(cohortYear(cohort), 12, 31)));
}

FigureTerms::MilestoneState FigureTerms::milestoneState(const MilestoneFact& m) const {
    if (m.doneDay <= m_ref)
        return m.doneDay >= m_from ? Achieved : Before;
    return lateAt(m, m_ref) ? Late : OnSchedule;
}

const std::vector<char>& FigureTerms::clientsInPeriod() const {
    if (!m_inPeriodKnown) {
        const auto& clients = m_facts->clients;
        m_inPeriod.assign(clients.size(), 0);
        for (std::size_t i = 0; i < clients.size(); ++i)
            m_inPeriod[i] = inPeriod(clients[i]) ? 1 : 0;
        m_inPeriodKnown = true;
    }
    return m_inPeriod;
}

} // namespace koers
