// The rule for every new passphrase (a file's, a package's), in the window and in koers-cli alike: at least
// minimumLength characters, with a rough, honest hint about its strength: length matters most, character
// variety a little.
#pragma once

#include <QString>

namespace koers {

class PassphraseStrength {
public:
    enum class Level { TooShort, Weak, Fair, Strong };
    static Level assess(const QString& passphrase);
    static QString text(Level level);
    static constexpr int minimumLength = 10;
    // Whether the rule accepts it (the hint may still call it weak).
    static bool acceptable(const QString& passphrase) { return assess(passphrase) != Level::TooShort; }
};

} // namespace koers
