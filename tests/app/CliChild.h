// Runs koers-cli as a child process for the crash and disk-full tests: the passphrases go in on standard
// input, and the child can get a file-size limit so its writes fail as on a full disk.
#pragma once

#include "core/CatchQtPrinters.h"

#include <QProcess>
#include <QStringList>

#include <csignal>
#include <sys/resource.h>

namespace koers::test {

struct CliOutcome {
    int exitCode = -1;
    bool crashed = false; // killed by a signal
    QString out;
    QString err;
};

class CliChild {
public:
    CliChild(const QStringList& args, QByteArray input, qint64 fileSizeLimit = -1) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOERS_LANG"), QStringLiteral("en"));
        m_process.setProcessEnvironment(env);
        if (fileSizeLimit >= 0) {
            // Between fork and exec: both survive exec. With SIGXFSZ ignored a write beyond the limit fails
            // with EFBIG instead of killing the process, which is what a full disk looks like to the program.
            m_process.setChildProcessModifier([fileSizeLimit] {
                const rlimit limit{static_cast<rlim_t>(fileSizeLimit), static_cast<rlim_t>(fileSizeLimit)};
                ::setrlimit(RLIMIT_FSIZE, &limit);
                ::signal(SIGXFSZ, SIG_IGN);
            });
        }
        m_process.start(QStringLiteral(KOERS_CLI_PATH), args);
        REQUIRE(m_process.waitForStarted());
        m_process.write(input);
        m_process.closeWriteChannel();
    }
    Q_DISABLE_COPY(CliChild)

    // True when the child ended by itself within the time.
    bool waitFor(int ms) { return m_process.waitForFinished(ms); }

    void killHard() {
        m_process.kill(); // SIGKILL: no handler, no clean-up, like a power cut for the process
        m_process.waitForFinished(30000);
    }

    CliOutcome finish() {
        REQUIRE(m_process.waitForFinished(300000));
        return {m_process.exitCode(), m_process.exitStatus() == QProcess::CrashExit,
                QString::fromUtf8(m_process.readAllStandardOutput()),
                QString::fromUtf8(m_process.readAllStandardError())};
    }

private:
    QProcess m_process;
};

inline CliOutcome runCliChild(const QStringList& args, const QByteArray& input, qint64 fileSizeLimit = -1) {
    CliChild child(args, input, fileSizeLimit);
    return child.finish();
}

} // namespace koers::test
