#include "DashboardFigures.h"

#include "csv/CsvWriter.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace koers {

namespace {

// SQL text with its parameters. Every value is bound, never spliced into the text; equal values share
// one placeholder, so the reference date used ten times is bound once.
struct Query {
    QString sql;
    QStringList args;

    QString p(const QString& value) {
        qsizetype at = args.indexOf(value);
        if (at < 0) {
            args << value;
            at = args.size() - 1;
        }
        return QStringLiteral("?%1").arg(at + 1);
    }
};

QString iso(QDate date) {
    return date.toString(Qt::ISODate);
}

template <class E>
QString codeList(std::initializer_list<E> values) {
    QStringList out;
    for (E v : values)
        out << QLatin1Char('\'') + toCode(v) + QLatin1Char('\'');
    return out.join(QLatin1String(", "));
}

const QString& startExpr() {
    static const QString s = QStringLiteral("COALESCE(c.koppeling_date, c.brp_date, c.duo_notice_date)");
    return s;
}

const QString& openStatuses() {
    static const QString s = codeList({ClientStatus::Active, ClientStatus::Voluntary});
    return s;
}

// Deadlines are dates, not work: they are no milestone a coach can be late with.
const QString& deadlineKinds() {
    static const QString s =
        codeList({MilestoneKind::RouteSwitchDeadline, MilestoneKind::TermEnd, MilestoneKind::OntzorgenEnded});
    return s;
}

// What a route consists of; all of them achieved means the client is finishing.
const QString& completionKinds() {
    static const QString s = codeList(
        {MilestoneKind::ExamReading, MilestoneKind::ExamListening, MilestoneKind::ExamWriting,
         MilestoneKind::ExamSpeaking, MilestoneKind::ExamKnm, MilestoneKind::MapDone, MilestoneKind::PvtSigned,
         MilestoneKind::BridgingYearDone, MilestoneKind::ZCourseHoursDone, MilestoneKind::ZParticipationHoursDone});
    return s;
}

// "selected" in the header: the filter's own conditions on client c.
QString selected(Query& q, const DashboardFilter& f) {
    QString w = QStringLiteral("c.deleted = 0");
    if (!f.municipalityIds.isEmpty()) {
        QStringList ps;
        for (const QString& id : f.municipalityIds)
            ps << q.p(id);
        w += QStringLiteral(" AND c.municipality_id IN (%1)").arg(ps.join(QLatin1String(", ")));
    }
    if (!f.coachId.isEmpty())
        w += QStringLiteral(" AND c.coach_id = ") + q.p(f.coachId);
    if (f.route)
        w += QStringLiteral(" AND c.route = ") + q.p(toCode(*f.route));
    if (f.targetGroup)
        w += QStringLiteral(" AND c.target_group = ") + q.p(toCode(*f.targetGroup));
    return w;
}

QString startedBy(Query& q, QDate ref) {
    return QStringLiteral("(%1 IS NULL OR %1 <= %2)").arg(startExpr(), q.p(iso(ref)));
}

QString inCaseloadAt(Query& q, const DashboardFilter& f, QDate ref) {
    return selected(q, f) + QStringLiteral(" AND ") + startedBy(q, ref) +
           QStringLiteral(" AND (c.status IN (%1) OR c.status_date > %2)").arg(openStatuses(), q.p(iso(ref)));
}

// A null `from` binds '' which sorts before every date, so "on/after from" holds for every date and
// for a missing one.
QString fromArg(Query& q, const DashboardFilter& f) {
    return q.p(f.from.isValid() ? iso(f.from) : QString(QLatin1String("")));
}

QString inPeriod(Query& q, const DashboardFilter& f, QDate ref) {
    return selected(q, f) + QStringLiteral(" AND ") + startedBy(q, ref) +
           QStringLiteral(" AND (c.status IN (%1) OR COALESCE(c.status_date, '') >= %2)")
               .arg(openStatuses(), fromArg(q, f));
}

QString achievedBy(Query& q, const QString& day) {
    return QStringLiteral("(m.status = 'achieved' AND COALESCE(m.done_date, '') <= %1)").arg(q.p(day));
}

QString lateAt(Query& q, const QString& day) {
    return QStringLiteral("(m.due_date < %1 AND NOT %2)").arg(q.p(day), achievedBy(q, day));
}

QString taskMilestones() {
    return QStringLiteral("m.deleted = 0 AND m.status <> 'waived' AND m.kind NOT IN (%1)").arg(deadlineKinds());
}

const QString& firstPipJoin() {
    static const QString s =
        QStringLiteral("(SELECT client_id, min(decision_date) AS first_pip FROM plan_version "
                       "WHERE deleted = 0 AND decision_date IS NOT NULL GROUP BY client_id) pv ON pv.client_id = c.id");
    return s;
}

// --- The classifiers: one row per client (or milestone) with client_id, cat, ser. The count groups
// them, the drill-down selects from them, so both follow the same definition.

QString classifyCaseload(Query& q, const DashboardFilter& f, QDate ref) {
    return QStringLiteral("SELECT c.id AS client_id, COALESCE(c.coach_id, '') AS cat, c.route AS ser "
                          "FROM client c WHERE ") +
           inCaseloadAt(q, f, ref);
}

QString classifyPhase(Query& q, const DashboardFilter& f, QDate ref) {
    const QString r = q.p(iso(ref));
    const QString soon = q.p(iso(ref.addMonths(6)));
    return QStringLiteral("SELECT c.id AS client_id, CASE "
                          "WHEN c.status NOT IN (%1) AND COALESCE(c.status_date, '') <= %2 THEN 'done' "
                          "WHEN pv.first_pip IS NULL OR pv.first_pip > %2 THEN 'intake' "
                          "WHEN COALESCE(ms.started, 0) = 0 THEN 'pip' "
                          "WHEN (ms.parts > 0 AND ms.parts_done = ms.parts) OR ms.term_soon THEN 'finishing' "
                          "ELSE 'in_route' END AS cat, '' AS ser "
                          "FROM client c LEFT JOIN %3 "
                          "LEFT JOIN (SELECT m.client_id, "
                          "max(m.kind = 'language_course_started' AND %4) AS started, "
                          "sum(m.kind IN (%5) AND m.status <> 'waived') AS parts, "
                          "sum(m.kind IN (%5) AND %4) AS parts_done, "
                          "max(m.kind = 'term_end' AND m.status <> 'waived' AND m.due_date <= %6) AS term_soon "
                          "FROM milestone m WHERE m.deleted = 0 GROUP BY m.client_id) ms ON ms.client_id = c.id "
                          "WHERE ")
               .arg(openStatuses(), r, firstPipJoin(), achievedBy(q, iso(ref)), completionKinds(), soon) +
           inPeriod(q, f, ref);
}

QString classifyMilestones(Query& q, const DashboardFilter& f, QDate ref) {
    const QString r = iso(ref);
    return QStringLiteral("SELECT c.id AS client_id, COALESCE(c.coach_id, '') AS cat, CASE "
                          "WHEN %1 THEN CASE WHEN COALESCE(m.done_date, '') >= %2 THEN 'achieved' END "
                          "WHEN %3 THEN 'late' ELSE 'on_schedule' END AS ser "
                          "FROM client c JOIN milestone m ON m.client_id = c.id WHERE %4 AND ")
               .arg(achievedBy(q, r), fromArg(q, f), lateAt(q, r), taskMilestones()) +
           inPeriod(q, f, ref);
}

QString daysToPipExpr() {
    return QStringLiteral("CAST(julianday(pv.first_pip) - julianday(%1) AS INTEGER)").arg(startExpr());
}

QString classifyWeeksToPip(Query& q, const DashboardFilter& f, QDate ref, int normDays) {
    const QString days = daysToPipExpr();
    return QStringLiteral("SELECT c.id AS client_id, CAST(min(%1, max(1, (%2 + 6) / 7)) AS TEXT) AS cat, "
                          "CASE WHEN %2 <= %3 THEN 'within' ELSE 'after' END AS ser "
                          "FROM client c JOIN %4 WHERE %5 IS NOT NULL AND pv.first_pip >= %6 AND pv.first_pip <= %7 "
                          "AND ")
               .arg(DashboardFigures::maxWeekBin)
               .arg(days)
               .arg(normDays)
               .arg(firstPipJoin(), startExpr(), fromArg(q, f), q.p(iso(ref))) +
           selected(q, f);
}

QString quarterExpr() {
    return QStringLiteral("(substr(%1, 1, 4) || '-Q' || ((CAST(substr(%1, 6, 2) AS INTEGER) + 2) / 3))")
        .arg(startExpr());
}

QString classifyInflow(Query& q, const DashboardFilter& f, QDate ref) {
    const QString r = q.p(iso(ref));
    return QStringLiteral("SELECT c.id AS client_id, %1 AS cat, "
                          "CASE WHEN pv.first_pip <= %2 THEN 'with_pip' ELSE 'without_pip' END AS ser "
                          "FROM client c LEFT JOIN %3 WHERE %4 >= %5 AND %4 <= %2 AND ")
               .arg(quarterExpr(), r, firstPipJoin(), startExpr(), fromArg(q, f)) +
           selected(q, f);
}

// --- Running queries.

Result<std::vector<QStringList>> rows(Store& store, const Query& q) {
    auto st = store.db().prepare(q.sql);
    if (!st.ok())
        return st.error();
    for (qsizetype i = 0; i < q.args.size(); ++i)
        st->bind(int(i + 1), q.args[i]);
    std::vector<QStringList> out;
    const int columns = st->columnCount();
    for (;;) {
        auto more = st->step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << st->text(c);
        out.push_back(std::move(row));
    }
    return out;
}

// cat, ser, count for a classifier.
Result<std::vector<QStringList>> counts(Store& store, Query q, const QString& classifier) {
    q.sql = QStringLiteral("SELECT cat, ser, count(*) FROM (%1) GROUP BY cat, ser").arg(classifier);
    return rows(store, q);
}

void fill(Figure& fig, const std::vector<QStringList>& counted) {
    fig.values.assign(std::size_t(fig.seriesKeys.size()), std::vector<qint64>(std::size_t(fig.categoryKeys.size()), 0));
    for (const QStringList& row : counted) {
        const int c = fig.categoryIndex(row[0]);
        const int s = fig.seriesIndex(row[1]);
        if (c >= 0 && s >= 0)
            fig.values[std::size_t(s)][std::size_t(c)] += row[2].toLongLong();
    }
}

QStringList distinctFirst(const std::vector<QStringList>& counted) {
    QStringList out;
    for (const QStringList& row : counted)
        if (!out.contains(row[0]))
            out << row[0];
    return out;
}

QString quarterKey(QDate d) {
    return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() + 2) / 3);
}

