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

} // namespace koers
