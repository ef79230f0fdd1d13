// Watches the whole application for keyboard and mouse input and fires idle() after a quiet period.
#pragma once

#include <QObject>
#include <QTimer>

namespace koers {

class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;
    // 0 switches it off.
    void setTimeoutMinutes(int minutes);
    void setTimeoutMs(int ms); // tests
    int timeoutMs() const { return m_timer.interval(); }
    void setActive(bool active);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};

} // namespace koers
