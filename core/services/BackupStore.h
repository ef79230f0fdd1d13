// The encrypted backup copies beside a Koers file ("<file>.backups/"): listing them, keeping the last few,
// and restoring one in place of the file, never losing the current file on the way.
#pragma once

#include "util/Progress.h"
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
    // The same kind of name in another folder (a backup on a USB stick), made unique there.
    static QString pathIn(const QString& folder, const QString& databasePath, QDateTime at, QStringView reason);
    // The backups of `databasePath`, newest first.
    static std::vector<BackupInfo> list(const QString& databasePath);
    // Removes all but the newest `keep` backups. The newest backup of each reason that marks a point of no
    // return is always kept as well: before a schema migration ("before-v…"), a passphrase change ("passwd")
    // and a restore ("before-restore"), and the one the user made ("manual"), so imports that change little
    // can never push those out.
    static Status rotate(const QString& databasePath, int keep = keepCount);
    // Whether backups made for this reason survive rotation (the newest of them).
    static bool isKeptReason(QStringView reason);

    // Puts the backup `backupPath` in place of `databasePath`, which must not be open (another program holding
    // it gets ErrorCode::Locked). The backup is checked first on a private copy: it must open with
    // `backupPassphrase` (a backup made before a passphrase change has the old one: WrongPassphrase) and pass
    // PRAGMA integrity_check. The current file is then kept as a backup itself ("before-restore"), and the
    // checked copy renamed over it in one step, so a failure anywhere leaves the current file as it was.
    // Returns the path of the backup of the file that was replaced.
    // `progress` sees the copies and the check, and may stop the restore until the file is replaced.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath,
                                   QByteArrayView backupPassphrase, Progress& progress = Progress::none());

    // True when another process holds SQLite's lock on the file (Koers keeps it while the file is open).
    static bool isLockedByOther(const QString& databasePath);
};

class Database;

// A backup for a write whose size is known only at its end (an import whose rows may all be refused): the
// copy is made before the write under a name BackupStore does not list, and kept (named, rotated) only when
// the write changed something; otherwise it is removed and no older backup is rotated out for nothing.
class PendingBackup {
public:
    static Result<PendingBackup> take(const Database& db, QStringView reason);
    PendingBackup(PendingBackup&& other) noexcept;
    PendingBackup& operator=(PendingBackup&&) = delete;
    Q_DISABLE_COPY(PendingBackup)
    ~PendingBackup();

    // Names the copy as a backup and rotates; returns its path.
    Result<QString> keep();

private:
    PendingBackup(QString databasePath, QString pendingPath, QString reason);
    QString m_databasePath;
    QString m_pendingPath; // empty once kept or moved from
    QString m_reason;
};

} // namespace koers
