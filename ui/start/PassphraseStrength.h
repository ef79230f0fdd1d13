// A rough, honest hint about a new passphrase: length matters most; character variety a little.
#pragma once

#include <QString>

namespace koers {

class PassphraseStrength {
public:
    enum class Level { TooShort, Weak, Fair, Strong };
    static Level assess(const QString& passphrase);
    static QString text(Level level);
    static constexpr int minimumLength = 10;
};

} // namespace koers
