#include "OutputGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#include <sys/stat.h>

namespace koers {

namespace {

QMutex& registryMutex() {
    static QMutex mutex;
    return mutex;
}

// Resolved paths of the open databases, one entry per open (a file opened twice is listed twice).
QStringList& registry() {
    static QStringList paths;
    return paths;
}

// The files that belong to a database, besides its backups folder.
QStringList companionsOf(const QString& db) {
    return {db,
            db + QStringLiteral("-wal"),
            db + QStringLiteral("-shm"),
            db + QStringLiteral("-journal"),
            db + QStringLiteral(".creating"),
            db + QStringLiteral(".creating-journal"),
            db + QStringLiteral(".restoring"),
            db + QStringLiteral(".restoring-wal")};
}

bool sameFile(const QByteArray& a, const QByteArray& b) {
    struct stat sa {};
    struct stat sb {};
    return ::stat(a.constData(), &sa) == 0 && ::stat(b.constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

Error refused(const QString& db) {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Storage",
                                                 "This would overwrite the open Koers file %1, its journal or one "
                                                 "of its backups. Choose another file name or folder.")
                         .arg(QFileInfo(db).fileName()));
}

} // namespace

QString OutputGuard::resolved(const QString& path) {
    const QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (info.exists() || info.isSymLink()) {
        // A dangling symlink resolves to where it points: writing would create that file.
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return canonical;
        if (info.isSymLink())
            return resolved(info.symLinkTarget());
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

Status OutputGuard::check(const QString& path, Allow allow) {
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Storage", "%1 is a folder, not a file.").arg(path));
    const QString target = resolved(path);
    const QByteArray targetNative = QFile::encodeName(target);
    const bool exists = QFileInfo::exists(target);
    QMutexLocker lock(&registryMutex());
    for (const QString& db : registry()) {
        for (const QString& companion : companionsOf(db))
            if (target == companion || (exists && sameFile(targetNative, QFile::encodeName(companion))))
                return refused(db);
        const QString backups = db + QStringLiteral(".backups");
        if (allow != Allow::BackupFolder && (target == backups || target.startsWith(backups + QLatin1Char('/'))))
            return refused(db);
    }
    return {};
}

QString OutputGuard::protect(const QString& databasePath) {
    const QString key = resolved(databasePath);
    QMutexLocker lock(&registryMutex());
    registry().append(key);
    return key;
}

void OutputGuard::release(const QString& key) {
    QMutexLocker lock(&registryMutex());
    registry().removeOne(key);
}

} // namespace koers
