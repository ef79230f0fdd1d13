// Settings kept in the file itself (table `setting`, keys "<prefix>.<name>"), for any plain struct of whole
// numbers with a fields() visitor: the rules a team computes its dates by, and the limits sync applies.
// Unknown keys are ignored (a newer Koers), missing keys keep the struct's defaults.
#pragma once

#include "Store.h"

namespace koers::settings {

template <class S>
Result<S> load(Store& store, QStringView prefix) {
    auto st = store.db().prepare(
        QStringLiteral("SELECT key, value FROM setting WHERE substr(key, 1, %1) = ?1").arg(prefix.size() + 1));
    if (!st.ok())
        return st.error();
    st->bind(1, prefix.toString() + QLatin1Char('.'));
    S out;
    const Status read = st->each([&out, &prefix](const Statement& row) {
        const QString key = row.text(0).mid(prefix.size() + 1);
        bool ok = false;
        const int value = row.text(1).toInt(&ok);
        if (!ok)
            return;
        S::fields(out, [&](const char* name, int& field) {
            if (key == QLatin1String(name))
                field = value;
        });
    });
    if (!read.ok())
        return read.error();
    return out;
}

template <class S>
Status save(Store& store, QStringView prefix, const S& values) {
    Transaction tx(store.db());
    KOERS_TRY(tx.started());
    auto st = store.db().prepare(u"INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)");
    if (!st.ok())
        return st.error();
    Status written;
    S::fields(values, [&](const char* name, const int& value) {
        if (!written.ok())
            return;
        st->reset();
        st->bind(1, prefix.toString() + QLatin1Char('.') + QLatin1String(name));
        st->bind(2, QString::number(value));
        written = st->exec();
    });
    KOERS_TRY(written);
    KOERS_TRY(store.audit(u"settings", u"setting", {}, {}, prefix.toString()));
    return tx.commit();
}

} // namespace koers::settings
