#include "DashboardFigures.h"

#include "ExcelNumber.h"
#include "FigureTable.h"
#include "FigureTerms.h"
#include "csv/CsvWriter.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QCollator>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace koers {

namespace {

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

QString cohortKey(int cohort) {
    return QStringLiteral("%1_%2")
        .arg(FigureTerms::cohortYear(cohort))
        .arg(FigureTerms::cohortIsAsylum(cohort) ? QStringLiteral("asylum") : QStringLiteral("family_other"));
}

int cohortOfKey(const QString& key) {
    bool ok = false;
    const int year = key.left(4).toInt(&ok);
    if (!ok || key.size() < 6 || key[4] != QLatin1Char('_'))
        return std::numeric_limits<int>::min();
    const QStringView group = QStringView(key).mid(5);
    if (group == QLatin1String("asylum"))
        return year * 2;
    if (group == QLatin1String("family_other"))
        return year * 2 + 1;
    return std::numeric_limits<int>::min();
}

// The figure as its entry describes it, before anything is counted.
Figure described(const FigureDef& def, const FigureTerms& terms) {
    Figure fig;
    fig.id = def.id;
    fig.code = QString::fromLatin1(def.key);
    def.describe(fig, terms);
    return fig;
}

bool fixedCategories(const FigureDef& def) {
    return def.axis == FigureAxis::Fixed || def.axis == FigureAxis::Months;
}

// The categories counted on an axis whose categories follow from the counts: the coaches by name, every
// quarter of the period (also the empty ones, so the axis is a time line), or every cohort. Sets the keys and
// labels.
std::vector<int> orderCategories(const FigureDef& def, const CaseloadFacts& facts, const FigureTerms& terms,
                                 const std::map<int, std::vector<qint64>>& counted, Figure& fig) {
    std::vector<int> order;
    if (def.axis == FigureAxis::Coaches) {
        auto nameOf = [&facts](int coach) {
            if (coach < 0)
                return DashboardFigures::tr("No coach");
            const QString& name = facts.coachNames.value(coach);
            return name.isEmpty() ? DashboardFigures::tr("Unknown coach") : name;
        };
        for (const auto& [coach, counts] : counted)
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
        return order;
    }
    if (def.axis == FigureAxis::Cohorts) {
        // Every year from the first cohort to ref's, both groups, so a year without starters still shows.
        if (counted.empty())
            return order;
        const int firstYear = FigureTerms::cohortYear(counted.begin()->first);
        for (int year = firstYear; year <= terms.refDate().year(); ++year)
            for (int cohort : {year * 2, year * 2 + 1}) {
                order.push_back(cohort);
                fig.categoryKeys << cohortKey(cohort);
                fig.categories << (FigureTerms::cohortIsAsylum(cohort)
                                       ? DashboardFigures::tr("%1, asylum status holders").arg(year)
                                       : DashboardFigures::tr("%1, family and other migrants").arg(year));
            }
        return order;
    }
    const QDate from = terms.filter().from;
    const int last = quarterOf(terms.ref());
    const int first =
        from.isValid() ? quarterOf(CaseloadFacts::day(from)) : (counted.empty() ? last : counted.begin()->first);
    for (int q = first; q <= last; ++q) {
        order.push_back(q);
        fig.categoryKeys << quarterKey(q);
        fig.categories << DashboardFigures::tr("Q%1 %2").arg(q % 4 + 1).arg(q / 4);
    }
    return order;
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
    return FigureTable::ids(FigureUse::Dashboard);
}

std::vector<FigureId> DashboardFigures::reportFigures() {
    return FigureTable::ids(FigureUse::Report);
}

std::vector<FigureId> DashboardFigures::cohortFigures() {
    return FigureTable::ids(FigureUse::Cohort);
}

QString DashboardFigures::code(FigureId id) {
    return QString::fromLatin1(FigureTable::of(id).key);
}

Result<Figure> DashboardFigures::compute(FigureId id, const DashboardFilter& filter) {
    KOERS_TRY(ensureLoaded());
    const CaseloadFacts& facts = *m_facts;
    const FigureDef& def = FigureTable::of(id);
    const FigureTerms terms(facts, filter, filter.referenceDate(m_store->clock().today()), m_rules);
    Figure fig = described(def, terms);
    const std::size_t seriesCount = std::size_t(fig.seriesKeys.size());

    if (fixedCategories(def)) {
        const int n = int(fig.categoryKeys.size());
        fig.values.assign(seriesCount, std::vector<qint64>(std::size_t(n), 0));
        auto count = [&fig, n](qint32, int category, int series) {
            if (category >= 0 && category < n)
                ++fig.values[std::size_t(series)][std::size_t(category)];
        };
        def.classify(terms, FigureVisit(count));
    } else {
        std::map<int, std::vector<qint64>> counted;
        auto count = [&counted, seriesCount](qint32, int category, int series) {
            auto& counts = counted[category];
            if (counts.empty())
                counts.assign(seriesCount, 0);
            ++counts[std::size_t(series)];
        };
        def.classify(terms, FigureVisit(count));
        const std::vector<int> order = orderCategories(def, facts, terms, counted, fig);
        fig.values.assign(seriesCount, std::vector<qint64>(order.size(), 0));
        for (std::size_t c = 0; c < order.size(); ++c)
            if (const auto it = counted.find(order[c]); it != counted.end())
                for (std::size_t s = 0; s < seriesCount; ++s)
                    fig.values[s][c] = it->second[s];
    }
    if (def.finish)
        def.finish(fig, terms);
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
    const FigureDef& def = FigureTable::of(id);
    const FigureTerms terms(facts, filter, filter.referenceDate(m_store->clock().today()), m_rules);
    const Figure fig = described(def, terms);

    // The category the key names, as the classifier reports it (see FigureAxis).
    int wantedCategory = std::numeric_limits<int>::min();
    switch (def.axis) {
    case FigureAxis::Fixed:
    case FigureAxis::Months:
        wantedCategory = int(fig.categoryKeys.indexOf(categoryKey));
        break;
    case FigureAxis::Coaches:
        wantedCategory = categoryKey.isEmpty() ? -1 : int(facts.coachIds.indexOf(categoryKey));
        if (!categoryKey.isEmpty() && wantedCategory < 0)
            return QStringList();
        break;
    case FigureAxis::Quarters:
        wantedCategory = quarterOfKey(categoryKey);
        break;
    case FigureAxis::Cohorts:
        wantedCategory = cohortOfKey(categoryKey);
        break;
    }
    if (fixedCategories(def) && wantedCategory < 0)
        return QStringList();
    const int wantedSeries = seriesKey.isNull() ? -1 : int(fig.seriesKeys.indexOf(seriesKey));
    if (!seriesKey.isNull() && wantedSeries < 0)
        return QStringList();

    std::vector<char> hit(facts.clients.size(), 0);
    auto collect = [&](qint32 client, int category, int series) {
        if (category == wantedCategory && (wantedSeries < 0 || series == wantedSeries))
            hit[std::size_t(client)] = 1;
    };
    def.classify(terms, FigureVisit(collect));
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
                                  fig.lineName, std::isnan(v) ? QString() : excelDecimal(v, 1)}));
        }
        for (const FigureMeasure& m : fig.measures) {
            const double v = m.values[std::size_t(c)];
            KOERS_TRY(w.writeRow({fig.code, fig.categoryKeys[c], fig.categories[c], m.key, m.name,
                                  std::isnan(v) ? QString() : excelDecimal(v, m.decimals)}));
        }
    }
    return w.finish();
}

} // namespace koers
