// koers-cli commands that edit one client's dossier through the core's DossierService, as the window does:
// the intake, PIP versions and goals, conversations, people involved and milestones. Enumerations are given by
// the stable codes of the sync format (intake_done, progress_talk, b1, ...), dates as yyyy-mm-dd or dd-mm-yyyy.
// The output names ids, codes and dates, never what was written about the client.
#include "CliSupport.h"
#include "services/DossierService.h"

#include <QCommandLineParser>

namespace koers::cli {

namespace {

// The parsed command line of one dossier command, or the exit code of a usage error.
struct Parsed {
    QString clientId;
    QStringList rest; // positional arguments after the client id
    int exit = -1;    // >= 0: stop with this code
};

Parsed parse(QCommandLineParser& p, Context& ctx, const QString& name, const QStringList& leading = {}) {
    Parsed out;
    QStringList args = ctx.args;
    for (const QString& word : leading) {
        if (args.isEmpty() || args.first() != word) {
            out.exit = usage(Cli::tr("Usage: %1 (see --help).").arg(name));
            return out;
        }
        args.removeFirst();
    }
    if (!p.parse(QStringList{name} + args)) {
        out.exit = usage(p.errorText());
        return out;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty()) {
        out.exit = usage(Cli::tr("%1 needs the client's id.").arg(name));
        return out;
    }
    out.clientId = positional.first();
    out.rest = positional.mid(1);
    return out;
}

// An enumeration value by its stable code; a usage error names the codes there are.
template <class E>
std::optional<E> codeArg(const QString& option, const QString& text) {
    if (const auto value = fromCode<E>(text))
        return value;
    QStringList codes;
    for (const auto& e : enumEntries<E>())
        codes << QString::fromLatin1(e.code);
    usage(Cli::tr("%1: unknown value \"%2\"; one of: %3.").arg(option, text, codes.join(QStringLiteral(", "))));
    return std::nullopt;
}

// A date option: empty when not given; nullopt (after a usage error) when it is no date.
std::optional<QDate> dateArg(const QCommandLineParser& p, const QString& option) {
    if (!p.isSet(option))
        return QDate();
    const QDate date = cliDate(p.value(option));
    if (!date.isValid()) {
        usage(Cli::tr("--%1: not a date (use yyyy-mm-dd or dd-mm-yyyy).").arg(option));
        return std::nullopt;
    }
    return date;
}

QString isoDate(QDate d) {
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

// Opens the file and the service; the exit code on failure.
struct Session {
    std::unique_ptr<Store> store;
    std::optional<DossierService> service;
    int exit = -1;
};

Session open(Context& ctx) {
    Session s;
    auto store = openStore(ctx);
    if (!store.ok()) {
        s.exit = fail(store.error());
        return s;
    }
    s.store = std::move(store.value());
    auto service = DossierService::forStore(*s.store);
    if (!service.ok()) {
        s.exit = fail(service.error());
        return s;
    }
    s.service.emplace(std::move(service.value()));
    return s;
}

QCommandLineOption option(const char* name, const QString& description, const char* valueName) {
    return {QString::fromLatin1(name), description, QString::fromLatin1(valueName)};
}

int cmdIntake(Context& ctx) {
    QCommandLineParser p;
    p.addOption(option("section", Cli::tr("The intake topic, by its code (e.g. language_level, health)."), "NAME"));
    p.addOption(option("score", Cli::tr("Its score, 1 to 5 (0: not assessed)."), "N"));
    p.addOption(option("note", Cli::tr("A note on the topic."), "T"));
    Parsed a = parse(p, ctx, QStringLiteral("intake"));
    if (a.exit >= 0)
        return a.exit;
    if (!a.rest.isEmpty() || !p.isSet(QStringLiteral("section")) || !p.isSet(QStringLiteral("score")))
        return usage(Cli::tr("Usage: intake ID --section NAME --score N [--note T]."));
    const auto topic = codeArg<IntakeTopic>(QStringLiteral("--section"), p.value(QStringLiteral("section")));
    if (!topic)
        return Usage;
    bool number = false;
    const int score = p.value(QStringLiteral("score")).toInt(&number);
    if (!number)
        return usage(Cli::tr("--score takes a number from 0 to 5."));
    Session s = open(ctx);
    if (s.exit >= 0)
        return s.exit;
    auto saved = s.service->scoreIntakeTopic(a.clientId, *topic, score, p.value(QStringLiteral("note")));
    if (!saved.ok())
        return fail(saved.error());
    out(Cli::tr("Intake %1: %2 scored %3.\n").arg(saved->intake.meta.id, toCode(*topic)).arg(score));
    return Ok;
}

int cmdPlan(Context& ctx) {
    QCommandLineParser p;
    p.addOption(option("date", Cli::tr("The date of decision (dagtekening)."), "D"));
    p.addOption(option("route", Cli::tr("The route, by its code (b1, education, z)."), "R"));
    Parsed a = parse(p, ctx, QStringLiteral("plan"), {QStringLiteral("add")});
    if (a.exit >= 0)
        return a.exit;
    if (!a.rest.isEmpty() || !p.isSet(QStringLiteral("date")) || !p.isSet(QStringLiteral("route")))
        return usage(Cli::tr("Usage: plan add ID --date D --route R."));
    const auto date = dateArg(p, QStringLiteral("date"));
    const auto route = codeArg<Route>(QStringLiteral("--route"), p.value(QStringLiteral("route")));
    if (!date || !route)
        return Usage;
    Session s = open(ctx);
    if (s.exit >= 0)
        return s.exit;
    PlanVersion plan;
    plan.clientId = a.clientId;
    plan.decisionDate = *date;
    plan.route = *route;
    auto added = s.service->addPlanVersion(plan);
    if (!added.ok())
        return fail(added.error());
    out(Cli::tr("Added PIP version %1 (%2, %3): %4.\n")
            .arg(added->version)
            .arg(isoDate(added->decisionDate), toCode(added->route), added->meta.id));
    return Ok;
}

int cmdGoal(Context& ctx) {
    QCommandLineParser p;
    p.addOption(option("domain", Cli::tr("The life domain, by its code (language, work_income, health, ...)."), "D"));
    p.addOption(option("action", Cli::tr("What is done."), "T"));
    p.addOption(option("goal", Cli::tr("The goal itself."), "T"));
    p.addOption(option("owner", Cli::tr("Who does it."), "T"));
    p.addOption(option("due", Cli::tr("By when."), "D"));
    Parsed a = parse(p, ctx, QStringLiteral("goal"), {QStringLiteral("add")});
    if (a.exit >= 0)
        return a.exit;
    if (!a.rest.isEmpty() || !p.isSet(QStringLiteral("domain")) || !p.isSet(QStringLiteral("action")))
        return usage(Cli::tr("Usage: goal add ID --domain D --action T [--due D]."));
    const auto domain = codeArg<LifeDomain>(QStringLiteral("--domain"), p.value(QStringLiteral("domain")));
    const auto due = dateArg(p, QStringLiteral("due"));
    if (!domain || !due)
        return Usage;
    Session s = open(ctx);
    if (s.exit >= 0)
        return s.exit;
    // A goal belongs to the current PIP: the latest version.
    auto plans = s.service->plans(a.clientId);
    if (!plans.ok())
        return fail(plans.error());
    PlanGoal goal;
    goal.clientId = a.clientId;
    goal.planId = plans->empty() ? QString() : plans->back().meta.id;
    goal.domain = *domain;
    goal.action = p.value(QStringLiteral("action"));
    goal.goal = p.value(QStringLiteral("goal"));
    goal.owner = p.value(QStringLiteral("owner"));
    goal.dueDate = *due;
    auto added = s.service->addGoal(goal);
    if (!added.ok())
        return fail(added.error());
    out(Cli::tr("Added goal %1 to PIP version %2.\n").arg(added->meta.id).arg(plans->back().version));
    return Ok;
}

int cmdContact(Context& ctx) {
    QCommandLineParser p;
    p.addOption(option("date", Cli::tr("The day of the conversation."), "D"));
    p.addOption(option("kind", Cli::tr("The kind, by its code (progress_talk, home_visit, phone, ...)."), "K"));
    p.addOption(option("summary", Cli::tr("What was discussed."), "T"));
    p.addOption(option("with", Cli::tr("With whom."), "T"));
    p.addOption(option("next-step", Cli::tr("The next step agreed."), "T"));
    p.addOption(option("next-due", Cli::tr("When the next step is due."), "D"));
    Parsed a = parse(p, ctx, QStringLiteral("contact"), {QStringLiteral("add")});
    if (a.exit >= 0)
        return a.exit;
    if (!a.rest.isEmpty() || !p.isSet(QStringLiteral("date")) || !p.isSet(QStringLiteral("kind")) ||
        !p.isSet(QStringLiteral("summary")))
        return usage(Cli::tr("Usage: contact add ID --date D --kind K --summary T [--next-step T --next-due D]."));
    const auto date = dateArg(p, QStringLiteral("date"));
    const auto next = dateArg(p, QStringLiteral("next-due"));
    const auto kind = codeArg<ContactKind>(QStringLiteral("--kind"), p.value(QStringLiteral("kind")));
    if (!date || !next || !kind)
        return Usage;
    Session s = open(ctx);
    if (s.exit >= 0)
        return s.exit;
    Contact contact;
    contact.clientId = a.clientId;
    contact.date = *date;
    contact.kind = *kind;
    contact.summary = p.value(QStringLiteral("summary"));
    contact.withWhom = p.value(QStringLiteral("with"));
    contact.nextStep = p.value(QStringLiteral("next-step"));
    contact.nextStepDate = *next;
    auto added = s.service->addContact(contact);
    if (!added.ok())
        return fail(added.error());
    out(Cli::tr("Added conversation %1.\n").arg(added->meta.id));
    return Ok;
}

int cmdInvolvement(Context& ctx) {
    QCommandLineParser p;
    p.addOption(
        option("kind", Cli::tr("The role, by its code (social_support, language_school, key_person, ...)."), "K"));
    p.addOption(option("name", Cli::tr("The person's name."), "T"));
    p.addOption(option("organisation", Cli::tr("The organisation."), "T"));
    p.addOption(option("phone", Cli::tr("Phone number."), "T"));
    p.addOption(option("email", Cli::tr("E-mail address."), "T"));
    Parsed a = parse(p, ctx, QStringLiteral("involvement"), {QStringLiteral("add")});
    if (a.exit >= 0)
        return a.exit;
    if (!a.rest.isEmpty() || !p.isSet(QStringLiteral("kind")) ||
        (!p.isSet(QStringLiteral("name")) && !p.isSet(QStringLiteral("organisation"))))
        return usage(Cli::tr("Usage: involvement add ID --kind K --name T [--organisation T]."));
    const auto role = codeArg<InvolvementRole>(QStringLiteral("--kind"), p.value(QStringLiteral("kind")));
    if (!role)
        return Usage;
    Session s = open(ctx);
    if (s.exit >= 0)
        return s.exit;
    Involvement involvement;
    involvement.clientId = a.clientId;
    involvement.role = *role;
    involvement.name = p.value(QStringLiteral("name"));
    involvement.organisation = p.value(QStringLiteral("organisation"));
    involvement.phone = p.value(QStringLiteral("phone"));
    involvement.email = p.value(QStringLiteral("email"));
    auto added = s.service->addInvolvement(involvement);
    if (!added.ok())
        return fail(added.error());
    out(Cli::tr("Added involved party %1.\n").arg(added->meta.id));
    return Ok;
}

int cmdMilestone(Context& ctx) {
    const QString intent = ctx.args.value(0);
    if (intent != QLatin1String("achieve") && intent != QLatin1String("waive"))
        return usage(Cli::tr("Usage: milestone achieve ID KIND [--date D] | milestone waive ID KIND --reason T."));
    QCommandLineParser p;
    p.addOption(option("date", Cli::tr("The day it was achieved (default: today)."), "D"));
    p.addOption(option("reason", Cli::tr("Why it is waived."), "T"));
    Parsed a = parse(p, ctx, QStringLiteral("milestone"), {intent});
    if (a.exit >= 0)
        return a.exit;
    const bool waive = intent == QLatin1String("waive");
    if (a.rest.size() != 1 || (waive && p.value(QStringLiteral("reason")).trimmed().isEmpty()) ||
        (waive && p.isSet(QStringLiteral("date"))) || (!waive && p.isSet(QStringLiteral("reason"))))
        return usage(Cli::tr("Usage: milestone achieve ID KIND [--date D] | milestone waive ID KIND --reason T."));
    const auto kind = codeArg<MilestoneKind>(QStringLiteral("KIND"), a.rest.first());
    const auto date = dateArg(p, QStringLiteral("date"));
    if (!kind || !date)
        return Usage;
    Session s = open(ctx);
    if (s.exit >= 0)
        return s.exit;
    auto milestone = s.service->milestone(a.clientId, *kind);
    if (!milestone.ok())
        return fail(milestone.error());
    const QDate done = date->isValid() ? *date : ctx.clock.today();
    const Status changed = waive ? s.service->waiveMilestone(milestone.value(), p.value(QStringLiteral("reason")))
                                 : s.service->achieveMilestone(milestone.value(), done);
    if (!changed.ok())
        return fail(changed.error());
    out(waive ? Cli::tr("Milestone %1 waived.\n").arg(toCode(*kind))
              : Cli::tr("Milestone %1 achieved on %2.\n").arg(toCode(*kind), isoDate(done)));
    return Ok;
}

} // namespace

std::vector<CliCommand> dossierCommands() {
    return {
        {"intake", cmdIntake,
         [] {
             return Cli::tr("  intake ID --section NAME --score N [--note T]\n"
                            "                                score one topic of the broad intake (0-5)\n");
         }},
        {"plan", cmdPlan,
         [] {
             return Cli::tr("  plan add ID --date D --route R\n"
                            "                                add a PIP version (route b1, education or z)\n");
         }},
        {"goal", cmdGoal,
         [] {
             return Cli::tr("  goal add ID --domain D --action T [--goal T] [--owner T] [--due D]\n"
                            "                                add a goal to the latest PIP version\n");
         }},
        {"contact", cmdContact,
         [] {
             return Cli::tr("  contact add ID --date D --kind K --summary T [--with T] [--next-step T --next-due D]\n"
                            "                                add a conversation\n");
         }},
        {"involvement", cmdInvolvement,
         [] {
             return Cli::tr("  involvement add ID --kind K --name T [--organisation T] [--phone T] [--email T]\n"
                            "                                add a person or organisation involved\n");
         }},
        {"milestone", cmdMilestone,
         [] {
             return Cli::tr("  milestone achieve ID KIND [--date D] | milestone waive ID KIND --reason T\n"
                            "                                mark a milestone (KIND e.g. intake_done, exam_knm)\n");
         }},
    };
}

} // namespace koers::cli
