// Keeps every output of Koers away from the open Koers files: a report, an export or a package must never
// overwrite a database, its journal (-wal, -shm, -journal), a file being created or restored beside it, or
// its backups. Databases register themselves while open; every writer of a user-chosen path asks check().
// Paths are compared after resolving symlinks, and existing files also by identity (a hard link).
#pragma once

#include "util/Result.h"

#include <QString>

namespace koers {

class OutputGuard {
public:
    enum class Allow { Nothing, BackupFolder };

    // An error (ErrorCode::Invalid, naming the protected file) when `path` is or would overwrite a protected
    // file of any database this process has open; also when `path` is a folder.
    static Status check(const QString& path, Allow allow = Allow::Nothing);

    // Called by Database while a file is open (the same path may be registered more than once): protect()
    // returns the key that release() takes.
    static QString protect(const QString& databasePath);
    static void release(const QString& key);

    // The path as it will be written: symlinks of the file and its folder resolved, absolute.
    static QString resolved(const QString& path);
};

} // namespace koers
