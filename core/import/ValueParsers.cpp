#include "ValueParsers.h"

#include "ColumnMapper.h"
#include "csv/CsvWriter.h"

namespace koers {

namespace {

template <class E>
struct Word {
    const char* text; // normalised as ColumnMapper::normaliseHeader does
    E value;
};

// The first word of each value is the one the exporter writes.
const Word<Route> kRoutes[] = {
    {"", Route::None},
    {"b1route", Route::B1},
    {"onderwijsroute", Route::Education},
    {"zroute", Route::Z},
    {"geen", Route::None},
    {"nognietgekozen", Route::None},
    {"none", Route::None},
    {"b1", Route::B1},
    {"b1traject", Route::B1},
    {"onderwijs", Route::Education},
    {"education", Route::Education},
    {"educationroute", Route::Education},
    {"z", Route::Z},
    {"zelfredzaamheid", Route::Z},
    {"zelfredzaamheidsroute", Route::Z},
    {"zelfredzaamheidroute", Route::Z},
    {"selfreliance", Route::Z},
    {"selfrelianceroute", Route::Z},
};

const Word<Sex> kSexes[] = {
    {"", Sex::Unknown},          {"vrouw", Sex::Female}, {"man", Sex::Male},    {"anders", Sex::Other},
    {"onbekend", Sex::Unknown},  {"v", Sex::Female},     {"f", Sex::Female},    {"female", Sex::Female},
    {"vrouwelijk", Sex::Female}, {"m", Sex::Male},       {"male", Sex::Male},   {"mannelijk", Sex::Male},
    {"x", Sex::Other},           {"o", Sex::Other},      {"other", Sex::Other}, {"overig", Sex::Other},
    {"unknown", Sex::Unknown},
};

const Word<TargetGroup> kTargetGroups[] = {
    {"asielstatushouder", TargetGroup::Asylum},
    {"gezinsmigrant", TargetGroup::Family},
    {"overigemigrant", TargetGroup::Other},
    {"statushouder", TargetGroup::Asylum},
    {"asiel", TargetGroup::Asylum},
    {"asylum", TargetGroup::Asylum},
    {"asylumstatusholder", TargetGroup::Asylum},
    {"gezin", TargetGroup::Family},
    {"gezinshereniging", TargetGroup::Family},
    {"gezinsvormer", TargetGroup::Family},
    {"family", TargetGroup::Family},
    {"familymigrant", TargetGroup::Family},
    {"overig", TargetGroup::Other},
    {"overige", TargetGroup::Other},
    {"other", TargetGroup::Other},
    {"othermigrant", TargetGroup::Other},
};

const Word<ClientStatus> kStatuses[] = {
    {"inburgeringsplichtig", ClientStatus::Active},
    {"vrijwillig", ClientStatus::Voluntary},
    {"vrijstelling", ClientStatus::Exempted},
    {"ontheffing", ClientStatus::Dispensed},
    {"verhuisd", ClientStatus::Moved},
    {"afgerond", ClientStatus::Completed},
    {"gestopt", ClientStatus::Stopped},
    {"", ClientStatus::Active},
    {"actief", ClientStatus::Active},
    {"plichtig", ClientStatus::Active},
    {"vrijwilliger", ClientStatus::Voluntary},
    {"vrijgesteld", ClientStatus::Exempted},
    {"ontheven", ClientStatus::Dispensed},
    {"vertrokken", ClientStatus::Moved},
    {"klaar", ClientStatus::Completed},
    {"beeindigd", ClientStatus::Stopped},
};

// Whether `text` normalised as ColumnMapper::normaliseHeader does equals `word` (already normalised,
// ASCII). Done in place for ASCII text: the parsers run for every cell of an import.
bool equalsNormalised(QStringView text, const char* word) {
    const char* w = word;
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u = char16_t(u + (u'a' - u'A'));
        else if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')))
            continue; // not a letter or digit: dropped
        if (*w != char(u))
            return false;
        ++w;
    }
    return *w == '\0';
}

bool isPlainAscii(QStringView text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Looks up a word among the table's words, the enum's stable codes and its labels in the current language.
template <class E, size_t N>
std::optional<E> lookUp(const Word<E> (&words)[N], QStringView text) {
    if (isPlainAscii(text)) {
        for (const auto& w : words)
            if (equalsNormalised(text, w.text))
                return w.value;
    }
    const QString key = ColumnMapper::normaliseHeader(text);
    for (const auto& w : words)
        if (key == QLatin1String(w.text))
            return w.value;
    for (const auto& e : enumEntries<E>()) {
        if (key == ColumnMapper::normaliseHeader(QString::fromLatin1(e.code)) ||
            key == ColumnMapper::normaliseHeader(translateEnumLabel(e.label)) ||
            key == ColumnMapper::normaliseHeader(QString::fromLatin1(e.label)))
            return e.value;
    }
    return std::nullopt;
}

// A run of one to four ASCII digits; -1 otherwise.
int number(QStringView s) {
    if (s.isEmpty() || s.size() > 4)
        return -1;
    int value = 0;
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<QDate> ValueParsers::date(QStringView text) {
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    // Excel exports a date cell with a time as "14-03-1990 00:00".
    QStringView datePart = t;
    if (const qsizetype space = t.indexOf(u' '); space > 0)
        datePart = t.left(space);
    qsizetype first = -1;
    for (qsizetype i = 0; i < datePart.size(); ++i) {
        const QChar c = datePart[i];
        if (c == u'-' || c == u'/' || c == u'.') {
            first = i;
            break;
        }
    }
    if (first < 0)
        return std::nullopt;
    const QChar sep = datePart[first];
    const qsizetype second = datePart.indexOf(sep, first + 1);
    if (second < 0 || datePart.indexOf(sep, second + 1) >= 0)
        return std::nullopt;
    const QStringView p0 = datePart.first(first);
    const QStringView p1 = datePart.sliced(first + 1, second - first - 1);
    const QStringView p2 = datePart.sliced(second + 1);
    const int a = number(p0);
    const int b = number(p1);
    const int c = number(p2);
    if (a < 0 || b < 0 || c < 0)
        return std::nullopt;
    QDate d;
    if (p0.size() == 4 && p1.size() <= 2 && p2.size() <= 2)
        d = QDate(a, b, c);
    else if (p0.size() <= 2 && p1.size() <= 2 && p2.size() == 4)
        d = QDate(c, b, a);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<Route> ValueParsers::route(QStringView text) {
    return lookUp(kRoutes, text);
}

std::optional<Sex> ValueParsers::sex(QStringView text) {
    return lookUp(kSexes, text);
}

std::optional<TargetGroup> ValueParsers::targetGroup(QStringView text) {
    return lookUp(kTargetGroups, text);
}

std::optional<ClientStatus> ValueParsers::status(QStringView text) {
    return lookUp(kStatuses, text);
}

QString ValueParsers::dateText(QDate date) {
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString ValueParsers::routeText(Route route) {
    switch (route) {
    case Route::None:
        return {};
    case Route::B1:
        return QStringLiteral("B1-route");
    case Route::Education:
        return QStringLiteral("Onderwijsroute");
    case Route::Z:
        return QStringLiteral("Z-route");
    }
    return {};
}

QString ValueParsers::sexText(Sex sex) {
    switch (sex) {
    case Sex::Unknown:
        return {};
    case Sex::Female:
        return QStringLiteral("vrouw");
    case Sex::Male:
        return QStringLiteral("man");
    case Sex::Other:
        return QStringLiteral("anders");
    }
    return {};
}

QString ValueParsers::targetGroupText(TargetGroup group) {
    switch (group) {
    case TargetGroup::Asylum:
        return QStringLiteral("asielstatushouder");
    case TargetGroup::Family:
        return QStringLiteral("gezinsmigrant");
    case TargetGroup::Other:
        return QStringLiteral("overige migrant");
    }
    return {};
}

QString ValueParsers::statusText(ClientStatus status) {
    switch (status) {
    case ClientStatus::Active:
        return QStringLiteral("inburgeringsplichtig");
    case ClientStatus::Voluntary:
        return QStringLiteral("vrijwillig");
    case ClientStatus::Exempted:
        return QStringLiteral("vrijstelling");
    case ClientStatus::Dispensed:
        return QStringLiteral("ontheffing");
    case ClientStatus::Moved:
        return QStringLiteral("verhuisd");
    case ClientStatus::Completed:
        return QStringLiteral("afgerond");
    case ClientStatus::Stopped:
        return QStringLiteral("gestopt");
    }
    return {};
}

QString ValueParsers::cellText(QStringView text) {
    if (text.size() > 1 && text.front() == u'\'' && CsvWriter::needsNeutralising(text.mid(1)))
        return text.mid(1).toString();
    return text.toString();
}

QString ValueParsers::cellText(const QString& text) {
    if (text.size() > 1 && text.front() == u'\'' && CsvWriter::needsNeutralising(QStringView(text).mid(1)))
        return text.mid(1);
    return text; // shares the cell's text instead of copying it
}

} // namespace koers
