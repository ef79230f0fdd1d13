// Runs koers-cli (or another program) as a child process with English texts, the given lines on its
// standard input, and collects its exit code and output: the CLI tests' one way to start a program.
#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace koers::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runProgram(const QString& program, const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KOERS_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline CliRun runKoersCli(const QStringList& args, const QByteArray& input = {}) {
    return runProgram(QStringLiteral(KOERS_CLI_PATH), args, input);
}

} // namespace koers::test
