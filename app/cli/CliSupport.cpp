#include "CliSupport.h"

#include <QFileInfo>

#include <cstdio>

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

QDate cliDate(const QString& text) {
    const QDate iso = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return iso.isValid() ? iso : QDate::fromString(text, QStringLiteral("dd-MM-yyyy"));
}

SecretBytes packagePassphrase(const QString& file, bool fresh) {
    PassphraseInput input(file);
    if (fresh)
        return input.fresh(Cli::tr("Package passphrase: "), Cli::tr("Repeat the package passphrase: "));
    return input.current(Cli::tr("Package passphrase: "));
}

} // namespace koers::cli
