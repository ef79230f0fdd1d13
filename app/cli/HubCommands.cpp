// koers-cli commands for the regional hub (design §9b): `hub setup|grant|revoke|status --hub CONNINFO`, run
// by the hub database's owner without a Koers file, and `sync --hub CONNINFO` on a file. CONNINFO is libpq's
// connection string or URI; a password comes from PGPASSWORD, ~/.pgpass or a prompt, never from an argument.
#include "CliSupport.h"
#include "hub/HubAdmin.h"
#include "hub/HubSchema.h"
#include "hub/HubSync.h"
#include "hub/PgConnection.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace koers::cli {

namespace {

const QCommandLineOption& hubOption() {
    static const QCommandLineOption option{QStringLiteral("hub"), Cli::tr("libpq connection string or URI of the hub."),
                                           QStringLiteral("CONNINFO")};
    return option;
}

// Connects; when the server asks for a password that libpq's own means did not give, asks for it (the next
// line of standard input when it is not a terminal, else a prompt without echo).
Result<std::unique_ptr<PgConnection>> connectHub(Context& ctx, const QString& conninfo) {
    if (conninfo.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return makeError(ErrorCode::Invalid, Cli::tr("Do not put the password into --hub: use PGPASSWORD, ~/.pgpass "
                                                     "or the prompt."));
    auto first = PgConnection::connect(conninfo);
    if (first.ok() || first.code() != ErrorCode::WrongPassphrase)
        return first;
    SecretBytes password = ctx.passphrases.current(Cli::tr("Hub password: "));
    if (password.isEmpty())
        return first.error();
    return PgConnection::connect(conninfo, password.bytes());
}

int cmdHub(Context& ctx) {
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("action"), Cli::tr("setup, grant, revoke or status."));
    p.addOption(hubOption());
    p.addOption(
        {QStringLiteral("coach"), Cli::tr("grant: the coach whose caseload the login syncs."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("lead"), Cli::tr("grant: a team lead, who syncs every client.")});
    p.addOption({QStringLiteral("municipality"),
                 Cli::tr("grant --lead: only the clients of this municipality "
                         "(repeatable)."),
                 QStringLiteral("NAME")});
    if (!p.parse(QStringList{QStringLiteral("hub")} + ctx.args))
        return usage(p.errorText());
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return usage(Cli::tr("hub needs an action: setup, grant, revoke or status."));
    const QString action = pos.first();
    if (!p.isSet(hubOption()))
        return usage(Cli::tr("hub %1 needs --hub CONNINFO.").arg(action));
    const bool needsLogin = action == QLatin1String("grant") || action == QLatin1String("revoke");
    if (pos.size() != (needsLogin ? 2 : 1))
        return usage(needsLogin ? Cli::tr("hub %1 takes one login.").arg(action)
                                : Cli::tr("hub %1 takes no further arguments.").arg(action));
    if (action == QLatin1String("grant") && p.isSet(QStringLiteral("coach")) == p.isSet(QStringLiteral("lead")))
        return usage(Cli::tr("hub grant needs either --coach NAME or --lead."));
    if (p.isSet(QStringLiteral("municipality")) && !p.isSet(QStringLiteral("lead")))
        return usage(Cli::tr("--municipality belongs to hub grant --lead."));
    if (!QStringList{QStringLiteral("setup"), QStringLiteral("grant"), QStringLiteral("revoke"),
                     QStringLiteral("status")}
             .contains(action))
        return usage(Cli::tr("Unknown hub action %1 (setup, grant, revoke, status).").arg(action));

    auto db = connectHub(ctx, p.value(hubOption()));
    if (!db.ok())
        return fail(db.error());
    HubAdmin admin(*db.value());
    if (action == QLatin1String("setup")) {
        auto before = HubSchema::setup(*db.value());
        if (!before.ok())
            return fail(before.error());
        if (before.value() == HubSchema::latestVersion())
            out(Cli::tr("The hub is up to date (schema version %1).\n").arg(before.value()));
        else
            out(Cli::tr("Hub schema version %1 -> %2.\n").arg(before.value()).arg(HubSchema::latestVersion()));
        return Ok;
    }
    if (action == QLatin1String("grant")) {
        const QString login = pos.at(1);
        const Status granted = p.isSet(QStringLiteral("coach"))
                                   ? admin.grantCoach(login, p.value(QStringLiteral("coach")))
                                   : admin.grantLead(login, p.values(QStringLiteral("municipality")));
        if (!granted.ok())
            return fail(granted.error());
        out(Cli::tr("Login %1 may now sync with the hub.\n").arg(login));
        return Ok;
    }
    if (action == QLatin1String("revoke")) {
        const Status revoked = admin.revoke(pos.at(1));
        if (!revoked.ok())
            return fail(revoked.error());
        out(Cli::tr("Login %1 may no longer sync with the hub.\n").arg(pos.at(1)));
        return Ok;
    }
    auto s = admin.status();
    if (!s.ok())
        return fail(s.error());
    if (s->schemaVersion == 0) {
        out(Cli::tr("This database is not a Koers hub yet (run hub setup).\n"));
        return Ok;
    }
    auto when = [](const QDateTime& t) {
        return t.isValid() ? t.toString(Qt::ISODate) : Cli::tr("never");
    };
    QString text = Cli::tr("Hub %1, schema version %2\n").arg(s->hubId).arg(s->schemaVersion);
    QStringList counts;
    for (auto it = s->records.cbegin(); it != s->records.cend(); ++it)
        counts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    text += Cli::tr("Records: %1\n").arg(counts.join(QLatin1Char(' ')));
    text += Cli::tr("Open conflicts: %1; changes logged: %2; audit entries: %3\n")
                .arg(s->openConflicts)
                .arg(s->changes)
                .arg(s->auditEntries);
    text += Cli::tr("Logins:\n");
    for (const HubLoginStatus& l : s->logins)
        text += Cli::tr("  %1: %2; %3 clients, %4 leaving\n")
                    .arg(l.login, l.grants.isEmpty() ? Cli::tr("revoked") : l.grants.join(QStringLiteral("; ")))
                    .arg(l.clients)
                    .arg(l.leaving);
    text += Cli::tr("Devices:\n");
    for (const HubDeviceStatus& d : s->devices)
        text += Cli::tr("  %1 (%2): last push %3 (%4 records), last pull %5 (%6 records)\n")
                    .arg(d.device, d.login, when(d.lastPush))
                    .arg(d.lastPushed)
                    .arg(when(d.lastPull))
                    .arg(d.lastPulled);
    out(text);
    return Ok;
}

int cmdSync(Context& ctx) {
    QCommandLineParser p;
    p.addOption(hubOption());
    if (!p.parse(QStringList{QStringLiteral("sync")} + ctx.args))
        return usage(p.errorText());
    if (!p.isSet(hubOption()) || !p.positionalArguments().isEmpty())
        return usage(Cli::tr("sync takes --hub CONNINFO and nothing else."));
    auto store = openStore(ctx);
    if (!store.ok())
        return fail(store.error());
    auto db = connectHub(ctx, p.value(hubOption()));
    if (!db.ok())
        return fail(db.error());
    QElapsedTimer timer;
    timer.start();
    auto s = HubSync(*store.value(), *db.value()).run();
    if (!s.ok())
        return fail(s.error());
    const HubPushCounts& push = s->push;
    const HubPullCounts& pull = s->pull;
    out(Cli::tr("Pushed %1 records: %2 new on the hub, %3 updated, %4 unchanged, %5 conflicts, %6 outside this "
                "login's scope (not sent).\n")
            .arg(push.sent)
            .arg(push.added)
            .arg(push.updated)
            .arg(push.unchanged)
            .arg(push.conflicts)
            .arg(push.refused));
    out(Cli::tr("Pulled %1 records: %2 new, %3 updated, %4 unchanged, %5 conflicts; %6 clients left this login's "
                "scope and were removed, %7 kept until their changes are pushed (%8 s).\n")
            .arg(pull.received)
            .arg(pull.merged.added)
            .arg(pull.merged.updated)
            .arg(pull.merged.unchanged)
            .arg(pull.merged.conflicts + pull.conflicts)
            .arg(pull.dropped)
            .arg(pull.keptPending)
            .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace

std::vector<CliCommand> hubCommands() {
    CliCommand hub{"hub", cmdHub, [] {
                       return Cli::tr(
                           "  hub setup|status --hub CONNINFO\n"
                           "  hub grant LOGIN --coach NAME | --lead [--municipality NAME]... --hub CONNINFO\n"
                           "  hub revoke LOGIN --hub CONNINFO\n"
                           "                                the regional hub on PostgreSQL, as the owner of "
                           "its database\n"
                           "                                (no --db)\n");
                   }};
    hub.noDb = true;
    CliCommand sync{"sync", cmdSync, [] {
                        return Cli::tr("  sync --hub CONNINFO           push this file's changes to the hub and pull "
                                       "what changed there\n"
                                       "                                that this login may see\n");
                    }};
    return {sync, hub};
}

} // namespace koers::cli
