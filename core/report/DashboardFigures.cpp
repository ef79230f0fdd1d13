#include "DashboardFigures.h"

#include "csv/CsvWriter.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace koers {

namespace {

constexpr qint32 longAgo = ClientFact::longAgo;

enum Phase { Intake, Pip, InRoute, Finishing, Done, PhaseCount };
enum MilestoneSeries { OnSchedule, Late, Achieved };
enum PipSeries { Within, After };
enum InflowSeries { WithPip, WithoutPip };

const Route routeOrder[] = {Route::B1, Route::Education, Route::Z, Route::None};

int routeSeries(Route r) {
    for (int i = 0; i < 4; ++i)
        if (routeOrder[i] == r)
            return i;
    return 3;
}

// The filter in the terms of the facts: indices and day numbers.
struct Selection {
    qint32 ref = 0;
    qint32 from = longAgo; // "on/after from" holds for everything when there is no `from`
    qint32 soon = 0;       // ref + 6 months: a term ending by then means the client is finishing
    std::vector<char> municipalityOk;
    bool anyMunicipality = true;
    bool anyCoach = true;
    qint32 coach = -1;
    std::optional<Route> route;
    std::optional<TargetGroup> targetGroup;
    int normDays = 70;
    int intakeNormDays = 70;
};

Selection prepare(const CaseloadFacts& facts, const DashboardFilter& f, QDate ref, const RuleSettings& rules) {
    Selection s;
    s.ref = CaseloadFacts::day(ref);
    s.from = f.from.isValid() ? CaseloadFacts::day(f.from) : longAgo;
    s.soon = CaseloadFacts::day(ref.addMonths(6));
    s.anyMunicipality = f.municipalityIds.isEmpty();
    s.municipalityOk.assign(std::size_t(facts.municipalityIds.size()), 0);
    for (const QString& id : f.municipalityIds)
        if (const auto at = facts.municipalityIds.indexOf(id); at >= 0)
            s.municipalityOk[std::size_t(at)] = 1;
    s.anyCoach = f.coachId.isEmpty();
    s.coach = s.anyCoach ? -1 : qint32(facts.coachIds.indexOf(f.coachId));
    if (!s.anyCoach && s.coach < 0)
        s.coach = -2; // a coach without clients: nobody matches
    s.route = f.route;
    s.targetGroup = f.targetGroup;
    s.normDays = rules.pipWeeks * 7;
    s.intakeNormDays = rules.intakeWeeks * 7;
    return s;
}

// --- The definitions of the header comment, one function each.

bool selected(const Selection& s, const ClientFact& c) {
    if (!s.anyMunicipality && (c.municipality < 0 || !s.municipalityOk[std::size_t(c.municipality)]))
        return false;
    if (!s.anyCoach && c.coach != s.coach)
        return false;
    if (s.route && c.route != *s.route)
        return false;
    return !s.targetGroup || c.targetGroup == *s.targetGroup;
}

bool startedBy(const ClientFact& c, qint32 day) {
    return c.startDay <= day; // an unknown start counts as long ago
}

bool inCaseloadAt(const Selection& s, const ClientFact& c) {
    return selected(s, c) && startedBy(c, s.ref) && (c.openStatus || c.statusDay > s.ref);
}

bool inPeriod(const Selection& s, const ClientFact& c) {
    return selected(s, c) && startedBy(c, s.ref) && (c.openStatus || c.statusDay >= s.from);
}

Phase phaseOf(const Selection& s, const ClientFact& c) {
    if (!c.openStatus && c.statusDay <= s.ref)
        return Done;
    if (c.firstPipDay > s.ref)
        return Intake;
    if (c.courseDoneDay > s.ref)
        return Pip;
    const bool partsDone = c.partsTotal > 0 && c.partsAchieved == c.partsTotal && c.partsLastDoneDay <= s.ref;
    if (partsDone || c.termEndDay <= s.soon)
        return Finishing;
    return InRoute;
}

bool lateAt(const MilestoneFact& m, qint32 day) {
    return m.dueDay < day && m.doneDay > day;
}

// -1: achieved before the period, counted nowhere.
int milestoneState(const Selection& s, const MilestoneFact& m) {
    if (m.doneDay <= s.ref)
        return m.doneDay >= s.from ? Achieved : -1;
    return lateAt(m, s.ref) ? Late : OnSchedule;
}

bool inRange(const Selection& s, qint32 day) {
    return day >= s.from && day <= s.ref;
}

// Started from `from` to ref: the inflow of the period.
bool startedInPeriod(const Selection& s, const ClientFact& c) {
    return c.startKnown && inRange(s, c.startDay) && selected(s, c);
}

// Days from the start to the first PIP, for clients whose first PIP lies from `from` to ref.
std::optional<qint32> pipDays(const Selection& s, const ClientFact& c) {
    if (!c.startKnown || !inRange(s, c.firstPipDay) || !selected(s, c))
        return std::nullopt;
    return c.firstPipDay - c.startDay;
}

// Days from the start to the completed brede intake, for intakes completed from `from` to ref.
std::optional<qint32> intakeDays(const Selection& s, const ClientFact& c) {
    if (!c.startKnown || !inRange(s, c.intakeDoneDay) || !selected(s, c))
        return std::nullopt;
    return c.intakeDoneDay - c.startDay;
}

const MilestoneKind moduleKinds[] = {MilestoneKind::MapDone, MilestoneKind::PvtSigned, MilestoneKind::ExamKnm};
const MilestoneKind examKinds[] = {MilestoneKind::ExamReading, MilestoneKind::ExamListening, MilestoneKind::ExamWriting,
                                   MilestoneKind::ExamSpeaking};
const ClientStatus outflowStatuses[] = {ClientStatus::Completed, ClientStatus::Dispensed, ClientStatus::Exempted,
                                        ClientStatus::Moved, ClientStatus::Stopped};
const Participation participationOrder[] = {Participation::Work, Participation::Education, Participation::Volunteering,
                                            Participation::None};
const TargetGroup targetGroupOrder[] = {TargetGroup::Asylum, TargetGroup::Family, TargetGroup::Other};

template <class E, std::size_t N>
int indexIn(const E (&list)[N], E value) {
    for (std::size_t i = 0; i < N; ++i)
        if (list[i] == value)
            return int(i);
    return -1;
}

template <class E, std::size_t N>
QStringList codesOf(const E (&list)[N]) {
    QStringList out;
    for (E e : list)
        out << toCode(e);
    return out;
}

template <class E, std::size_t N>
QStringList labelsOf(const E (&list)[N]) {
    QStringList out;
    for (E e : list)
        out << label(e);
    return out;
}

// Calls visit(client, category, milestone state) for the task milestones of clients in the period
// that count (achieved before the period: nowhere).
template <class Visit>
void eachMilestoneInPeriod(const CaseloadFacts& facts, const Selection& s, Visit&& visit) {
    const auto n = facts.clients.size();
    std::vector<char> counted(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        counted[i] = inPeriod(s, facts.clients[i]) ? 1 : 0;
    for (const MilestoneFact& m : facts.milestones) {
        if (!counted[std::size_t(m.client)])
            continue;
        if (const int state = milestoneState(s, m); state >= 0)
            visit(m, state);
    }
}

int weekBin(qint32 days) {
    // Weeks rounded up; C++ and the definition both truncate towards zero before the floor of 1.
    return std::clamp((days + 6) / 7, 1, DashboardFigures::maxWeekBin);
}

int quarterOf(qint32 julianDay) {
    const QDate d = QDate::fromJulianDay(julianDay);
    return d.year() * 4 + (d.month() - 1) / 3;
}

QString quarterKey(int quarter) {
    return QStringLiteral("%1-Q%2").arg(quarter / 4).arg(quarter % 4 + 1);
}

int quarterOfKey(const QString& key) {
    bool okYear = false;
    bool okQuarter = false;
    const int year = key.left(4).toInt(&okYear);
    const int q = key.mid(6).toInt(&okQuarter);
    if (!okYear || !okQuarter || key.mid(4, 2) != QLatin1String("-Q") || q < 1 || q > 4)
        return std::numeric_limits<int>::min();
    return year * 4 + q - 1;
}

// Calls visit(client, category, series) for every client (client-level figures) or task milestone
// (milestones per coach) the figure counts. Categories are raw: coach index, phase, week bin - 1,
// quarter number.
template <class Visit>
void classify(FigureId id, const CaseloadFacts& facts, const Selection& s, Visit&& visit) {
    const auto n = qint32(facts.clients.size());
    switch (id) {
    case FigureId::CaseloadPerCoach:
        for (qint32 i = 0; i < n; ++i)
            if (const ClientFact& c = facts.clients[std::size_t(i)]; inCaseloadAt(s, c))
                visit(i, c.coach, routeSeries(c.route));
        return;
    case FigureId::ClientsPerPhase:
        for (qint32 i = 0; i < n; ++i)
            if (const ClientFact& c = facts.clients[std::size_t(i)]; inPeriod(s, c))
                visit(i, int(phaseOf(s, c)), 0);
        return;
    case FigureId::MilestonesPerCoach:
        eachMilestoneInPeriod(facts, s, [&](const MilestoneFact& m, int state) {
            visit(m.client, facts.clients[std::size_t(m.client)].coach, state);
        });
        return;
    case FigureId::WeeksToPip:
        for (qint32 i = 0; i < n; ++i)
            if (const auto days = pipDays(s, facts.clients[std::size_t(i)]))
                visit(i, weekBin(*days) - 1, *days <= s.normDays ? Within : After);
        return;
    case FigureId::InflowPerQuarter:
        for (qint32 i = 0; i < n; ++i)
            if (const ClientFact& c = facts.clients[std::size_t(i)]; startedInPeriod(s, c))
                visit(i, quarterOf(c.startDay), c.firstPipDay <= s.ref ? WithPip : WithoutPip);
        return;
    case FigureId::InflowPerTargetGroup:
        for (qint32 i = 0; i < n; ++i)
            if (const ClientFact& c = facts.clients[std::size_t(i)]; startedInPeriod(s, c))
                visit(i, indexIn(targetGroupOrder, c.targetGroup), 0);
        return;
    case FigureId::ClientsPerRoute:
        for (qint32 i = 0; i < n; ++i)
            if (const ClientFact& c = facts.clients[std::size_t(i)]; inPeriod(s, c))
                visit(i, routeSeries(c.route), indexIn(targetGroupOrder, c.targetGroup));
        return;
    case FigureId::Timeliness:
        for (qint32 i = 0; i < n; ++i) {
            const ClientFact& c = facts.clients[std::size_t(i)];
            if (const auto days = intakeDays(s, c))
                visit(i, 0, *days <= s.intakeNormDays ? Within : After);
            if (const auto days = pipDays(s, c))
                visit(i, 1, *days <= s.normDays ? Within : After);
        }
        return;
    case FigureId::MilestoneProgress:
        eachMilestoneInPeriod(facts, s, [&](const MilestoneFact& m, int state) {
            visit(m.client, routeSeries(facts.clients[std::size_t(m.client)].route), state);
        });
        return;
    case FigureId::ModulesCompleted:
    case FigureId::ExamsPassed:
        eachMilestoneInPeriod(facts, s, [&](const MilestoneFact& m, int state) {
            const int part =
                id == FigureId::ModulesCompleted ? indexIn(moduleKinds, m.kind) : indexIn(examKinds, m.kind);
            if (state == Achieved && part >= 0)
                visit(m.client, part, 0);
        });
        return;
    case FigureId::Outflow:
        for (qint32 i = 0; i < n; ++i) {
            const ClientFact& c = facts.clients[std::size_t(i)];
            if (!c.openStatus && inRange(s, c.statusDay) && selected(s, c))
                visit(i, indexIn(outflowStatuses, c.status), 0);
        }
        return;
    case FigureId::ParticipationAtEnd:
        for (qint32 i = 0; i < n; ++i)
            if (const ClientFact& c = facts.clients[std::size_t(i)]; inCaseloadAt(s, c))
                visit(i, indexIn(participationOrder, c.participation), 0);
        return;
    case FigureId::LateTrend:
        return; // counted per month interval below, drilled down by lateAt()
    }
}

QStringList seriesKeysOf(FigureId id) {
    switch (id) {
    case FigureId::CaseloadPerCoach: {
        QStringList keys;
        for (Route r : routeOrder)
            keys << toCode(r);
        return keys;
    }
    case FigureId::ClientsPerPhase:
        return {QString(QLatin1String(""))};
    case FigureId::MilestonesPerCoach:
        return {QStringLiteral("on_schedule"), QStringLiteral("late"), QStringLiteral("achieved")};
    case FigureId::WeeksToPip:
        return {QStringLiteral("within"), QStringLiteral("after")};
    case FigureId::InflowPerQuarter:
        return {QStringLiteral("with_pip"), QStringLiteral("without_pip")};
    case FigureId::LateTrend:
        return {QStringLiteral("late")};
    case FigureId::ClientsPerRoute:
        return codesOf(targetGroupOrder);
    case FigureId::Timeliness:
        return {QStringLiteral("within"), QStringLiteral("after")};
    case FigureId::MilestoneProgress:
        return seriesKeysOf(FigureId::MilestonesPerCoach);
    case FigureId::InflowPerTargetGroup:
    case FigureId::ModulesCompleted:
    case FigureId::ExamsPassed:
    case FigureId::Outflow:
    case FigureId::ParticipationAtEnd:
        return {QStringLiteral("clients")};
    }
    return {};
}

const QStringList& phaseKeys() {
    static const QStringList keys{QStringLiteral("intake"), QStringLiteral("pip"), QStringLiteral("in_route"),
                                  QStringLiteral("finishing"), QStringLiteral("done")};
    return keys;
}

QString monthKey(QDate d) {
    return d.toString(QStringLiteral("yyyy-MM"));
}

QDate monthOfKey(const QString& key) {
    return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

QDate monthEnd(QDate d) {
    return QDate(d.year(), d.month(), d.daysInMonth());
}

QStringList monthsOf(const DashboardFilter& f, QDate ref) {
    QDate first = f.from.isValid() ? f.from : ref.addMonths(-11);
    first = QDate(first.year(), first.month(), 1);
    QStringList out;
    for (QDate m = first; m <= ref; m = m.addMonths(1))
        out << monthKey(m);
    return out;
}

// The day each month is counted on: its last day, or ref in ref's own month.
std::vector<qint32> countDays(const QStringList& months, QDate ref) {
    std::vector<qint32> days;
    for (const QString& key : months)
        days.push_back(CaseloadFacts::day(std::min(monthEnd(monthOfKey(key)), ref)));
    return days;
}

double medianOf(std::vector<qint32>& values) {
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? double(values[mid]) : (double(values[mid - 1]) + double(values[mid])) / 2.0;
}

// The share within the norm and the median weeks from the start, per step; the clients are those the
// counts hold (intakeDays/pipDays).
void addTimelinessMeasures(Figure& fig, const CaseloadFacts& facts, const Selection& s) {
    std::vector<qint32> intake;
    std::vector<qint32> pip;
    for (const ClientFact& c : facts.clients) {
        if (const auto days = intakeDays(s, c))
            intake.push_back(*days);
        if (const auto days = pipDays(s, c))
            pip.push_back(*days);
    }
    FigureMeasure share{QStringLiteral("share_within_pct"), DashboardFigures::tr("Share within the norm (%)"), {}, 1};
    FigureMeasure median{QStringLiteral("median_weeks"), DashboardFigures::tr("Median weeks"), {}, 1};
    for (int c = 0; c < fig.categoryKeys.size(); ++c) {
        const qint64 total = fig.categoryTotal(c);
        share.values.push_back(total > 0 ? 100.0 * double(fig.value(Within, c)) / double(total)
                                         : std::numeric_limits<double>::quiet_NaN());
    }
    median.values.push_back(medianOf(intake) / 7.0);
    median.values.push_back(medianOf(pip) / 7.0);
    fig.measures = {share, median};
}

} // namespace

DashboardFigures::DashboardFigures(Store& store, RuleSettings rules)
    : m_store(&store)
    , m_rules(rules) {
}

Result<DashboardFigures> DashboardFigures::forStore(Store& store) {
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    return DashboardFigures(store, rules.value());
}

Status DashboardFigures::reload() {
    auto facts = CaseloadFacts::load(*m_store);
    if (!facts.ok())
        return facts.error();
    m_facts = std::move(facts.value());
    return {};
}

Status DashboardFigures::ensureLoaded() {
    return m_facts ? Status() : reload();
}

std::vector<FigureId> DashboardFigures::allFigures() {
    return {FigureId::CaseloadPerCoach, FigureId::ClientsPerPhase,  FigureId::MilestonesPerCoach,
            FigureId::WeeksToPip,       FigureId::InflowPerQuarter, FigureId::LateTrend};
}

std::vector<FigureId> DashboardFigures::reportFigures() {
    return {
        FigureId::InflowPerTargetGroup, FigureId::ClientsPerRoute, FigureId::Timeliness, FigureId::MilestoneProgress,
        FigureId::ModulesCompleted,     FigureId::ExamsPassed,     FigureId::Outflow,    FigureId::ParticipationAtEnd};
}

QString DashboardFigures::code(FigureId id) {
    switch (id) {
    case FigureId::InflowPerTargetGroup:
        return QStringLiteral("inflow_per_target_group");
    case FigureId::ClientsPerRoute:
        return QStringLiteral("clients_per_route");
    case FigureId::Timeliness:
        return QStringLiteral("timeliness");
    case FigureId::MilestoneProgress:
        return QStringLiteral("milestone_progress");
    case FigureId::ModulesCompleted:
        return QStringLiteral("modules_completed");
    case FigureId::ExamsPassed:
        return QStringLiteral("exams_passed");
    case FigureId::Outflow:
        return QStringLiteral("outflow");
    case FigureId::ParticipationAtEnd:
        return QStringLiteral("participation");
    case FigureId::CaseloadPerCoach:
        return QStringLiteral("caseload_per_coach");
    case FigureId::ClientsPerPhase:
        return QStringLiteral("clients_per_phase");
    case FigureId::MilestonesPerCoach:
        return QStringLiteral("milestones_per_coach");
    case FigureId::WeeksToPip:
        return QStringLiteral("weeks_to_pip");
    case FigureId::InflowPerQuarter:
        return QStringLiteral("inflow_per_quarter");
    case FigureId::LateTrend:
        return QStringLiteral("late_trend");
    }
    return {};
}

Figure DashboardFigures::skeleton(FigureId id, const DashboardFilter& filter) const {
    Figure fig;
    fig.id = id;
    fig.code = code(id);
    fig.seriesKeys = seriesKeysOf(id);
    switch (id) {
    case FigureId::CaseloadPerCoach:
        fig.title = tr("Caseload per coach");
        fig.categoryTitle = tr("Coach");
        fig.valueTitle = tr("Clients");
        for (Route r : routeOrder)
            fig.series << label(r);
        break;
    case FigureId::ClientsPerPhase:
        fig.title = tr("Clients per phase");
        fig.categoryTitle = tr("Phase");
        fig.valueTitle = tr("Clients");
        fig.categoryKeys = phaseKeys();
        fig.categories = QStringList{tr("Intake"), tr("PIP decided"), tr("In route"), tr("Finishing"), tr("Done")};
        fig.series = QStringList{tr("Clients")};
        break;
    case FigureId::MilestonesPerCoach:
        fig.title = tr("Milestones per coach");
        fig.categoryTitle = tr("Coach");
        fig.valueTitle = tr("Milestones");
        fig.series = QStringList{tr("On schedule"), tr("Late"), tr("Achieved")};
        break;
    case FigureId::WeeksToPip:
        fig.title = tr("Weeks from koppeling to first PIP");
        fig.categoryTitle = tr("Weeks");
        fig.valueTitle = tr("Clients");
        for (int w = 1; w <= maxWeekBin; ++w) {
            fig.categoryKeys << QString::number(w);
            fig.categories << (w == maxWeekBin ? tr("%1+").arg(w) : QString::number(w));
        }
        fig.series = QStringList{tr("Within %n weeks", nullptr, m_rules.pipWeeks), tr("Later")};
        fig.normAfterCategory = std::clamp(m_rules.pipWeeks, 1, maxWeekBin) - 1;
        fig.normLabel = tr("Norm: %n weeks", nullptr, m_rules.pipWeeks);
        break;
    case FigureId::InflowPerQuarter:
        fig.title = tr("Inflow per quarter");
        fig.categoryTitle = tr("Quarter");
        fig.valueTitle = tr("Clients");
        fig.series = QStringList{tr("With PIP"), tr("Without PIP yet")};
        fig.lineName = tr("Share with PIP (%)");
        break;
    case FigureId::LateTrend: {
        fig.title = tr("Late milestones per month");
        fig.categoryTitle = tr("Month");
        fig.valueTitle = tr("Milestones late at the end of the month");
        fig.series = QStringList{tr("Late milestones")};
        fig.categoryKeys = monthsOf(filter, filter.referenceDate(m_store->clock().today()));
        const QLocale locale;
        for (const QString& key : fig.categoryKeys)
            fig.categories << locale.toString(monthOfKey(key), QStringLiteral("MMM yyyy"));
        break;
    }
    case FigureId::InflowPerTargetGroup:
        fig.title = tr("New clients per target group");
        fig.categoryTitle = tr("Target group");
        fig.valueTitle = tr("Clients");
        fig.categoryKeys = codesOf(targetGroupOrder);
        fig.categories = labelsOf(targetGroupOrder);
        fig.series = QStringList{tr("Clients")};
        break;
    case FigureId::ClientsPerRoute:
        fig.title = tr("Clients per route");
        fig.categoryTitle = tr("Route");
        fig.valueTitle = tr("Clients");
        fig.categoryKeys = codesOf(routeOrder);
        fig.categories = labelsOf(routeOrder);
        fig.series = labelsOf(targetGroupOrder);
        break;
    case FigureId::Timeliness:
        fig.title = tr("Timeliness of brede intake and PIP");
        fig.categoryTitle = tr("Step");
        fig.valueTitle = tr("Clients");
        fig.categoryKeys = QStringList{QStringLiteral("brede_intake"), QStringLiteral("pip")};
        fig.categories = QStringList{tr("Brede intake completed (norm %n weeks)", nullptr, m_rules.intakeWeeks),
                                     tr("First PIP decided (norm %n weeks)", nullptr, m_rules.pipWeeks)};
        fig.series = QStringList{tr("Within the norm"), tr("Later")};
        break;
    case FigureId::MilestoneProgress:
        fig.title = tr("Milestones achieved and late");
        fig.categoryTitle = tr("Route");
        fig.valueTitle = tr("Milestones");
        fig.categoryKeys = codesOf(routeOrder);
        fig.categories = labelsOf(routeOrder);
        fig.series = QStringList{tr("On schedule"), tr("Late"), tr("Achieved")};
        break;
    case FigureId::ModulesCompleted:
        fig.title = tr("MAP, PVT and KNM completed");
        fig.categoryTitle = tr("Part");
        fig.valueTitle = tr("Clients");
        fig.categoryKeys = codesOf(moduleKinds);
        fig.categories = labelsOf(moduleKinds);
        fig.series = QStringList{tr("Completed")};
        break;
    case FigureId::ExamsPassed:
        fig.title = tr("Language exams passed");
        fig.categoryTitle = tr("Exam");
        fig.valueTitle = tr("Clients");
        fig.categoryKeys = codesOf(examKinds);
        fig.categories = labelsOf(examKinds);
        fig.series = QStringList{tr("Passed")};
        break;
    case FigureId::Outflow:
        fig.title = tr("Outflow by reason");
        fig.categoryTitle = tr("Reason");
        fig.valueTitle = tr("Clients");
        fig.categoryKeys = codesOf(outflowStatuses);
        fig.categories = labelsOf(outflowStatuses);
        fig.series = QStringList{tr("Clients")};
        break;
    case FigureId::ParticipationAtEnd:
        fig.title = tr("Participation at the end of the period");
        fig.categoryTitle = tr("Participation");
        fig.valueTitle = tr("Clients");
        fig.categoryKeys = codesOf(participationOrder);
        fig.categories = labelsOf(participationOrder);
        fig.series = QStringList{tr("Clients")};
        break;
    }
    return fig;
}

Result<Figure> DashboardFigures::compute(FigureId id, const DashboardFilter& filter) {
    KOERS_TRY(ensureLoaded());
    const CaseloadFacts& facts = *m_facts;
    const QDate ref = filter.referenceDate(m_store->clock().today());
    const Selection sel = prepare(facts, filter, ref, m_rules);
    Figure fig = skeleton(id, filter);
    const std::size_t seriesCount = std::size_t(fig.seriesKeys.size());

    if (id == FigureId::LateTrend) {
        // A milestone is late on the count days after its due date up to (not including) its done date:
        // one contiguous run of months, added with a difference array instead of a test per month.
        const std::vector<qint32> days = countDays(fig.categoryKeys, ref);
        std::vector<qint64> diff(days.size() + 1, 0);
        std::vector<char> counted(facts.clients.size(), 0);
        for (std::size_t i = 0; i < facts.clients.size(); ++i)
            counted[i] = inPeriod(sel, facts.clients[i]) ? 1 : 0;
        for (const MilestoneFact& m : facts.milestones) {
            if (!counted[std::size_t(m.client)])
                continue;
            const auto first = std::upper_bound(days.begin(), days.end(), m.dueDay) - days.begin();
            const auto end = std::lower_bound(days.begin(), days.end(), m.doneDay) - days.begin();
            if (first < end) {
                ++diff[std::size_t(first)];
                --diff[std::size_t(end)];
            }
        }
        fig.values.assign(1, std::vector<qint64>(days.size(), 0));
        qint64 running = 0;
        for (std::size_t i = 0; i < days.size(); ++i) {
            running += diff[i];
            fig.values[0][i] = running;
        }
        return fig;
    }

    std::map<int, std::vector<qint64>> byCategory;
    if (!fig.categoryKeys.isEmpty()) { // a fixed list of categories, every one shown
        for (int c = 0; c < fig.categoryKeys.size(); ++c)
            byCategory[c].assign(seriesCount, 0);
    }
    classify(id, facts, sel, [&byCategory, seriesCount](qint32, int category, int series) {
        auto& counts = byCategory[category];
        if (counts.empty())
            counts.assign(seriesCount, 0);
        ++counts[std::size_t(series)];
    });

    std::vector<int> order;
    if (id == FigureId::CaseloadPerCoach || id == FigureId::MilestonesPerCoach) {
        auto nameOf = [&facts](int coach) {
            if (coach < 0)
                return tr("No coach");
            const QString& name = facts.coachNames.value(coach);
            return name.isEmpty() ? tr("Unknown coach") : name;
        };
        for (const auto& [coach, counts] : byCategory)
            order.push_back(coach);
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = collator.compare(nameOf(a), nameOf(b));
            return c != 0 ? c < 0 : a < b;
        });
        for (int coach : order) {
            fig.categoryKeys << (coach < 0 ? QString(QLatin1String("")) : facts.coachIds[coach]);
            fig.categories << nameOf(coach);
        }
    } else if (id == FigureId::InflowPerQuarter) {
        // Every quarter of the period, also the empty ones, so the axis is a time line.
        int first = filter.from.isValid() ? quarterOf(CaseloadFacts::day(filter.from))
                                          : (byCategory.empty() ? quarterOf(sel.ref) : byCategory.begin()->first);
        for (int q = first; q <= quarterOf(sel.ref); ++q) {
            order.push_back(q);
            fig.categoryKeys << quarterKey(q);
            fig.categories << tr("Q%1 %2").arg(q % 4 + 1).arg(q / 4);
        }
    } else {
        for (int c = 0; c < fig.categoryKeys.size(); ++c)
            order.push_back(c);
    }

