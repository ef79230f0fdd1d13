#include "TimeText.h"

namespace koers {

namespace {

template <class Char>
void digits(Char* out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<Char>(u'0' + value % 10);
        value /= 10;
    }
}

template <class Char>
bool writeDate(QDate date, Char* out) {
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return false;
    digits(out, year, 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
    return true;
}

} // namespace

bool TimeText::writeIsoDate(QDate date, char16_t* out) {
    return writeDate(date, out);
}

bool TimeText::writeIsoDate(QDate date, char* out) {
    return writeDate(date, out);
}

QString TimeText::isoDate(QDate date) {
    char16_t out[10];
    if (!writeIsoDate(date, out))
        return date.toString(Qt::ISODate);
    return QString(reinterpret_cast<const QChar*>(out), 10);
}

QString TimeText::isoUtcMs(const QDateTime& instant) {
    char16_t out[24];
    if (instant.timeSpec() != Qt::UTC || !writeIsoDate(instant.date(), out))
        return instant.toString(Qt::ISODateWithMs);
    const QTime time = instant.time();
    out[10] = u'T';
    digits(out + 11, time.hour(), 2);
    out[13] = u':';
    digits(out + 14, time.minute(), 2);
    out[16] = u':';
    digits(out + 17, time.second(), 2);
    out[19] = u'.';
    digits(out + 20, time.msec(), 3);
    out[23] = u'Z';
    return QString(reinterpret_cast<const QChar*>(out), 24);
}

qint64 TimeText::isoJulianDay(QByteArrayView iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return noDay;
    auto number = [&iso](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char ch = iso[i];
            if (ch < '0' || ch > '9')
                return -1;
            v = v * 10 + (ch - '0');
        }
        return v;
    };
    const int y = number(0, 4);
    const int m = number(5, 2);
    const int d = number(8, 2);
    if (y < 0 || m < 0 || d < 0 || !QDate::isValid(y, m, d))
        return noDay;
    // The Gregorian calendar's Julian day number, in integer arithmetic.
    const int a = (14 - m) / 12;
    const int yy = y + 4800 - a;
    const int mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

} // namespace koers
