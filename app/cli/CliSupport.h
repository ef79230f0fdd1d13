// What every koers-cli command shares: exit codes, output, errors, opening the file, dates and the
// package passphrase. Each command group (one file each under app/cli/) offers its commands as CliCommand
// entries; cli_main.cpp dispatches.
#pragma once

#include "PassphraseInput.h"
#include "storage/Store.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>
#include <vector>

namespace koers::cli {

enum Exit { Ok = 0, Failure = 1, Usage = 2, WrongPassphrase = 3, InUse = 4 };

// Context for lupdate: the strings of koers-cli are translated under "Cli".
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Context {
    QString dbPath;
    PassphraseInput passphrases;
    SystemClock clock;
    QStringList args; // after the command name
};

struct CliCommand {
    const char* name;
    int (*run)(Context&);
    QString (*help)(); // the command's lines in --help, translated
    bool gui = false;  // draws with QtGui (PDF with charts): runs on a QApplication on the offscreen platform
    bool noDb = false; // works without --db (hub administration)
};

void out(const QString& text);
// Prints the error on stderr and returns the exit code that belongs to it.
int fail(const Error& e);
int usage(const QString& message);
QString actorName();
Result<std::unique_ptr<Store>> openStore(Context& ctx);
// Every output path a command will write, checked before it writes anything (OutputGuard: never the open
// file, its journal or its backups). Call after openStore, which protects the file. Empty paths are skipped.
Status checkOutputs(const QStringList& paths);
// A date as yyyy-mm-dd or dd-mm-yyyy; invalid otherwise.
QDate cliDate(const QString& text);
// A new passphrase for a file or a package, under the rule of the window (PassphraseStrength): at least
// 10 characters; the strength hint goes to stderr. Empty (after printing why, exit code in `exitCode`) when
// none was given, the two entries differ or the rule refuses it.
SecretBytes newPassphrase(PassphraseInput& input, const QString& prompt, const QString& confirmPrompt, int& exitCode);
// The package passphrase: from `file`, else the next line of standard input, else a prompt (twice when
// making a package, so a typo does not lock the recipient out, and then under newPassphrase's rule).
SecretBytes packagePassphrase(const QString& file, bool fresh, int& exitCode);

// The command groups, in the order --help lists them.
std::vector<CliCommand> fileCommands();
std::vector<CliCommand> clientCommands();
std::vector<CliCommand> caseloadCommands();
std::vector<CliCommand> dossierCommands();
std::vector<CliCommand> directoryCommands();
std::vector<CliCommand> syncCommands();
std::vector<CliCommand> reportCommands();
std::vector<CliCommand> hubCommands();

} // namespace koers::cli
