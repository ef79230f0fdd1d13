// koers-cli commands for the file's coaches and municipalities, so a new, empty file can be set up without a
// spreadsheet: coach add|list|deactivate, municipality add|letterhead|list. They print staff and place names, no
// client data.
#include "CliSupport.h"
#include "services/CoachService.h"
#include "services/MunicipalityService.h"

#include <QCommandLineParser>

#include <algorithm>

namespace koers::cli {

namespace {

// Parses "GROUP VERB NAME [options]"; the exit code of a usage error, or -1.
int parseNamed(QCommandLineParser& p, const Context& ctx, const QString& command, QString& name) {
    if (!p.parse(QStringList{command} + ctx.args.mid(1)))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(Cli::tr("%1 takes one name (in quotes when it has spaces).").arg(command));
    name = p.positionalArguments().first();
    return -1;
}

// A plain table, columns as wide as their widest cell.
void printTable(const std::vector<QStringList>& rows) {
    std::vector<qsizetype> widths;
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (static_cast<qsizetype>(widths.size()) <= i)
                widths.push_back(0);
            widths[static_cast<size_t>(i)] = std::max(widths[static_cast<size_t>(i)], row[i].size());
        }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row[i].leftJustified(widths[static_cast<size_t>(i)]) + QStringLiteral("  ")
                                        : row[i]);
        out(line + QLatin1Char('\n'));
    }
}

int cmdCoach(Context& ctx) {
    const QString verb = ctx.args.value(0);
    if (verb == QLatin1String("list")) {
        if (ctx.args.size() != 1)
            return usage(Cli::tr("coach list takes no options."));
        auto store = openStore(ctx);
        if (!store.ok())
            return fail(store.error());
        auto coaches = CoachService(*store.value()).list();
        if (!coaches.ok())
            return fail(coaches.error());
        std::vector<QStringList> rows{
            {Cli::tr("Name"), Cli::tr("Team"), Cli::tr("E-mail"), Cli::tr("Active"), Cli::tr("Id")}};
        for (const Coach& c : coaches.value())
            rows.push_back({c.name, c.team, c.email, c.active ? Cli::tr("yes") : Cli::tr("no"), c.meta.id});
        printTable(rows);
        out(Cli::tr("%n coach(es)\n", nullptr, static_cast<int>(coaches->size())));
        return Ok;
    }
    if (verb != QLatin1String("add") && verb != QLatin1String("deactivate"))
        return usage(Cli::tr("Usage: coach add NAME [--email E] [--team T] | coach list | coach deactivate NAME."));
    QCommandLineParser p;
    if (verb == QLatin1String("add")) {
        p.addOption({QStringLiteral("email"), Cli::tr("The coach's e-mail address."), QStringLiteral("E")});
        p.addOption({QStringLiteral("team"), Cli::tr("The coach's team."), QStringLiteral("T")});
    }
    QString name;
    if (const int exit = parseNamed(p, ctx, QStringLiteral("coach ") + verb, name); exit >= 0)
        return exit;
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    CoachService coaches(*store.value());
    if (verb == QLatin1String("add")) {
        Coach c;
        c.name = name;
        c.email = p.value(QStringLiteral("email"));
        c.team = p.value(QStringLiteral("team"));
        auto added = coaches.add(c);
        if (!added.ok())
            return fail(added.error());
        out(Cli::tr("Added coach %1.\n").arg(added->meta.id));
        return Ok;
    }
    auto coach = coaches.byName(name);
    if (!coach.ok())
        return fail(coach.error());
    if (const Status s = coaches.setActive(coach->meta.id, false); !s.ok())
        return fail(s.error());
    out(Cli::tr("Deactivated coach %1; the clients keep their coach.\n").arg(coach->meta.id));
    return Ok;
}

