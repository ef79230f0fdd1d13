#include "RuleSettings.h"

namespace koers {

QMap<QString, int> RuleSettings::toMap() const {
    QMap<QString, int> map;
    fields(*this, [&map](const char* key, const int& value) { map.insert(QString::fromLatin1(key), value); });
    return map;
}

RuleSettings RuleSettings::fromMap(const QMap<QString, int>& map) {
    RuleSettings settings;
    fields(settings, [&map](const char* key, int& value) {
        const auto it = map.constFind(QString::fromLatin1(key));
        if (it != map.constEnd())
            value = it.value();
    });
    return settings;
}

} // namespace koers