    fig.values.assign(seriesCount, std::vector<qint64>(order.size(), 0));
    for (std::size_t c = 0; c < order.size(); ++c) {
        const auto it = byCategory.find(order[c]);
        if (it == byCategory.end())
            continue;
        for (std::size_t s = 0; s < seriesCount; ++s)
            fig.values[s][c] = it->second[s];
    }
    if (id == FigureId::Timeliness)
        addTimelinessMeasures(fig, facts, sel);
    if (id == FigureId::InflowPerQuarter) {
        for (int c = 0; c < fig.categoryKeys.size(); ++c) {
            const qint64 total = fig.categoryTotal(c);
            fig.line.push_back(total > 0 ? 100.0 * double(fig.value(WithPip, c)) / double(total)
                                         : std::numeric_limits<double>::quiet_NaN());
        }
    }
    return fig;
}

Result<std::vector<Figure>> DashboardFigures::computeAll(const DashboardFilter& filter) {
    std::vector<Figure> out;
    for (FigureId id : allFigures()) {
        auto fig = compute(id, filter);
        if (!fig.ok())
            return fig.error();
        out.push_back(std::move(fig.value()));
    }
    return out;
}

Result<QStringList> DashboardFigures::clientIds(FigureId id, const DashboardFilter& filter, const QString& categoryKey,
                                                const QString& seriesKey) {
    KOERS_TRY(ensureLoaded());
    const CaseloadFacts& facts = *m_facts;
    const QDate ref = filter.referenceDate(m_store->clock().today());
    const Selection sel = prepare(facts, filter, ref, m_rules);
    std::vector<char> hit(facts.clients.size(), 0);

    if (id == FigureId::LateTrend) {
        const QDate month = monthOfKey(categoryKey);
        if (!month.isValid())
            return QStringList();
        const qint32 day = CaseloadFacts::day(std::min(monthEnd(month), ref));
        for (const MilestoneFact& m : facts.milestones)
            if (lateAt(m, day) && inPeriod(sel, facts.clients[std::size_t(m.client)]))
                hit[std::size_t(m.client)] = 1;
    } else {
        int wantedCategory = std::numeric_limits<int>::min();
        switch (id) {
        case FigureId::CaseloadPerCoach:
        case FigureId::MilestonesPerCoach:
            wantedCategory = categoryKey.isEmpty() ? -1 : int(facts.coachIds.indexOf(categoryKey));
            if (!categoryKey.isEmpty() && wantedCategory < 0)
                return QStringList();
            break;
        case FigureId::ClientsPerPhase:
            wantedCategory = int(phaseKeys().indexOf(categoryKey));
            break;
        case FigureId::WeeksToPip:
            wantedCategory = categoryKey.toInt() - 1;
            break;
        case FigureId::InflowPerQuarter:
            wantedCategory = quarterOfKey(categoryKey);
            break;
        case FigureId::LateTrend:
            break;
        default: // the report's figures: a fixed list of categories
            wantedCategory = int(skeleton(id, filter).categoryKeys.indexOf(categoryKey));
            break;
        }
        const int wantedSeries = seriesKey.isNull() ? -1 : int(seriesKeysOf(id).indexOf(seriesKey));
        if (!seriesKey.isNull() && wantedSeries < 0)
            return QStringList();
        classify(id, facts, sel, [&](qint32 client, int category, int series) {
            if (category == wantedCategory && (wantedSeries < 0 || series == wantedSeries))
                hit[std::size_t(client)] = 1;
        });
    }
    QStringList ids;
    for (std::size_t i = 0; i < hit.size(); ++i)
        if (hit[i])
            ids << facts.clientIds[i];
    ids.sort();
    return ids;
}

Status DashboardFigures::writeCsv(const Figure& fig, QIODevice& device) {
    CsvWriter w = CsvWriter::forExcel(device);
    KOERS_TRY(
        w.writeRow({tr("Figure"), tr("Category key"), tr("Category"), tr("Series key"), tr("Series"), tr("Value")}));
    for (int c = 0; c < fig.categoryKeys.size(); ++c) {
        for (int s = 0; s < fig.seriesKeys.size(); ++s)
            KOERS_TRY(w.writeRow({fig.code, fig.categoryKeys[c], fig.categories[c], fig.seriesKeys[s], fig.series[s],
                                  QString::number(fig.value(s, c))}));
        if (fig.hasLine()) {
            const double v = fig.line[std::size_t(c)];
            KOERS_TRY(w.writeRow({fig.code, fig.categoryKeys[c], fig.categories[c], QStringLiteral("share_pct"),
                                  fig.lineName, std::isnan(v) ? QString() : QString::number(v, 'f', 1)}));
        }
    }
    return w.finish();
}

} // namespace koers
