#include "RuleSettingsStore.h"

#include "Store.h"

namespace koers {

Result<RuleSettings> RuleSettingsStore::load(Store& store) {
    auto st = store.db().prepare(u"SELECT key, value FROM setting WHERE key LIKE 'rule.%'");
    if (!st.ok())
        return st.error();
    QMap<QString, int> map;
    const Status read = st->each([&map](const Statement& row) {
        bool ok = false;
        const int value = row.text(1).toInt(&ok);
        if (ok)
            map.insert(row.text(0).mid(5), value);
    });
    if (!read.ok())
        return read.error();
    return RuleSettings::fromMap(map);
}

Status RuleSettingsStore::save(Store& store, const RuleSettings& settings) {
    Transaction tx(store.db());
    KOERS_TRY(tx.started());
    auto st = store.db().prepare(u"INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)");
    if (!st.ok())
        return st.error();
    const auto map = settings.toMap();
    for (auto it = map.begin(); it != map.end(); ++it) {
        st->bind(1, QStringLiteral("rule.") + it.key());
        st->bind(2, QString::number(it.value()));
        KOERS_TRY(st->exec());
    }
    KOERS_TRY(store.audit(u"settings", u"setting", {}, {}, QStringLiteral("rules")));
    return tx.commit();
}

} // namespace koers
