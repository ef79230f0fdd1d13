// The encrypted backup copies beside a Koers file ("<file>.backups/"): listing them, keeping the last few,
// and restoring one in place of the file, never losing the current file on the way.
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <vector>

namespace koers {

struct BackupInfo {
    QString path;
    QDateTime at;   // UTC, from the name
    QString reason; // "import", "sync-import", "passwd", "before-v3", "before-restore", ...
    qint64 size = 0;
};

class BackupStore {
public:
    // How many backups stay beside a file; older ones are removed after each new backup.
    static constexpr int keepCount = 10;

    static QString folderFor(const QString& databasePath);
    // A fresh name in the folder: "<base>-<yyyyMMdd-HHmmss-zzz>-<reason>.koers" (UTC).
    static QString newBackupPath(const QString& databasePath, QDateTime at, QStringView reason);
    // The backups of `databasePath`, newest first.
    static std::vector<BackupInfo> list(const QString& databasePath);
    // Removes all but the newest `keep` backups.
    static Status rotate(const QString& databasePath, int keep = keepCount);

    // Puts the backup `backupPath` in place of `databasePath`, which must not be open (another program holding
    // it gets ErrorCode::Locked). The backup is checked first on a private copy: it must open with
    // `backupPassphrase` (a backup made before a passphrase change has the old one: WrongPassphrase) and pass
    // PRAGMA integrity_check. The current file is then kept as a backup itself ("before-restore"), and the
    // checked copy renamed over it in one step, so a failure anywhere leaves the current file as it was.
    // Returns the path of the backup of the file that was replaced.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath,
                                   QByteArrayView backupPassphrase);

    // True when another process holds SQLite's lock on the file (Koers keeps it while the file is open).
    static bool isLockedByOther(const QString& databasePath);
};

} // namespace koers
