#include "SqliteError.h"

#include <QCoreApplication>

#include "util/OutOfSpace.h"

#include <sqlite3.h>

namespace koers {

QString storageMessage(ErrorCode code) {
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return QCoreApplication::translate("Storage", "The passphrase is not correct for this file.");
    case ErrorCode::NotKoersFile:
        return QCoreApplication::translate("Storage",
                                           "This is not a Koers file, or the file is damaged and cannot be read. "
                                           "Restore a backup (File → Back-ups, or koers-cli restore --list).");
    case ErrorCode::NotEncrypted:
        return QCoreApplication::translate("Storage",
                                           "This is an unencrypted database. Koers only works with encrypted files.");
    case ErrorCode::SchemaTooNew:
        return QCoreApplication::translate("Storage",
                                           "This file was made by a newer version of Koers. Update Koers to open it.");
    case ErrorCode::Locked:
        return QCoreApplication::translate(
            "Storage", "This file is already open in another Koers window or program. Close it there first.");
    case ErrorCode::DiskFull:
        return QCoreApplication::translate("Storage",
                                           "The disk is full. Nothing was saved; free some space and try again.");
    case ErrorCode::ReadOnly:
        return QCoreApplication::translate(
            "Storage", "The file or its folder is read-only. Koers needs to be able to write to it.");
    case ErrorCode::FileNotFound:
        return QCoreApplication::translate("Storage", "The file does not exist.");
    case ErrorCode::AlreadyExists:
        return QCoreApplication::translate("Storage", "A file with this name already exists.");
    case ErrorCode::Cipher:
        return QCoreApplication::translate("Storage",
                                           "Encryption (SQLCipher) is not available. Koers refuses to run without it.");
    case ErrorCode::Io:
        return QCoreApplication::translate("Storage", "The file could not be read or written.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("Storage", "The record does not exist.");
    case ErrorCode::Invalid:
    case ErrorCode::Database:
    case ErrorCode::NeedsConfirmation:
    case ErrorCode::Cancelled:
        break;
    }
    return QCoreApplication::translate("Storage", "A database error occurred.");
}

Error sqliteError(sqlite3* db, int rc) {
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull, storageMessage(ErrorCode::DiskFull));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorCode::ReadOnly, storageMessage(ErrorCode::ReadOnly));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Locked, storageMessage(ErrorCode::Locked));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::NotKoersFile, storageMessage(ErrorCode::NotKoersFile));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        // SQLite reports SQLITE_FULL only for ENOSPC on a short write; a write refused outright (ENOSPC, a
        // quota, or a file-size limit: EFBIG) comes as an I/O error. To the user all of them are a full disk.
        if (db && isOutOfSpace(sqlite3_system_errno(db)))
            return makeError(ErrorCode::DiskFull, storageMessage(ErrorCode::DiskFull));
        return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    default:
        break;
    }
    // SQLite's own text names the failing constraint or statement, never values.
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return makeError(ErrorCode::Database, QCoreApplication::translate("Storage", "Database error: %1").arg(detail));
}

} // namespace koers
