#include "SamePerson.h"

#include "Bsn.h"
#include "domain/Client.h"
#include "util/TimeText.h"

namespace koers {

namespace {

bool isPlainAscii(QStringView text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Appends `text` with its whitespace runs collapsed to one space and in lower case, as
// QString::simplified().toLower() would; `pending` carries a space between pieces. ASCII only.
void appendFolded(QChar*& out, QStringView text, bool& pending, bool& any) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            pending = any;
            continue;
        }
        if (pending)
            *out++ = QLatin1Char(' ');
        pending = false;
        any = true;
        *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
}

} // namespace

PersonMatch SamePerson::match(bool sameBsn, bool sameNameAndBirth, bool bothHaveBsn) {
    if (sameBsn)
        return PersonMatch::Same;
    if (!sameNameAndBirth)
        return PersonMatch::Different;
    return bothHaveBsn ? PersonMatch::Possible : PersonMatch::Same;
}

PersonMatch SamePerson::match(const Client& a, const Client& b) {
    const QString bsnA = bsnKey(a.bsn);
    const QString bsnB = bsnKey(b.bsn);
    const QString personA = personKey(a);
    return match(!bsnA.isEmpty() && bsnA == bsnB, !personA.isEmpty() && personA == personKey(b),
                 !bsnA.isEmpty() && !bsnB.isEmpty());
}

QString SamePerson::bsnKey(QStringView bsn) {
    QString key = normalizeBsn(bsn);
    return isValidBsn(key) ? key : QString();
}

QString SamePerson::nameKey(QStringView first, QStringView second, qsizetype extra) {
    // Called for every row of an import, so ASCII names are folded in one pass with one allocation.
    if (!isPlainAscii(first) || !isPlainAscii(second)) {
        QString joined = first.toString();
        if (!second.isNull()) {
            joined += QLatin1Char(' ');
            joined += second;
        }
        QString key = joined.simplified().toLower();
        key.reserve(key.size() + extra);
        return key;
    }
    QString key(first.size() + second.size() + 1 + extra, Qt::Uninitialized);
    QChar* out = key.data();
    bool pending = false;
    bool any = false;
    appendFolded(out, first, pending, any);
    if (!second.isNull()) {
        pending = any;
        appendFolded(out, second, pending, any);
    }
    key.truncate(out - key.constData());
    return key;
}

QString SamePerson::personKey(const Client& c) {
    if (!c.dateOfBirth.isValid())
        return {};
    char16_t date[10];
    QString key = nameKey(c.firstNames, c.lastName, 1 + 10);
    key += QLatin1Char('|');
    if (TimeText::writeIsoDate(c.dateOfBirth, date))
        key.append(reinterpret_cast<const QChar*>(date), 10);
    else
        key += c.dateOfBirth.toString(Qt::ISODate);
    return key;
}

} // namespace koers
