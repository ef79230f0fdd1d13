#include "HubLocalState.h"

#include "storage/Store.h"

#include <QStringList>

namespace koers {

HubLocalState::HubLocalState(Store& store, QString hubId)
    : m_store(store)
    , m_hubId(std::move(hubId)) {
}

QString HubLocalState::key(const char* name) const {
    return QStringLiteral("hub/%1/%2").arg(m_hubId, QLatin1String(name));
}

Result<qint64> HubLocalState::number(const char* name) {
    auto v = m_store.metaValue(key(name));
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

Result<QString> HubLocalState::pushedMark() {
    return m_store.metaValue(key("pushed"));
}

Status HubLocalState::setPushedMark(const QString& stamp) {
    return m_store.setMetaValue(key("pushed"), stamp);
}

Result<qint64> HubLocalState::cursor() {
    return number("cursor");
}

Status HubLocalState::setCursor(qint64 cursor) {
    return m_store.setMetaValue(key("cursor"), QString::number(cursor));
}

Result<qint64> HubLocalState::epoch() {
    return number("epoch");
}

Status HubLocalState::setEpoch(qint64 epoch) {
    return m_store.setMetaValue(key("epoch"), QString::number(epoch));
}

Result<HubPullRound> HubLocalState::round() {
    auto v = m_store.metaValue(key("round"));
    if (!v.ok())
        return v.error();
    HubPullRound r;
    const QStringList parts = v.value().split(QLatin1Char(' '));
    if (parts.size() >= 2) {
        r.horizon = parts[0].toLongLong();
        r.table = parts[1].toInt();
        r.lastId = parts.size() > 2 ? parts[2] : QString();
        r.active = true;
    }
    return r;
}

Status HubLocalState::setRound(const HubPullRound& round) {
    if (!round.active)
        return m_store.setMetaValue(key("round"), QString());
    return m_store.setMetaValue(key("round"),
                                QStringLiteral("%1 %2 %3").arg(round.horizon).arg(round.table).arg(round.lastId));
}

Result<qint64> HubLocalState::auditSent() {
    return number("audit");
}

Status HubLocalState::setAuditSent(qint64 seq) {
    return m_store.setMetaValue(key("audit"), QString::number(seq));
}

Status HubLocalState::setLastSync(const QDateTime& at) {
    KOERS_TRY(m_store.setMetaValue(key("last_sync"), at.toString(Qt::ISODateWithMs)));
    return m_store.setMetaValue(u"hub/last", m_hubId);
}

Result<QDateTime> HubLocalState::lastSync(Store& store) {
    auto hub = store.metaValue(u"hub/last");
    if (!hub.ok())
        return hub.error();
    if (hub.value().isEmpty())
        return QDateTime();
    auto at = store.metaValue(QStringLiteral("hub/%1/last_sync").arg(hub.value()));
    if (!at.ok())
        return at.error();
    return QDateTime::fromString(at.value(), Qt::ISODateWithMs);
}

} // namespace koers
