#include "PipLetter.h"

#include "domain/Municipality.h"
#include "queries/DossierQuery.h"
#include "rules/DueDates.h"
#include "rules/FirstPip.h"
#include "storage/Repository.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"

#include <QLocale>

#include <algorithm>

namespace koers {

namespace {

// As a letter writes a date: "5 mei 2025", without the weekday of QLocale's long format.
QString longDate(QDate date) {
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString yesNo(bool yes) {
    return yes ? PipLetter::tr("yes") : PipLetter::tr("no");
}

QString fact(const QString& label, const QString& value) {
    return label + QLatin1Char('\t') + value;
}

QString money(double euros) {
    return QStringLiteral("€ ") + QLocale().toString(euros, 'f', 2);
}

// The client's address as lines: a stored address may use line breaks or commas between its parts.
QStringList addressLines(const QString& address) {
    QStringList lines;
    for (const QString& part : QString(address).replace(QLatin1Char(','), QLatin1Char('\n')).split(QLatin1Char('\n')))
        if (const QString line = part.trimmed(); !line.isEmpty())
            lines << line;
    return lines;
}

} // namespace

Result<PipLetter> PipLetter::load(Store& store, const QString& clientId, int version, Letterhead letterhead) {
    auto dossier = DossierQuery(store).load(clientId);
    if (!dossier.ok())
        return dossier.error();
    auto rules = RuleSettingsStore::load(store);
    if (!rules.ok())
        return rules.error();
    if (const QString& id = dossier->client.municipalityId; !id.isEmpty()) {
        auto municipality = Repository<Municipality>(store).get(id, true);
        if (!municipality.ok() && municipality.code() != ErrorCode::NotFound)
            return municipality.error();
        if (municipality.ok()) {
            if (letterhead.address.isEmpty() && !municipality->letterheadAddress.isEmpty())
                letterhead.address = municipality->letterheadAddress.split(QLatin1Char('\n'));
            if (letterhead.logoPath.isEmpty() && letterhead.logo.isEmpty())
                letterhead.logo = municipality->logoBytes();
        }
    }
    return make(dossier.value(), version, std::move(letterhead), rules.value());
}

Result<PipLetter> PipLetter::make(const Dossier& d, int version, Letterhead letterhead, const RuleSettings& rules) {
    std::vector<const PlanVersion*> plans;
    for (const PlanVersion& p : d.plans)
        if (!p.meta.deleted)
            plans.push_back(&p);
    if (plans.empty())
        return makeError(ErrorCode::NotFound, tr("This client has no PIP yet."));
    std::sort(plans.begin(), plans.end(),
              [](const PlanVersion* a, const PlanVersion* b) { return a->version < b->version; });
    const PlanVersion* plan = plans.back();
    if (version > 0) {
        const auto it =
            std::find_if(plans.begin(), plans.end(), [version](const PlanVersion* p) { return p->version == version; });
        if (it == plans.end())
            return makeError(ErrorCode::NotFound, tr("This client's PIP has no version %1.").arg(version));
        plan = *it;
    }
    if (!plan->decisionDate.isValid())
        return makeError(ErrorCode::Invalid, tr("This PIP version has no date of decision."));

    PipLetter letter;
    letter.clientId = d.client.meta.id;
    letter.planId = plan->meta.id;
    letter.version = plan->version;
    letter.change = plan != plans.front();
    if (letterhead.name.trimmed().isEmpty())
        letterhead.name = d.municipality;
    letter.letterhead = std::move(letterhead);
    const QString municipality = d.municipality.isEmpty() ? letter.letterhead.name : d.municipality;

    const QString name = (d.client.firstNames.trimmed() + QLatin1Char(' ') + d.client.lastName.trimmed()).trimmed();
    letter.recipient << name << addressLines(d.client.address);
    letter.dateLine = tr("Date of decision (dagtekening): %1").arg(longDate(plan->decisionDate));
    letter.subject = letter.change ? tr("Decision changing your personal plan for integration and participation (PIP), "
                                        "version %1")
                                         .arg(plan->version)
                                   : tr("Decision on your personal plan for integration and participation (PIP)");
    letter.salutation = tr("Dear %1,").arg(name);

    const QDate firstPip = FirstPip::of(d.plans);
    if (letter.change) {
        const PlanVersion* before = nullptr;
        for (const PlanVersion* p : plans)
            if (p->version < plan->version)
                before = p;
        letter.blocks.push_back(
            {{},
             {tr("The college van burgemeester en wethouders of %1 changes your personal plan for integration and "
                 "participation (PIP) under the Wet inburgering 2021. This decision replaces the plan of %2; what "
                 "is not changed below stays as it was agreed with you.")
                  .arg(municipality, longDate(before ? before->decisionDate : firstPip))},
             Block::Kind::Text});
    } else {
        letter.blocks.push_back(
            {{},
             {tr("The college van burgemeester en wethouders of %1 decides on your personal plan for integration "
                 "and participation (PIP) under the Wet inburgering 2021. We drew up this plan together with you, "
                 "after the brede intake. It says how you will integrate and take part, and what you and the "
                 "municipality will do for it.")
                  .arg(municipality)},
             Block::Kind::Text});
    }

    const DueDates due(rules);
    QStringList route;
    route << fact(tr("Learning route"), label(plan->route));
    if (firstPip.isValid())
        route << fact(tr("Integration term"), tr("%n year(s), from %1 to %2", nullptr, rules.termYears)
                                                  .arg(longDate(firstPip.addDays(1)), longDate(due.termEnd(firstPip))));
    route << fact(tr("Target language level"),
                  plan->targetLevel == LanguageLevel::None ? tr("not set") : label(plan->targetLevel));
    route << fact(tr("Language provider"),
                  plan->languageProvider.trimmed().isEmpty() ? tr("not yet chosen") : plan->languageProvider.trimmed());
    route << fact(tr("Hours per week"), QLocale().toString(plan->hoursPerWeek, 'g', 4));
    letter.blocks.push_back({tr("Your learning route"), route, Block::Kind::Facts});

    QStringList parts;
    parts << fact(tr("Module Arbeidsmarkt en Participatie (MAP)"), yesNo(plan->map));
    parts << fact(tr("Participation statement (PVT)"), yesNo(plan->pvt));
    parts << fact(tr("Knowledge of Dutch society (KNM)"), yesNo(plan->knm));
    parts << fact(tr("Ontzorgen (rent, energy and health insurance paid from your benefit)"),
                  plan->ontzorgenStart.isValid() || plan->ontzorgenEnd.isValid()
                      ? tr("from %1 to %2")
                            .arg(plan->ontzorgenStart.isValid() ? longDate(plan->ontzorgenStart) : tr("(not set)"),
                                 plan->ontzorgenEnd.isValid() ? longDate(plan->ontzorgenEnd) : tr("(not set)"))
                      : tr("no"));
    parts << fact(tr("Budget coaching"), plan->budgetCoaching > 0 ? money(plan->budgetCoaching) : tr("no"));
    parts << fact(tr("Childcare"), yesNo(plan->childcare));
    letter.blocks.push_back({tr("What your plan holds"), parts, Block::Kind::Facts});

    QStringList goals;
    for (LifeDomain domain : allValues<LifeDomain>()) {
        for (const PlanGoal& g : d.goals) {
            if (g.meta.deleted || g.planId != plan->meta.id || g.domain != domain)
                continue;
            QString line = label(domain) + QLatin1String(": ") + g.goal.trimmed();
            QStringList how;
            if (!g.action.trimmed().isEmpty())
                how << tr("action: %1").arg(g.action.trimmed());
            if (!g.owner.trimmed().isEmpty())
                how << tr("by: %1").arg(g.owner.trimmed());
            if (g.dueDate.isValid())
                how << tr("no later than %1").arg(longDate(g.dueDate));
            if (!how.isEmpty())
                line += QLatin1String(" (") + how.join(QLatin1String("; ")) + QLatin1Char(')');
            goals << line;
        }
    }
    if (goals.isEmpty())
        goals << tr("No goals have been set per life domain yet.");
    letter.blocks.push_back({tr("Your goals"), goals, Block::Kind::List});

    letter.blocks.push_back(
        {tr("How we follow your progress"),
         {tr("Your coach discusses your progress with you in a progress talk (voortgangsgesprek) at least every %n "
             "month(s). When your situation changes, or the plan no longer fits, we change it with you; you then "
             "get a new decision.",
             nullptr, rules.progressTalkMonths)},
         Block::Kind::Text});

    letter.blocks.push_back(
        {tr("Do you disagree with this decision?"),
         {tr("Then you can object (bezwaar maken) within six weeks of the date of this letter, to the college van "
             "burgemeester en wethouders of %1 (article 6:7 of the Algemene wet bestuursrecht). Write down your name "
             "and address, the date, which decision you object to and why, and sign your letter. Your coach can "
             "help you with it.")
              .arg(municipality)},
         Block::Kind::Text});

    letter.closing << tr("Kind regards,") << tr("The college van burgemeester en wethouders of %1,").arg(municipality)
                   << tr("on its behalf,");
    if (!d.coach.trimmed().isEmpty())
        letter.closing << d.coach.trimmed() << tr("coach (klantregisseur)");
    return letter;
}

QString PipLetter::text() const {
    QString out;
    auto line = [&out](const QString& text) {
        out += text + QLatin1Char('\n');
    };
    line(letterhead.name);
    for (const QString& a : letterhead.address)
        line(a);
    line({});
    for (const QString& r : recipient)
        line(r);
    line({});
    line(dateLine);
    line(subject);
    line({});
    line(salutation);
    for (const Block& b : blocks) {
        line({});
        if (!b.heading.isEmpty())
            line(b.heading);
        for (const QString& l : b.lines)
            line(b.kind == Block::Kind::Facts
                     ? QStringLiteral("  %1: %2")
                           .arg(l.section(QLatin1Char('\t'), 0, 0), l.section(QLatin1Char('\t'), 1))
                 : b.kind == Block::Kind::List ? QStringLiteral("  - ") + l
                                               : l);
    }
    line({});
    for (const QString& c : closing)
        line(c);
    return out;
}

QString PipLetter::suggestedFileName() const {
    // The record id, not the name: the file name shows up in listings and recent-file menus.
    return QStringLiteral("beschikking-pip-%1-v%2.pdf").arg(clientId.left(8)).arg(version);
}

Status PipLetter::recordExport(Store& store, const PipLetter& letter) {
    return store.audit(u"export-pip-letter", u"plan_version", letter.planId, letter.clientId,
                       QStringLiteral("version=%1").arg(letter.version));
}

} // namespace koers
