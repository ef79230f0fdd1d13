// The container of a sync package: a ZIP archive whose every entry is AES-256 encrypted with the package
// passphrase (WinZip AES, which 7-Zip and other ZIP programs open). Entries stream in both directions: a
// writer hands libzip each entry's bytes in chunks as it compresses and encrypts them, and a reader decrypts
// an entry chunk by chunk, so neither side holds a decompressed package in memory and no plaintext ever
// reaches the disk. The archive is written to a temporary file and renamed into place.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace koers {

struct SyncArchiveEntry {
    QString name;
    QByteArray data;
};

// Produces the next chunk of an entry while the archive is written: an empty chunk ends the entry; an error
// aborts the whole archive (nothing is left behind).
using SyncEntryProducer = std::function<Result<QByteArray>()>;

struct SyncArchiveStream {
    QString name;
    SyncEntryProducer produce;
};

// One entry being read: a sequential device whose status() says, after the last byte, whether the entry was
// whole and authentic (its AES authentication code and size checked).
class SyncEntryDevice : public QIODevice {
public:
    bool isSequential() const override { return true; }
    virtual Status status() const = 0;

protected:
    qint64 writeData(const char*, qint64) override { return -1; }
};

// The entries of a package, by name, opened one at a time.
class SyncEntryReader {
public:
    virtual ~SyncEntryReader() = default;
    virtual QStringList names() const = 0;
    virtual Result<std::unique_ptr<SyncEntryDevice>> open(const QString& name) = 0;

    // Entries already in memory (tests and the fuzzers' decrypted packages).
    static std::unique_ptr<SyncEntryReader> inMemory(std::vector<SyncArchiveEntry> entries);
};

class SyncArchive {
public:
    // Entries in the order given; libzip asks each producer for its bytes in that order, one entry after the
    // other, so a later producer may depend on what an earlier one produced (the manifest's checksums).
    static Status write(const QString& path, QByteArrayView passphrase, std::vector<SyncArchiveStream> entries);
    static Status write(const QString& path, QByteArrayView passphrase, const std::vector<SyncArchiveEntry>& entries);

    // Checks that every entry is AES-256 encrypted and within the size bounds; a wrong passphrase, a damaged
    // or truncated archive, and a plain (unencrypted) entry are each their own error.
    static Result<std::unique_ptr<SyncEntryReader>> open(const QString& path, QByteArrayView passphrase);
    // Every entry read into memory (tests and tools; the import streams through open()).
    static Result<std::vector<SyncArchiveEntry>> read(const QString& path, QByteArrayView passphrase);
};

} // namespace koers
