// Reads passphrases for koers-cli: from a file, from standard input (one per line) when it is not a
// terminal, else from a prompt without echo.
#pragma once

#include "util/SecureBytes.h"

#include <QString>

namespace koers {

class PassphraseInput {
public:
    explicit PassphraseInput(QString passphraseFile)
        : m_file(std::move(passphraseFile)) {}
    // The passphrase of the file itself (the --passphrase-file, else the next line of standard input).
    SecretBytes current(const QString& prompt);
    // A new passphrase; at a terminal it is asked twice and must match. Empty on mismatch or end of input.
    SecretBytes fresh(const QString& prompt, const QString& confirmPrompt);

private:
    static SecretBytes readLine();
    static SecretBytes prompt(const QString& text);
    QString m_file;
    bool m_fileUsed = false;
};

} // namespace koers
