#include "Store.h"

#include "DeviceNames.h"
#include "util/TimeText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSysInfo>

#include <QRandomGenerator>

#include <sys/stat.h>

namespace koers {

namespace {

QString randomDeviceId() {
    // 64 random bits: unique enough to tell a team's laptops apart, and no personal data.
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
}

// Where this copy of the file lives: the machine (hashed, so the file does not carry the machine id itself)
// and the file's inode. A copy, a restored backup or the file on another laptop has another identity.
// KOERS_MACHINE_ID stands in for the machine in tests.
QString fileIdentity(const QString& path) {
    QByteArray machine = qgetenv("KOERS_MACHINE_ID");
    if (machine.isEmpty())
        machine = QSysInfo::machineUniqueId();
    if (machine.isEmpty())
        machine = QSysInfo::machineHostName().toUtf8();
    struct stat st {};
    const qulonglong inode = ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qulonglong(st.st_ino) : 0;
    const QByteArray hash = QCryptographicHash::hash(machine, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("%1:%2").arg(QString::fromLatin1(hash)).arg(inode);
}

Error damagedIdentity() {
    return makeError(ErrorCode::NotKoersFile,
                     QCoreApplication::translate("Storage",
                                                 "The file has no device identity: it is damaged or was "
                                                 "never made completely. Restore a backup (File → Back-ups)."));
}

} // namespace

Store::Store(std::unique_ptr<Database> db, const Clock& clock, QString device, QString actor)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_hlc(clock, std::move(device))
    , m_actor(std::move(actor))
    , m_idGenerator([this] { return m_uuids.next(m_clock.nowUtc().toMSecsSinceEpoch()); }) {
}

Store::~Store() {
    // Statements must be finalised before the database closes.
    m_statements.clear();
    m_statementStore.clear();
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, QByteArrayView passphrase, const Clock& clock,
                                             QString actor) {
    // The identity is written before the file gets its name, so no file without one can exist.
    auto db = Database::create(path, passphrase, -1, [](Database& staging) -> Status {
        auto st = staging.prepare(u"INSERT INTO meta (key, value) VALUES ('device_id', ?1), ('file_identity', ?2)");
        if (!st.ok())
            return st.error();
        st->bind(1, randomDeviceId());
        // The inode survives the rename into place.
        st->bind(2, fileIdentity(staging.path()));
        return st->exec();
    });
    if (!db.ok())
        return db.error();
    auto store = attach(std::move(db.value()), clock, std::move(actor));
    if (store.ok())
        KOERS_TRY(store.value()->audit(u"create_file"));
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, QByteArrayView passphrase, const Clock& clock,
                                           QString actor) {
    auto db = Database::open(path, passphrase);
    if (!db.ok())
        return db.error();
    return attach(std::move(db.value()), clock, std::move(actor));
}

Result<std::unique_ptr<Store>> Store::attach(std::unique_ptr<Database> db, const Clock& clock, QString actor) {
    auto device = db->queryText(u"SELECT value FROM meta WHERE key = 'device_id'");
    if (!device.ok())
        return device.error();
    if (device.value().isEmpty())
        return damagedIdentity();
    std::unique_ptr<Store> store(new Store(std::move(db), clock, device.value(), std::move(actor)));
    auto last = store->metaValue(u"hlc_last");
    if (!last.ok())
        return last.error();
    if (!last.value().isEmpty()) {
        // A stamp that does not parse is damage, never a reason to start the clock again from zero.
        const auto hlc = Hlc::parse(last.value());
        if (!hlc)
            return makeError(ErrorCode::NotKoersFile,
                             QCoreApplication::translate("Storage", "The file's clock is damaged. Restore a backup "
                                                                    "(File → Back-ups)."));
        store->m_hlc.observe(*hlc);
    }
    KOERS_TRY(store->checkIdentity());
    // The audit log names the person who said who they are on this device, not the login.
    auto identity = DeviceNames(*store).own();
    if (!identity.ok())
        return identity.error();
    if (!identity->userName.isEmpty())
        store->setActor(identity->userName);
    return store;
}

Status Store::checkIdentity() {
    const QString here = fileIdentity(m_db->path());
    auto recorded = metaValue(u"file_identity");
    if (!recorded.ok())
        return recorded.error();
    if (recorded.value() == here)
        return {};
    Transaction tx(*m_db);
    KOERS_TRY(tx.started());
    if (!recorded.value().isEmpty()) {
        // A copy of the file (another laptop, a restored backup, cp): from now on it is a device of its own, so
        // its edits travel to the original and a concurrent edit of both is kept as a conflict.
        const QString previous = m_hlc.device();
        m_hlc.setDevice(randomDeviceId());
        KOERS_TRY(setMetaValue(u"device_id", m_hlc.device()));
        KOERS_TRY(audit(u"device_renewed", {}, {}, {}, QStringLiteral("copy of device %1").arg(previous)));
    }
    KOERS_TRY(setMetaValue(u"file_identity", here));
    return tx.commit();
}

Hlc Store::stamp() {
    m_clockDirty = true;
    return m_hlc.next();
}

QString Store::newId() {
    return m_idGenerator();
}

Result<Statement*> Store::cached(const QString& sql) {
    if (auto it = m_statements.find(sql); it != m_statements.end()) {
        it.value()->reset();
        return it.value();
    }
    auto st = m_db->prepare(sql);
    if (!st.ok())
        return st.error();
    m_statementStore.push_back(std::make_unique<Statement>(std::move(st.value())));
    Statement* raw = m_statementStore.back().get();
    m_statements.insert(sql, raw);
    return raw;
}

Status Store::audit(QStringView action, QStringView table, QStringView recordId, QStringView clientId,
                    QStringView detail) {
    auto st = cached(QStringLiteral("INSERT INTO audit_log (at, device, actor, action, table_name, record_id, "
                                    "client_id, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, TimeText::isoUtcMs(m_clock.nowUtc()));
    s.bind(2, deviceId());
    s.bind(3, m_actor);
    s.bind(4, action);
    s.bind(5, table.isEmpty() ? QString() : table.toString());
    s.bind(6, recordId.isEmpty() ? QString() : recordId.toString());
    s.bind(7, clientId.isEmpty() ? QString() : clientId.toString());
    s.bind(8, detail.isEmpty() ? QString() : detail.toString());
    return s.exec();
}

Status Store::saveClock() {
    if (!m_clockDirty)
        return {};
    m_clockDirty = false;
    return setMetaValue(u"hlc_last", m_hlc.last().toString());
}

Result<QString> Store::metaValue(QStringView key) {
    auto st = cached(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
    if (!st.ok())
        return st.error();
    st.value()->bind(1, key);
    auto row = st.value()->step();
    if (!row.ok())
        return row.error();
    QString value = row.value() ? st.value()->text(0) : QString();
    st.value()->reset();
    return value;
}

Status Store::setMetaValue(QStringView key, QStringView value) {
    auto st = cached(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)"));
    if (!st.ok())
        return st.error();
    st.value()->bind(1, key);
    st.value()->bind(2, value);
    return st.value()->exec();
}

} // namespace koers
