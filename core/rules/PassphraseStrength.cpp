#include "PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>

namespace koers {

PassphraseStrength::Level PassphraseStrength::assess(const QString& p) {
    if (p.size() < minimumLength)
        return Level::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (QChar c : p) {
        distinct.insert(c);
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    const int variety = int(lower) + int(upper) + int(digit) + int(other);
    if (distinct.size() < 5)
        return Level::Weak;
    if (p.size() >= 20 || (p.size() >= 14 && variety >= 3))
        return Level::Strong;
    if (p.size() >= 12 || variety >= 3)
        return Level::Fair;
    return Level::Weak;
}

QString PassphraseStrength::text(Level level) {
    switch (level) {
    case Level::TooShort:
        return QCoreApplication::translate("PassphraseStrength", "Too short: use at least %1 characters.")
            .arg(minimumLength);
    case Level::Weak:
        return QCoreApplication::translate("PassphraseStrength",
                                           "Weak: make it longer, e.g. a sentence of four or more words.");
    case Level::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Fair: a few more words make it strong.");
    case Level::Strong:
        break;
    }
    return QCoreApplication::translate("PassphraseStrength", "Strong.");
}

} // namespace koers
