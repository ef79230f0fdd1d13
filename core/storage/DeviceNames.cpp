#include "DeviceNames.h"

#include "Store.h"
#include "util/TimeText.h"

#include <QCoreApplication>

namespace koers {

Result<QString> DeviceNames::clean(const QString& name) {
    const QString kept = name.simplified();
    for (const QChar c : name)
        if (!c.isSpace() && (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format))
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("DeviceNames", "A name cannot hold control characters."));
    if (kept.size() > kMaxLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("DeviceNames", "A name can be at most %1 characters long.").arg(kMaxLength));
    return kept;
}

bool DeviceNames::isDeviceId(QStringView id) {
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    return true;
}

Result<DeviceIdentity> DeviceNames::own() {
    auto st = m_store.cached(QStringLiteral("SELECT name, user_name FROM device_name WHERE device = ?1"));
    if (!st.ok())
        return st.error();
    st.value()->bind(1, m_store.deviceId());
    auto row = st.value()->step();
    if (!row.ok())
        return row.error();
    DeviceIdentity out;
    if (row.value())
        out = {st.value()->text(0), st.value()->text(1)};
    st.value()->reset();
    return out;
}

Status DeviceNames::setOwn(const QString& name, const QString& userName) {
    auto device = clean(name);
    if (!device.ok())
        return device.error();
    auto user = clean(userName);
    if (!user.ok())
        return user.error();
    Transaction tx(m_store.db());
    KOERS_TRY(tx.started());
    auto st = m_store.cached(QStringLiteral("INSERT OR REPLACE INTO device_name (device, name, user_name, named_at) "
                                            "VALUES (?1, ?2, ?3, ?4)"));
    if (!st.ok())
        return st.error();
    st.value()->bind(1, m_store.deviceId());
    st.value()->bind(2, device.value());
    st.value()->bind(3, user.value());
    st.value()->bind(4, TimeText::isoUtcMs(m_store.clock().nowUtc()));
    KOERS_TRY(st.value()->exec());
    if (!user.value().isEmpty())
        m_store.setActor(user.value());
    KOERS_TRY(m_store.audit(u"device_named", u"device_name", m_store.deviceId()));
    return tx.commit();
}

Result<QHash<QString, QString>> DeviceNames::all() {
    auto st = m_store.cached(QStringLiteral("SELECT device, name FROM device_name WHERE name <> ''"));
    if (!st.ok())
        return st.error();
    QHash<QString, QString> out;
    KOERS_TRY(st.value()->each([&out](const Statement& row) { out.insert(row.text(0), row.text(1)); }));
    return out;
}

Status DeviceNames::learn(const QString& device, const QString& name, bool fromItself) {
    auto kept = clean(name);
    // A name that does not pass is left out, not a reason to refuse the records the package brings.
    if (!kept.ok() || kept.value().isEmpty() || !isDeviceId(device) || device == m_store.deviceId())
        return {};
    // Debian's SQLCipher predates SQLite's upsert: insert when new, then change what may be changed.
    auto insert = m_store.cached(
        QStringLiteral("INSERT OR IGNORE INTO device_name (device, name, named_at) VALUES (?1, ?2, ?3)"));
    if (!insert.ok())
        return insert.error();
    const QString now = TimeText::isoUtcMs(m_store.clock().nowUtc());
    insert.value()->bind(1, device);
    insert.value()->bind(2, kept.value());
    insert.value()->bind(3, now);
    KOERS_TRY(insert.value()->exec());
    auto update = m_store.cached(fromItself ? QStringLiteral("UPDATE device_name SET name = ?2, named_at = ?3 "
                                                             "WHERE device = ?1 AND name <> ?2")
                                            : QStringLiteral("UPDATE device_name SET name = ?2, named_at = ?3 "
                                                             "WHERE device = ?1 AND name = ''"));
    if (!update.ok())
        return update.error();
    update.value()->bind(1, device);
    update.value()->bind(2, kept.value());
    update.value()->bind(3, now);
    return update.value()->exec();
}

QString DeviceNames::display(const QHash<QString, QString>& names, const QString& device) {
    const QString name = names.value(device);
    if (!name.isEmpty())
        return name;
    return device.isEmpty() ? QString() : QCoreApplication::translate("DeviceNames", "device %1").arg(device.left(8));
}

} // namespace koers