QDate quarterStart(QDate d) {
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

QString monthKey(QDate d) {
    return d.toString(QStringLiteral("yyyy-MM"));
}

QDate monthEnd(QDate d) {
    return QDate(d.year(), d.month(), d.daysInMonth());
}

QDate dateOfMonthKey(const QString& key) {
    return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

QStringList monthsOf(const DashboardFilter& f, QDate ref) {
    QDate first = f.from.isValid() ? f.from : ref.addMonths(-11);
    first = QDate(first.year(), first.month(), 1);
    QStringList out;
    for (QDate m = first; m <= ref; m = m.addMonths(1))
        out << monthKey(m);
    return out;
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

std::vector<FigureId> DashboardFigures::allFigures() {
    return {FigureId::CaseloadPerCoach, FigureId::ClientsPerPhase,  FigureId::MilestonesPerCoach,
            FigureId::WeeksToPip,       FigureId::InflowPerQuarter, FigureId::LateTrend};
}

QString DashboardFigures::code(FigureId id) {
    switch (id) {
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

QDate DashboardFigures::referenceDate(const DashboardFilter& filter) const {
    return filter.referenceDate(m_store->clock().today());
}

Result<Figure> DashboardFigures::compute(FigureId id, const DashboardFilter& filter) {
    switch (id) {
    case FigureId::CaseloadPerCoach:
        return caseloadPerCoach(filter);
    case FigureId::ClientsPerPhase:
        return clientsPerPhase(filter);
    case FigureId::MilestonesPerCoach:
        return milestonesPerCoach(filter);
    case FigureId::WeeksToPip:
        return weeksToPip(filter);
    case FigureId::InflowPerQuarter:
        return inflowPerQuarter(filter);
    case FigureId::LateTrend:
        return lateTrend(filter);
    }
    return makeError(ErrorCode::Invalid, tr("Unknown figure."));
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

Status DashboardFigures::labelCoaches(Figure& fig) {
    Query q;
    q.sql = QStringLiteral("SELECT id, name FROM coach");
    auto names = rows(*m_store, q);
    if (!names.ok())
        return names.error();
    QHash<QString, QString> byId;
    for (const QStringList& row : names.value())
        byId.insert(row[0], row[1]);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto labelOf = [&byId](const QString& key) {
        if (key.isEmpty())
            return tr("No coach");
        return byId.value(key, tr("Unknown coach"));
    };
    std::sort(fig.categoryKeys.begin(), fig.categoryKeys.end(), [&](const QString& a, const QString& b) {
        const int c = collator.compare(labelOf(a), labelOf(b));
        return c != 0 ? c < 0 : a < b;
    });
    fig.categories.clear();
    for (const QString& key : fig.categoryKeys)
        fig.categories << labelOf(key);
    return {};
}

Result<Figure> DashboardFigures::caseloadPerCoach(const DashboardFilter& filter) {
    Figure fig;
    fig.id = FigureId::CaseloadPerCoach;
    fig.code = code(fig.id);
    fig.title = tr("Caseload per coach");
    fig.categoryTitle = tr("Coach");
    fig.valueTitle = tr("Clients");
    for (Route r : {Route::B1, Route::Education, Route::Z, Route::None}) {
        fig.seriesKeys << toCode(r);
        fig.series << label(r);
    }
    Query q;
    const QString classifier = classifyCaseload(q, filter, referenceDate(filter));
    auto counted = counts(*m_store, q, classifier);
    if (!counted.ok())
        return counted.error();
    fig.categoryKeys = distinctFirst(counted.value());
    KOERS_TRY(labelCoaches(fig));
    fill(fig, counted.value());
    return fig;
}

Result<Figure> DashboardFigures::clientsPerPhase(const DashboardFilter& filter) {
    Figure fig;
    fig.id = FigureId::ClientsPerPhase;
    fig.code = code(fig.id);
    fig.title = tr("Clients per phase");
    fig.categoryTitle = tr("Phase");
    fig.valueTitle = tr("Clients");
    fig.categoryKeys = QStringList{QStringLiteral("intake"), QStringLiteral("pip"), QStringLiteral("in_route"),
                                   QStringLiteral("finishing"), QStringLiteral("done")};
    fig.categories = QStringList{tr("Intake"), tr("PIP decided"), tr("In route"), tr("Finishing"), tr("Done")};
    fig.seriesKeys = QStringList{QString(QLatin1String(""))};
    fig.series = QStringList{tr("Clients")};
    Query q;
    const QString classifier = classifyPhase(q, filter, referenceDate(filter));
    auto counted = counts(*m_store, q, classifier);
    if (!counted.ok())
        return counted.error();
    fill(fig, counted.value());
    return fig;
}

Result<Figure> DashboardFigures::milestonesPerCoach(const DashboardFilter& filter) {
    Figure fig;
    fig.id = FigureId::MilestonesPerCoach;
    fig.code = code(fig.id);
    fig.title = tr("Milestones per coach");
    fig.categoryTitle = tr("Coach");
    fig.valueTitle = tr("Milestones");
    fig.seriesKeys = QStringList{QStringLiteral("on_schedule"), QStringLiteral("late"), QStringLiteral("achieved")};
    fig.series = QStringList{tr("On schedule"), tr("Late"), tr("Achieved")};
    Query q;
    const QString classifier = classifyMilestones(q, filter, referenceDate(filter));
    auto counted = counts(*m_store, q, classifier);
    if (!counted.ok())
        return counted.error();
    std::vector<QStringList> kept;
    for (const QStringList& row : counted.value())
        if (!row[1].isEmpty()) // achieved before the period
            kept.push_back(row);
    fig.categoryKeys = distinctFirst(kept);
    KOERS_TRY(labelCoaches(fig));
    fill(fig, kept);
    return fig;
}

Result<Figure> DashboardFigures::weeksToPip(const DashboardFilter& filter) {
    Figure fig;
    fig.id = FigureId::WeeksToPip;
    fig.code = code(fig.id);
    fig.title = tr("Weeks from koppeling to first PIP");
    fig.categoryTitle = tr("Weeks");
    fig.valueTitle = tr("Clients");
    for (int w = 1; w <= maxWeekBin; ++w) {
        fig.categoryKeys << QString::number(w);
        fig.categories << (w == maxWeekBin ? tr("%1+").arg(w) : QString::number(w));
    }
    fig.seriesKeys = QStringList{QStringLiteral("within"), QStringLiteral("after")};
    fig.series = QStringList{tr("Within %n weeks", nullptr, m_rules.pipWeeks), tr("Later")};
    fig.normAfterCategory = std::min(m_rules.pipWeeks, maxWeekBin) - 1;
    fig.normLabel = tr("Norm: %n weeks", nullptr, m_rules.pipWeeks);
    Query q;
    const QString classifier = classifyWeeksToPip(q, filter, referenceDate(filter), m_rules.pipWeeks * 7);
    auto counted = counts(*m_store, q, classifier);
    if (!counted.ok())
        return counted.error();
    fill(fig, counted.value());
    return fig;
}

Result<Figure> DashboardFigures::inflowPerQuarter(const DashboardFilter& filter) {
    Figure fig;
    fig.id = FigureId::InflowPerQuarter;
    fig.code = code(fig.id);
    fig.title = tr("Inflow per quarter");
    fig.categoryTitle = tr("Quarter of koppeling or BRP registration");
    fig.valueTitle = tr("Clients");
    fig.seriesKeys = QStringList{QStringLiteral("with_pip"), QStringLiteral("without_pip")};
    fig.series = QStringList{tr("With PIP"), tr("Without PIP yet")};
    fig.lineName = tr("Share with PIP (%)");
    const QDate ref = referenceDate(filter);
    Query q;
    const QString classifier = classifyInflow(q, filter, ref);
    auto counted = counts(*m_store, q, classifier);
    if (!counted.ok())
        return counted.error();
    // Every quarter of the period, also the empty ones, so the axis is a time line.
    QDate first = filter.from;
    if (!first.isValid()) {
        for (const QStringList& row : counted.value()) {
            const QDate d(row[0].left(4).toInt(), (row[0].mid(6).toInt() - 1) * 3 + 1, 1);
            if (d.isValid() && (!first.isValid() || d < first))
                first = d;
        }
    }
    if (first.isValid()) {
        for (QDate d = quarterStart(first); d <= ref; d = d.addMonths(3)) {
            fig.categoryKeys << quarterKey(d);
            fig.categories << tr("Q%1 %2").arg((d.month() + 2) / 3).arg(d.year());
        }
    }
    fill(fig, counted.value());
    for (int c = 0; c < fig.categoryKeys.size(); ++c) {
        const qint64 total = fig.categoryTotal(c);
        fig.line.push_back(total > 0 ? 100.0 * double(fig.value(0, c)) / double(total)
                                     : std::numeric_limits<double>::quiet_NaN());
    }
    return fig;
}

Result<Figure> DashboardFigures::lateTrend(const DashboardFilter& filter) {
    Figure fig;
    fig.id = FigureId::LateTrend;
    fig.code = code(fig.id);
    fig.title = tr("Late milestones per month");
    fig.categoryTitle = tr("Month");
    fig.valueTitle = tr("Milestones late at the end of the month");
    fig.seriesKeys = QStringList{QStringLiteral("late")};
    fig.series = QStringList{tr("Late milestones")};
    const QDate ref = referenceDate(filter);
    fig.categoryKeys = monthsOf(filter, ref);
    for (const QString& key : fig.categoryKeys)
        fig.categories << QLocale().toString(dateOfMonthKey(key), QStringLiteral("MMM yyyy"));

    // One pass: each milestone is late from the month after its due date's day (the month holding due + 1
    // day) until the month it was achieved in. Counting those intervals per month end gives the same as
    // "late at the month's last day" without a query per month; ref's own month is counted at ref.
    const QString r = iso(ref);
    Query q;
    q.sql = QStringLiteral("SELECT strftime('%Y-%m', m.due_date, '+1 day') AS late_from, "
                           "CASE WHEN m.status = 'achieved' THEN substr(COALESCE(m.done_date, ''), 1, 7) "
                           "ELSE '9999-12' END AS done_month, %1 AS late_at_ref, count(*) "
                           "FROM client c JOIN milestone m ON m.client_id = c.id "
                           "WHERE %2 AND m.due_date < %3 AND ")
                .arg(lateAt(q, r), taskMilestones(), q.p(r)) +
            inPeriod(q, filter, ref) + QStringLiteral(" GROUP BY 1, 2, 3");
    auto counted = rows(*m_store, q);
    if (!counted.ok())
        return counted.error();
    fig.values.assign(1, std::vector<qint64>(std::size_t(fig.categoryKeys.size()), 0));
    for (int c = 0; c < fig.categoryKeys.size(); ++c) {
        const QString& month = fig.categoryKeys[c];
        const bool partial = monthEnd(dateOfMonthKey(month)) > ref;
        qint64 n = 0;
        for (const QStringList& row : counted.value()) {
            if (partial ? row[2] == QLatin1String("1") : (row[0] <= month && month < row[1]))
                n += row[3].toLongLong();
        }
        fig.values[0][std::size_t(c)] = n;
    }
    return fig;
}

Result<QStringList> DashboardFigures::clientIds(FigureId id, const DashboardFilter& filter, const QString& categoryKey,
                                                const QString& seriesKey) {
    const QDate ref = referenceDate(filter);
    Query q;
    QString classifier;
    switch (id) {
    case FigureId::CaseloadPerCoach:
        classifier = classifyCaseload(q, filter, ref);
        break;
    case FigureId::ClientsPerPhase:
        classifier = classifyPhase(q, filter, ref);
        break;
    case FigureId::MilestonesPerCoach:
        classifier = classifyMilestones(q, filter, ref);
        break;
    case FigureId::WeeksToPip:
        classifier = classifyWeeksToPip(q, filter, ref, m_rules.pipWeeks * 7);
        break;
    case FigureId::InflowPerQuarter:
        classifier = classifyInflow(q, filter, ref);
        break;
    case FigureId::LateTrend: {
        const QDate month = dateOfMonthKey(categoryKey);
        if (!month.isValid())
            return QStringList();
        const QString day = iso(std::min(monthEnd(month), ref));
        classifier = QStringLiteral("SELECT c.id AS client_id, %1 AS cat, 'late' AS ser "
                                    "FROM client c JOIN milestone m ON m.client_id = c.id WHERE %2 AND %3 AND ")
                         .arg(q.p(categoryKey), taskMilestones(), lateAt(q, day)) +
                     inPeriod(q, filter, ref);
        break;
    }
    }
    q.sql = QStringLiteral("SELECT DISTINCT client_id FROM (%1) WHERE cat = %2").arg(classifier, q.p(categoryKey));
    if (!seriesKey.isNull())
        q.sql += QStringLiteral(" AND ser = ") + q.p(seriesKey);
    q.sql += QStringLiteral(" ORDER BY client_id");
    auto found = rows(*m_store, q);
    if (!found.ok())
        return found.error();
    QStringList ids;
    for (const QStringList& row : found.value())
        ids << row[0];
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
