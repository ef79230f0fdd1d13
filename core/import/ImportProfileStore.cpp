#include "ImportProfileStore.h"

#include "storage/Store.h"

namespace koers {

namespace {

const QString kPrefix = QStringLiteral("import_profile.");

} // namespace

Result<QStringList> ImportProfileStore::names(Store& store) {
    auto st = store.db().prepare(u"SELECT key FROM setting WHERE substr(key, 1, 15) = 'import_profile.' ORDER BY key");
    if (!st.ok())
        return st.error();
    QStringList out;
    const Status read = st->each([&](Statement& row) { out << row.text(0).mid(kPrefix.size()); });
    if (!read.ok())
        return read.error();
    return out;
}

Result<ImportProfile> ImportProfileStore::load(Store& store, const QString& name) {
    auto st = store.db().prepare(u"SELECT value FROM setting WHERE key = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, kPrefix + name);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, tr("There is no import profile named %1.").arg(name));
    auto profile = ImportProfile::fromJson(name, st->text(0));
    if (!profile)
        return makeError(ErrorCode::Invalid, tr("The import profile %1 is damaged.").arg(name));
    return *profile;
}

Status ImportProfileStore::save(Store& store, const ImportProfile& profile) {
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("An import profile needs a name."));
    Transaction tx(store.db());
    KOERS_TRY(tx.started());
    auto st = store.db().prepare(u"INSERT OR REPLACE INTO setting (key, value) VALUES (?1, ?2)");
    if (!st.ok())
        return st.error();
    st->bind(1, kPrefix + name);
    st->bind(2, profile.toJson());
    KOERS_TRY(st->exec());
    KOERS_TRY(store.audit(u"settings", u"setting", {}, {}, QStringLiteral("import profile saved")));
    return tx.commit();
}

Status ImportProfileStore::remove(Store& store, const QString& name) {
    Transaction tx(store.db());
    KOERS_TRY(tx.started());
    auto st = store.db().prepare(u"DELETE FROM setting WHERE key = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, kPrefix + name);
    KOERS_TRY(st->exec());
    KOERS_TRY(store.audit(u"settings", u"setting", {}, {}, QStringLiteral("import profile removed")));
    return tx.commit();
}

} // namespace koers
