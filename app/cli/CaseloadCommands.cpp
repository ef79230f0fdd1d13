// koers-cli commands on a caseload as a whole: assigning clients to another coach, and handing clients over to
// another municipality or provider in a scoped package.
#include "CliSupport.h"
#include "TerminalProgress.h"
#include "services/CaseloadService.h"
#include "services/CoachService.h"

#include <QCommandLineParser>

namespace koers::cli {

namespace {

// The clients a command works on: the ids after --ids, or the whole caseload of the coach named by `coachOption`.
Result<QStringList> chosenClients(Store& store, const QCommandLineParser& p, const QString& coachOption) {
    if (p.isSet(QStringLiteral("ids")))
        return p.positionalArguments();
    auto coach = CoachService(store).byName(p.value(coachOption));
    if (!coach.ok())
        return coach.error();
    auto ids = CaseloadService(store).clientsOf(coach->meta.id);
    if (ids.ok() && ids->isEmpty())
        return makeError(ErrorCode::NotFound, Cli::tr("%1 has no clients.").arg(coach->name));
    return ids;
}

// Exactly one of --ids (with at least one id) and the coach option, and no ids without --ids.
QString choiceError(const QCommandLineParser& p, const QString& coachOption, const QString& command) {
    const bool ids = p.isSet(QStringLiteral("ids"));
    if (ids == p.isSet(coachOption))
        return Cli::tr("%1 takes either --ids ID... or --%2 NAME.").arg(command, coachOption);
    if (ids && p.positionalArguments().isEmpty())
        return Cli::tr("--ids needs at least one client id.");
    if (!ids && !p.positionalArguments().isEmpty())
        return Cli::tr("Client ids go after --ids.");
    return {};
}

int cmdAssign(Context& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("to"), Cli::tr("The coach who takes the clients over."), QStringLiteral("COACH")});
    p.addOption({QStringLiteral("ids"), Cli::tr("The clients are the ids that follow.")});
    p.addOption({QStringLiteral("from"), Cli::tr("The whole caseload of this coach."), QStringLiteral("COACH")});
    p.addPositionalArgument(QStringLiteral("ids"), Cli::tr("Client ids (with --ids)."), QStringLiteral("[ID...]"));
    if (!p.parse(QStringList{QStringLiteral("assign")} + ctx.args))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("to")))
        return usage(Cli::tr("assign needs --to COACH."));
    if (const QString why = choiceError(p, QStringLiteral("from"), QStringLiteral("assign")); !why.isEmpty())
        return usage(why);
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    auto to = CoachService(*store.value()).byName(p.value(QStringLiteral("to")));
    if (!to.ok())
        return fail(to.error());
    auto ids = chosenClients(*store.value(), p, QStringLiteral("from"));
    if (!ids.ok())
        return fail(ids.error());
    auto step = CaseloadService(*store.value()).assign(ids.value(), to->meta.id);
    if (!step.ok())
        return fail(step.error());
    out(Cli::tr("Assigned %n client(s) to %1.\n", nullptr, static_cast<int>(step->moves.size())).arg(to->name));
    if (step->unchanged > 0)
        out(Cli::tr("%n client(s) had this coach already.\n", nullptr, step->unchanged));
    return Ok;
}

int cmdTransfer(Context& ctx) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("ids"), Cli::tr("The clients are the ids that follow.")});
    p.addOption({QStringLiteral("coach"), Cli::tr("The whole caseload of this coach."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("out"), Cli::tr("The package to write."), QStringLiteral("F.koerssync")});
    p.addOption(
        {QStringLiteral("date"), Cli::tr("The date of the handover (default today)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("package-passphrase-file"), Cli::tr("File whose first line is the package passphrase."),
                 QStringLiteral("F")});
    p.addPositionalArgument(QStringLiteral("ids"), Cli::tr("Client ids (with --ids)."), QStringLiteral("[ID...]"));
    if (!p.parse(QStringList{QStringLiteral("transfer")} + ctx.args))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("out")))
        return usage(Cli::tr("transfer needs --out F.koerssync."));
    if (const QString why = choiceError(p, QStringLiteral("coach"), QStringLiteral("transfer")); !why.isEmpty())
        return usage(why);
    QDate date;
    if (p.isSet(QStringLiteral("date"))) {
        date = cliDate(p.value(QStringLiteral("date")));
        if (!date.isValid())
            return usage(Cli::tr("--date takes a date as yyyy-mm-dd or dd-mm-yyyy."));
    }
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    if (!date.isValid())
        date = store.value()->clock().today();
    const QString path = p.value(QStringLiteral("out"));
    if (Status outputs = checkOutputs({path}); !outputs.ok())
        return fail(outputs.error());
    auto ids = chosenClients(*store.value(), p, QStringLiteral("coach"));
    if (!ids.ok())
        return fail(ids.error());
    int refused = Ok;
    SecretBytes pass = packagePassphrase(p.value(QStringLiteral("package-passphrase-file")), true, refused);
    if (pass.isEmpty())
        return refused;
    TerminalProgress progress;
    auto handover = CaseloadService(*store.value()).transfer(ids.value(), path, pass.bytes(), date, &progress);
    if (!handover.ok())
        return fail(handover.error());
    out(Cli::tr("Wrote %1 (%2 records): %n client(s) handed over on %3; here they are now moved away.\n", nullptr,
                handover->clients)
            .arg(path)
            .arg(handover->records)
            .arg(date.toString(QStringLiteral("dd-MM-yyyy"))));
    return Ok;
}

} // namespace

std::vector<CliCommand> caseloadCommands() {
    return {
        {"assign", cmdAssign,
         [] {
             return Cli::tr("  assign --to COACH (--ids ID... | --from COACH)\n"
                            "                                give these clients, or a coach's whole caseload,\n"
                            "                                to another coach\n");
         }},
        {"transfer", cmdTransfer,
         [] {
             return Cli::tr(
                 "  transfer (--ids ID... | --coach NAME) --out F.koerssync [--date YYYY-MM-DD]\n"
                 "           [--package-passphrase-file F]\n"
                 "                                hand clients over to another municipality or provider: a\n"
                 "                                package of exactly their dossiers; here they become moved away\n");
         }},
    };
}

} // namespace koers::cli
