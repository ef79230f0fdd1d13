// koers-cli: everything the core can do, without a window. Exit codes: 0 ok, 1 error, 2 usage,
// 3 wrong passphrase, 4 file in use by another instance; one line on stderr for every error. The commands
// live in app/cli/, one file per group; this file parses the global options and dispatches.
#include "Startup.h"
#include "cli/CliSupport.h"

#include <QApplication>
#include <QCoreApplication>

using namespace koers;
using namespace koers::cli;

namespace {

std::vector<CliCommand> allCommands() {
    std::vector<CliCommand> all;
    for (auto group : {fileCommands, directoryCommands, clientCommands, caseloadCommands, dossierCommands, syncCommands,
                       hubCommands, reportCommands})
        for (CliCommand& c : group())
            all.push_back(std::move(c));
    return all;
}

QString helpText(const std::vector<CliCommand>& commands) {
    QString text = Cli::tr("Usage: koers-cli --db FILE [--passphrase-file F] COMMAND [options]\n\nCommands:\n");
    for (const CliCommand& c : commands)
        text += c.help();
    text += Cli::tr("\nThe passphrase is read from --passphrase-file, else from the first line of standard input\n"
                    "when it is not a terminal, else asked without echo. Exit codes: 0 ok, 1 error, 2 usage,\n"
                    "3 wrong passphrase, 4 file in use by another instance.\n"
                    "The package passphrase is read from --package-passphrase-file, else from the next line of\n"
                    "standard input, else asked without echo.\n");
    return text;
}

// The command decides the application object before it exists: commands that draw with QtGui run on the
// offscreen platform, every other command stays a QCoreApplication that needs no display.
bool needsGui(const std::vector<CliCommand>& commands, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--db" || arg == "--passphrase-file") {
            ++i;
            continue;
        }
        if (arg.startsWith("--"))
            continue;
        for (const CliCommand& c : commands)
            if (arg == c.name)
                return c.gui;
        return false;
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    hardenProcess();
    const std::vector<CliCommand> commands = allCommands();
    const bool gui = needsGui(commands, argc, argv);
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("koers-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOERS_VERSION));
    installTranslators(app);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dbPath;
    QString passFile;
    // Global options come before the command; everything after the command belongs to it.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            out(QStringLiteral("koers-cli %1\n").arg(QStringLiteral(KOERS_VERSION)));
            return Ok;
        }
        if (opt == QLatin1String("--help")) {
            out(helpText(commands));
            return Ok;
        }
        if ((opt == QLatin1String("--db") || opt == QLatin1String("--passphrase-file")) && !args.isEmpty()) {
            (opt == QLatin1String("--db") ? dbPath : passFile) = args.takeFirst();
            continue;
        }
        return usage(Cli::tr("Unknown option %1 (see --help).").arg(opt));
    }
    if (args.isEmpty())
        return usage(Cli::tr("No command given (see --help)."));

    const QString command = args.takeFirst();
    Context ctx{dbPath, PassphraseInput(passFile), {}, args};
    for (const CliCommand& c : commands)
        if (command == QLatin1String(c.name)) {
            if (dbPath.isEmpty() && !c.noDb)
                return usage(Cli::tr("--db FILE is required."));
            return c.run(ctx);
        }
    return usage(Cli::tr("Unknown command %1 (see --help).").arg(command));
}
