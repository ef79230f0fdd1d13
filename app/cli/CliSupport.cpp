#include "CliSupport.h"

#include "rules/PassphraseStrength.h"
#include "storage/OutputGuard.h"

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace koers::cli {

void out(const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

int fail(const Error& e) {
    std::fprintf(stderr, "koers-cli: %s\n", e.message.toLocal8Bit().constData());
    if (e.code == ErrorCode::Locked)
        return InUse;
    return e.code == ErrorCode::WrongPassphrase ? WrongPassphrase : Failure;
}

int usage(const QString& message) {
    std::fprintf(stderr, "koers-cli: %s\n", message.toLocal8Bit().constData());
    return Usage;
}

QString actorName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("koers-cli") : user;
}

Result<std::unique_ptr<Store>> openStore(Context& ctx) {
    if (!QFileInfo::exists(ctx.dbPath))
        return makeError(ErrorCode::FileNotFound, Cli::tr("The file %1 does not exist.").arg(ctx.dbPath));
    SecretBytes pass = ctx.passphrases.current(Cli::tr("Passphrase: "));
    if (pass.isEmpty())
        return makeError(ErrorCode::Invalid, Cli::tr("No passphrase given."));
    return Store::open(ctx.dbPath, pass.bytes(), ctx.clock, actorName());
}

Status checkOutputs(const QStringList& paths) {
    for (const QString& path : paths)
        if (!path.isEmpty())
            KOERS_TRY(OutputGuard::check(path));
    return {};
}

QDate cliDate(const QString& text) {
    const QDate iso = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return iso.isValid() ? iso : QDate::fromString(text, QStringLiteral("dd-MM-yyyy"));
}

SecretBytes newPassphrase(PassphraseInput& input, const QString& prompt, const QString& confirmPrompt, int& exitCode) {
    SecretBytes pass = input.fresh(prompt, confirmPrompt);
    if (pass.isEmpty()) {
        exitCode = usage(Cli::tr("No passphrase given, or the two entries differ."));
        return {};
    }
    const QString text = QString::fromUtf8(pass.bytes());
    const PassphraseStrength::Level level = PassphraseStrength::assess(text);
    if (level == PassphraseStrength::Level::TooShort) {
        exitCode = usage(PassphraseStrength::text(level));
        return {};
    }
    // The hint is for a person choosing a passphrase at a terminal; a script gets only errors on stderr.
    if (level != PassphraseStrength::Level::Strong && isatty(STDERR_FILENO))
        std::fprintf(stderr, "koers-cli: %s\n", PassphraseStrength::text(level).toLocal8Bit().constData());
    return pass;
}

SecretBytes packagePassphrase(const QString& file, bool fresh, int& exitCode) {
    PassphraseInput input(file);
    if (fresh)
        return newPassphrase(input, Cli::tr("Package passphrase: "), Cli::tr("Repeat the package passphrase: "),
                             exitCode);
    SecretBytes pass = input.current(Cli::tr("Package passphrase: "));
    if (pass.isEmpty())
        exitCode = usage(Cli::tr("No package passphrase given."));
    return pass;
}

} // namespace koers::cli
