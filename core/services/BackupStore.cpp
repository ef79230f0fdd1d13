#include "BackupStore.h"

#include "storage/Database.h"
#include "storage/SqliteError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace koers {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss-zzz");
constexpr qsizetype kStampLength = 19;
const QString kWal = QStringLiteral("-wal");

QString prefixFor(const QString& databasePath) {
    return QFileInfo(databasePath).completeBaseName() + QLatin1Char('-');
}

void removeWithWal(const QString& path) {
    QFile::remove(path);
    QFile::remove(path + kWal);
}

// A plain byte copy, readable by its owner only; the source is encrypted, so the copy is too. `progress`
// counts the bytes after the `done` already counted in its phase, and may stop it (the partial copy is removed).
Status copyFile(const QString& from, const QString& to, Progress& progress, qint64 done = 0) {
    QFile::remove(to);
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    constexpr qint64 chunk = 1 << 20;
    Status copied;
    while (copied.ok() && !in.atEnd()) {
        const QByteArray bytes = in.read(chunk);
        if (bytes.isEmpty() && in.error() != QFileDevice::NoError)
            copied = makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
        else if (out.write(bytes) != bytes.size())
            copied = makeError(
                out.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                storageMessage(out.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io));
        done += bytes.size();
        progress.advance(done);
        if (copied.ok())
            copied = progress.check();
    }
    if (copied.ok() && (!out.flush() || ::fsync(out.handle()) != 0))
        copied = makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    out.close();
    if (!copied.ok())
        QFile::remove(to);
    return copied;
}

// "<base>-<yyyyMMdd-HHmmss-zzz>-<reason>.koers", `at` in UTC.
QString nameFor(const QString& databasePath, const QDateTime& at, QStringView reason) {
    return prefixFor(databasePath) + at.toString(kStamp) + QLatin1Char('-') + reason.toString() +
           QStringLiteral(".koers");
}

// Copies a closed database file and the WAL a crash may have left beside it, as the phase `phase`.
Status copyWithWal(const QString& from, const QString& to, const QString& phase, Progress& progress) {
    progress.begin(phase, QFileInfo(from).size() + QFileInfo(from + kWal).size());
    Status copied = copyFile(from, to, progress);
    QFile::remove(to + kWal);
    if (copied.ok() && QFileInfo(from + kWal).size() > 0)
        copied = copyFile(from + kWal, to + kWal, progress, QFileInfo(from).size());
    if (!copied.ok())
        removeWithWal(to);
    return copied;
}

} // namespace

QString BackupStore::folderFor(const QString& databasePath) {
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

QString BackupStore::newBackupPath(const QString& databasePath, QDateTime at, QStringView reason) {
    // A new backup sorts after every existing one, also when made within the same millisecond or after the
    // clock went back: the list is in the order the backups were made, and rotation removes the oldest.
    const std::vector<BackupInfo> existing = list(databasePath);
    at = at.toUTC();
    if (!existing.empty() && existing.front().at >= at)
        at = existing.front().at.addMSecs(1);
    return QDir(folderFor(databasePath)).filePath(nameFor(databasePath, at, reason));
}

QString BackupStore::pathIn(const QString& folder, const QString& databasePath, QDateTime at, QStringView reason) {
    at = at.toUTC();
    const QDir dir(folder);
    for (;; at = at.addMSecs(1)) {
        const QString path = dir.filePath(nameFor(databasePath, at, reason));
        if (!QFileInfo::exists(path))
            return path;
    }
}

std::vector<BackupInfo> BackupStore::list(const QString& databasePath) {
    std::vector<BackupInfo> backups;
    const QString prefix = prefixFor(databasePath);
    const QDir dir(folderFor(databasePath));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.koers")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const QString name = file.fileName();
        if (!name.startsWith(prefix))
            continue;
        const QString rest = name.mid(prefix.size());
        QDateTime at = QDateTime::fromString(rest.left(kStampLength), kStamp);
        if (!at.isValid() || rest.size() <= kStampLength + 1 + 6 || rest[kStampLength] != QLatin1Char('-'))
            continue;
        at.setTimeSpec(Qt::UTC);
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.at = at;
        info.reason = rest.mid(kStampLength + 1).chopped(6); // without ".koers"
        info.size = file.size();
        backups.push_back(std::move(info));
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.at != b.at ? a.at > b.at : a.path > b.path; });
    return backups;
}

bool BackupStore::isKeptReason(QStringView reason) {
    return reason.startsWith(u"before-v") || reason == u"passwd" || reason == u"before-restore" || reason == u"manual";
}

Status BackupStore::rotate(const QString& databasePath, int keep) {
    const std::vector<BackupInfo> backups = list(databasePath); // newest first
    QSet<QString> keptReasons;
    // The copies are encrypted with the passphrase of their day, so a plain unlink is enough; overwriting
    // them first would not help on journaling or copy-on-write file systems anyway.
    for (std::size_t i = 0; i < backups.size(); ++i) {
        const QString& reason = backups[i].reason;
        const bool newestOfItsKind = isKeptReason(reason) && !keptReasons.contains(reason);
        if (isKeptReason(reason))
            keptReasons.insert(reason);
        if (i < static_cast<std::size_t>(std::max(keep, 0)) || newestOfItsKind)
            continue;
        removeWithWal(backups[i].path);
        if (QFileInfo::exists(backups[i].path))
            return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    }
    return {};
}

