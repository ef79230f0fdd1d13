#include "PassphraseInput.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace koers {

namespace {
// No passphrase is longer; a file or stream that goes on (/dev/zero) is not a passphrase.
constexpr qsizetype kMaxPassphraseBytes = 4096;

void chomp(QByteArray& line) {
    while (!line.isEmpty() && (line.endsWith('\n') || line.endsWith('\r')))
        line.chop(1);
}
} // namespace

SecretBytes PassphraseInput::readLine() {
    QByteArray line;
    // Room up front, so growing the buffer leaves no unwiped copies of the passphrase on the heap.
    line.reserve(kMaxPassphraseBytes + 1);
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        if (line.size() == kMaxPassphraseBytes) {
            secureWipe(line);
            return {};
        }
        line.append(static_cast<char>(c));
    }
    chomp(line);
    return SecretBytes(std::move(line));
}

SecretBytes PassphraseInput::prompt(const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    SecretBytes line = readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fputs("\n", stderr);
    }
    return line;
}

SecretBytes PassphraseInput::current(const QString& promptText) {
    if (!m_file.isEmpty() && !m_fileUsed) {
        m_fileUsed = true;
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        // readLine(n) stops after n - 1 bytes: a line that long has no end in sight, and is refused.
        QByteArray line = f.readLine(kMaxPassphraseBytes + 2);
        if (line.size() > kMaxPassphraseBytes && !line.endsWith('\n')) {
            secureWipe(line);
            return {};
        }
        chomp(line);
        return SecretBytes(std::move(line));
    }
    if (!isatty(STDIN_FILENO))
        return readLine();
    return prompt(promptText);
}

SecretBytes PassphraseInput::fresh(const QString& promptText, const QString& confirmPrompt) {
    if (!isatty(STDIN_FILENO) && (m_file.isEmpty() || m_fileUsed))
        return readLine();
    if (!m_file.isEmpty() && !m_fileUsed)
        return current(promptText);
    SecretBytes first = prompt(promptText);
    SecretBytes second = prompt(confirmPrompt);
    if (first.bytes() != second.bytes())
        return {};
    return first;
}

} // namespace koers
