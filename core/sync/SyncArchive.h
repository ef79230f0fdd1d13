// The container of a sync package: a ZIP archive whose every entry is AES-256 encrypted with the package
// passphrase (WinZip AES, which 7-Zip and other ZIP programs open). Entries are built and read in memory, so
// no plaintext ever reaches the disk; the archive is written to a temporary file and renamed into place.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace koers {

struct SyncArchiveEntry {
    QString name;
    QByteArray data;
};

class SyncArchive {
public:
    static Status write(const QString& path, QByteArrayView passphrase, const std::vector<SyncArchiveEntry>& entries);
    // Every entry must be AES-256 encrypted; a wrong passphrase, a damaged or truncated archive, and a
    // plain (unencrypted) entry are each their own error.
    static Result<std::vector<SyncArchiveEntry>> read(const QString& path, QByteArrayView passphrase);
};

} // namespace koers
