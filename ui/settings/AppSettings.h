// The one typed wrapper over QSettings: every key of the desktop app is named here and nowhere else.
// Holds no personal data (file paths and window layout only).
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace koers {

class AppSettings {
public:
    AppSettings();
    // Tests use a settings file of their own.
    explicit AppSettings(const QString& iniPath);

    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    int idleLockMinutes() const; // 0 = never
    void setIdleLockMinutes(int minutes);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray caseloadHeaderState() const;
    void setCaseloadHeaderState(const QByteArray& state);

    bool showFullBsn() const;
    void setShowFullBsn(bool show);

    // Counts below this are hidden in the B&W report ("<5").
    int reportThreshold() const;
    void setReportThreshold(int threshold);

    // The hub last synchronised with (a libpq connection string without password).
    QString hubConnection() const;
    void setHubConnection(const QString& conninfo);

    static constexpr int maxRecentFiles = 8;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace koers