bool BackupStore::isLockedByOther(const QString& databasePath) {
    const int fd = ::open(QFile::encodeName(databasePath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // SQLite's unix VFS locks bytes from 1 GiB on (the pending byte, the reserved byte and the shared range);
    // any lock there belongs to a connection in another process.
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 0x40000000;
    probe.l_len = 512;
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

Result<QString> BackupStore::restore(const QString& databasePath, const QString& backupPath,
                                     QByteArrayView backupPassphrase, Progress& progress) {
    if (!QFileInfo(backupPath).isFile())
        return makeError(ErrorCode::FileNotFound, storageMessage(ErrorCode::FileNotFound));
    if (isLockedByOther(databasePath))
        return makeError(ErrorCode::Locked, storageMessage(ErrorCode::Locked));

    // Check a private copy beside the file (same file system, so the final rename is one atomic step); the
    // backup itself stays untouched.
    const QString staging = databasePath + QStringLiteral(".restoring");
    KOERS_TRY(copyWithWal(backupPath, staging, QCoreApplication::translate("Storage", "Copying the backup"), progress));
    progress.begin(QCoreApplication::translate("Storage", "Checking the backup"), 0);
    if (Status checked = Database::verify(staging, backupPassphrase); !checked.ok()) {
        removeWithWal(staging);
        if (checked.code() == ErrorCode::WrongPassphrase)
            return makeError(ErrorCode::WrongPassphrase,
                             QCoreApplication::translate("Storage",
                                                         "The passphrase does not open this backup. A backup made "
                                                         "before a passphrase change needs the old passphrase."));
        return checked.error();
    }
    if (Status stop = progress.check(); !stop.ok()) {
        removeWithWal(staging);
        return stop.error();
    }

    QString kept;
    if (QFileInfo::exists(databasePath)) {
        if (!QDir().mkpath(folderFor(databasePath))) {
            removeWithWal(staging);
            return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
        }
        kept = newBackupPath(databasePath, QDateTime::currentDateTimeUtc(), u"before-restore");
        if (Status copied =
                copyWithWal(databasePath, kept,
                            QCoreApplication::translate("Storage", "Keeping the current file as a backup"), progress);
            !copied.ok()) {
            removeWithWal(staging);
            return copied.error();
        }
    }
    // The last moment to stop; from here the file is replaced in two renames.
    if (Status stop = progress.check(); !stop.ok()) {
        removeWithWal(kept);
        removeWithWal(staging);
        return stop.error();
    }
    progress.beginFinal(QCoreApplication::translate("Storage", "Putting the backup in place"), 0);
    // A WAL left by the replaced file would be replayed onto the restored one; it is kept in the backup above.
    QFile::remove(databasePath + kWal);
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (QFileInfo::exists(staging + kWal) && std::rename(QFile::encodeName(staging + kWal).constData(),
                                                         QFile::encodeName(databasePath + kWal).constData()) != 0) {
        removeWithWal(staging);
        return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    }
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        removeWithWal(staging);
        return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    }
    (void)rotate(databasePath);
    return kept;
}

PendingBackup::PendingBackup(QString databasePath, QString pendingPath, QString reason)
    : m_databasePath(std::move(databasePath))
    , m_pendingPath(std::move(pendingPath))
    , m_reason(std::move(reason)) {
}

PendingBackup::PendingBackup(PendingBackup&& other) noexcept
    : m_databasePath(std::move(other.m_databasePath))
    , m_pendingPath(std::exchange(other.m_pendingPath, QString()))
    , m_reason(std::move(other.m_reason)) {
}

PendingBackup::~PendingBackup() {
    if (!m_pendingPath.isEmpty())
        QFile::remove(m_pendingPath);
}

Result<PendingBackup> PendingBackup::take(const Database& db, QStringView reason) {
    const QString folder = BackupStore::folderFor(db.path());
    if (!QDir().mkpath(folder) || ::chmod(QFile::encodeName(folder).constData(), 0700) != 0)
        return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    // A copy left by a killed import is of no use: its write never happened.
    for (const QFileInfo& stale : QDir(folder).entryInfoList({QStringLiteral("*.pending")}, QDir::Files))
        QFile::remove(stale.absoluteFilePath());
    const QString pending = QDir(folder).filePath(QFileInfo(db.path()).completeBaseName() + QStringLiteral("-") +
                                                  reason.toString() + QStringLiteral(".pending"));
    KOERS_TRY(db.copyTo(pending));
    return PendingBackup(db.path(), pending, reason.toString());
}

Result<QString> PendingBackup::keep() {
    const QString target = BackupStore::newBackupPath(m_databasePath, QDateTime::currentDateTimeUtc(), m_reason);
    if (std::rename(QFile::encodeName(m_pendingPath).constData(), QFile::encodeName(target).constData()) != 0)
        return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    m_pendingPath.clear();
    KOERS_TRY(BackupStore::rotate(m_databasePath));
    return target;
}

} // namespace koers
