#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace koers {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeoutMinutes(int minutes) {
    setTimeoutMs(minutes * 60 * 1000);
}

void IdleLock::setTimeoutMs(int ms) {
    m_timer.setInterval(ms);
    setActive(m_active);
}

void IdleLock::setActive(bool active) {
    m_active = active;
    if (m_active && m_timer.interval() > 0)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_active && m_timer.interval() > 0)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace koers
