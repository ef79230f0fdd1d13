#include "AppSettings.h"

#include <QFileInfo>

#include <algorithm>

namespace koers {

namespace {
namespace Key {
const QString recentFiles = QStringLiteral("files/recent");
const QString idleLockMinutes = QStringLiteral("security/idleLockMinutes");
const QString showFullBsn = QStringLiteral("privacy/showFullBsn");
const QString reportThreshold = QStringLiteral("report/threshold");
const QString hubConnection = QStringLiteral("hub/connection");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString caseloadHeader = QStringLiteral("caseload/header");
} // namespace Key
constexpr int kDefaultIdleLockMinutes = 5;
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("Koers"), QStringLiteral("Koers"))) {
}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {
}

QStringList AppSettings::recentFiles() const {
    return m_settings->value(Key::recentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings->setValue(Key::recentFiles, files);
}

void AppSettings::removeRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(Key::recentFiles, files);
}

int AppSettings::idleLockMinutes() const {
    return m_settings->value(Key::idleLockMinutes, kDefaultIdleLockMinutes).toInt();
}

void AppSettings::setIdleLockMinutes(int minutes) {
    m_settings->setValue(Key::idleLockMinutes, std::max(0, minutes));
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(Key::windowGeometry, geometry);
}

QByteArray AppSettings::windowState() const {
    return m_settings->value(Key::windowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state) {
    m_settings->setValue(Key::windowState, state);
}

QByteArray AppSettings::caseloadHeaderState() const {
    return m_settings->value(Key::caseloadHeader).toByteArray();
}

void AppSettings::setCaseloadHeaderState(const QByteArray& state) {
    m_settings->setValue(Key::caseloadHeader, state);
}

bool AppSettings::showFullBsn() const {
    return m_settings->value(Key::showFullBsn, false).toBool();
}

void AppSettings::setShowFullBsn(bool show) {
    m_settings->setValue(Key::showFullBsn, show);
}

int AppSettings::reportThreshold() const {
    return std::clamp(m_settings->value(Key::reportThreshold, 5).toInt(), 2, 100);
}

void AppSettings::setReportThreshold(int threshold) {
    m_settings->setValue(Key::reportThreshold, threshold);
}

QString AppSettings::hubConnection() const {
    return m_settings->value(Key::hubConnection).toString();
}

void AppSettings::setHubConnection(const QString& conninfo) {
    m_settings->setValue(Key::hubConnection, conninfo);
}

} // namespace koers
