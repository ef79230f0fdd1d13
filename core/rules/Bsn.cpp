#include "Bsn.h"

namespace koers {

namespace {

bool allAsciiDigits(QStringView s) {
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

bool isValidBsn(QStringView bsn) {
    if ((bsn.size() != 9 && bsn.size() != 8) || !allAsciiDigits(bsn))
        return false;
    QString digits = bsn.toString();
    if (digits.size() == 8)
        digits.prepend(QLatin1Char('0'));

    int sum = 0;
    bool anyNonZero = false;
    for (int i = 0; i < 9; ++i) {
        const int d = digits.at(i).unicode() - '0';
        anyNonZero = anyNonZero || d != 0;
        // Weights 9..2 for the first eight digits; the check digit counts negatively.
        sum += i < 8 ? (9 - i) * d : -d;
    }
    return anyNonZero && sum % 11 == 0;
}

QString normalizeBsn(QStringView bsn) {
    QString digits;
    digits.reserve(bsn.size());
    for (QChar c : bsn) {
        if (c.isSpace() || c == QLatin1Char('.'))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        digits.append(c);
    }
    if (digits.size() == 8)
        digits.prepend(QLatin1Char('0'));
    return digits;
}

QString maskBsn(QStringView bsn) {
    if (bsn.isEmpty())
        return {};
    const QString digits = normalizeBsn(bsn);
    if (digits.size() <= 3)
        return QString(digits.isEmpty() ? 9 : digits.size(), QLatin1Char('*'));
    return QString(digits.size() - 3, QLatin1Char('*')) + digits.right(3);
}

} // namespace koers