// municipality letterhead NAME [--address LINE]... [--no-address] [--logo FILE | --no-logo]: what the
// municipality's letters (the PIP decision) print at the top.
int cmdLetterhead(Context& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("address"), Cli::tr("An address line of the letterhead (repeatable; replaces them)."),
                 QStringLiteral("LINE")});
    p.addOption({QStringLiteral("no-address"), Cli::tr("No address lines.")});
    p.addOption(
        {QStringLiteral("logo"), Cli::tr("The logo, a PNG or JPEG of at most 256 KB."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("no-logo"), Cli::tr("No logo.")});
    QString name;
    if (const int exit = parseNamed(p, ctx, QStringLiteral("municipality letterhead"), name); exit >= 0)
        return exit;
    if ((p.isSet(QStringLiteral("address")) && p.isSet(QStringLiteral("no-address"))) ||
        (p.isSet(QStringLiteral("logo")) && p.isSet(QStringLiteral("no-logo"))))
        return usage(Cli::tr("Give a new value or take it away, not both."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    MunicipalityService places(*store.value());
    auto all = places.list();
    if (!all.ok())
        return fail(all.error());
    auto it = std::find_if(all->begin(), all->end(), [&](const Municipality& m) {
        return m.name.compare(name.simplified(), Qt::CaseInsensitive) == 0;
    });
    if (it == all->end())
        return fail(makeError(ErrorCode::NotFound, Cli::tr("There is no municipality named %1.").arg(name)));
    Municipality m = *it;
    if (p.isSet(QStringLiteral("address")))
        m.letterheadAddress = p.values(QStringLiteral("address")).join(QLatin1Char('\n'));
    if (p.isSet(QStringLiteral("no-address")))
        m.letterheadAddress.clear();
    if (p.isSet(QStringLiteral("logo"))) {
        auto logo = MunicipalityService::logoFromFile(p.value(QStringLiteral("logo")));
        if (!logo.ok())
            return fail(logo.error());
        m.logo = logo.value();
    }
    if (p.isSet(QStringLiteral("no-logo")))
        m.logo.clear();
    if (const Status edited = places.edit(m); !edited.ok())
        return fail(edited.error());
    out(Cli::tr("Letterhead of %1 set: %n address line(s), %2.\n", nullptr,
                m.letterheadAddress.isEmpty() ? 0 : int(m.letterheadAddress.count(QLatin1Char('\n')) + 1))
            .arg(m.name, m.logo.isEmpty() ? Cli::tr("no logo") : Cli::tr("a logo")));
    return Ok;
}

int cmdMunicipality(Context& ctx) {
    const QString verb = ctx.args.value(0);
    if (verb == QLatin1String("list")) {
        if (ctx.args.size() != 1)
            return usage(Cli::tr("municipality list takes no options."));
        auto store = openStore(ctx);
        if (!store.ok())
            return fail(store.error());
        auto places = MunicipalityService(*store.value()).list();
        if (!places.ok())
            return fail(places.error());
        std::vector<QStringList> rows{{Cli::tr("Name"), Cli::tr("CBS code"), Cli::tr("Letterhead"), Cli::tr("Id")}};
        for (const Municipality& m : places.value()) {
            QStringList letterhead;
            if (!m.letterheadAddress.isEmpty())
                letterhead << Cli::tr("address");
            if (!m.logo.isEmpty())
                letterhead << Cli::tr("logo");
            rows.push_back(
                {m.name, m.cbsCode, letterhead.isEmpty() ? QStringLiteral("-") : letterhead.join(u", "), m.meta.id});
        }
        printTable(rows);
        out(Cli::tr("%n municipalit(y/ies)\n", nullptr, static_cast<int>(places->size())));
        return Ok;
    }
    if (verb == QLatin1String("letterhead"))
        return cmdLetterhead(ctx);
    if (verb != QLatin1String("add"))
        return usage(Cli::tr(
            "Usage: municipality add NAME [--cbs CODE] | municipality letterhead NAME ... | municipality list."));
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("cbs"), Cli::tr("The CBS code, GM and four digits (e.g. GM0308)."), QStringLiteral("CODE")});
    QString name;
    if (const int exit = parseNamed(p, ctx, QStringLiteral("municipality add"), name); exit >= 0)
        return exit;
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    Municipality m;
    m.name = name;
    m.cbsCode = p.value(QStringLiteral("cbs"));
    auto added = MunicipalityService(*store.value()).add(m);
    if (!added.ok())
        return fail(added.error());
    out(Cli::tr("Added municipality %1.\n").arg(added->meta.id));
    return Ok;
}

} // namespace

std::vector<CliCommand> directoryCommands() {
    return {
        {"coach", cmdCoach,
         [] {
             return Cli::tr("  coach add NAME [--email E] [--team T] | coach list | coach deactivate NAME\n"
                            "                                the file's coaches\n");
         }},
        {"municipality", cmdMunicipality,
         [] {
             return Cli::tr(
                 "  municipality add NAME [--cbs CODE] | municipality list\n"
                 "  municipality letterhead NAME [--address LINE]... [--no-address] [--logo FILE | --no-logo]\n"
                 "                                the file's municipalities, and what their letters print\n"
                 "                                at the top\n");
         }},
    };
}

} // namespace koers::cli
