// The code paths the fuzz targets drive, shared with the regression test in the normal suite
// (tests/core/fuzz), which runs every saved input of tests/data/fuzz/<target>/ through the same function.
// Each returns the core's verdict: a result or a clean error, never a crash.
#pragma once

#include "csv/CsvDialectDetector.h"
#include "csv/CsvReader.h"
#include "csv/CsvTextCodec.h"
#include "sync/SyncPackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace koers::fuzz {

inline constexpr char kPackagePassphrase[] = "fuzz package pass";

// A hostile spreadsheet: dialect detection (encoding, delimiter), then every row read and decoded with the
// detected dialect, as the import does. Small chunks, so fields and quotes fall across chunk boundaries.
inline Result<qint64> csvInput(QByteArrayView data) {
    const CsvDialect dialect =
        CsvDialectDetector::detect(data.first(std::min(data.size(), CsvDialectDetector::kDefaultSampleSize)));
    (void)CsvTextCodec::isValidUtf8(data, true);
    (void)CsvTextCodec::fromWindows1252(data.first(std::min<qsizetype>(data.size(), 4096)));
    QByteArray bytes = data.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, dialect, 512);
    QStringList fields;
    std::vector<bool> quoted;
    qint64 rows = 0;
    for (;;) {
        Result<bool> more = reader.readRow(fields, &quoted);
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        (void)reader.checkFieldCount();
        ++rows;
    }
    return rows;
}

// An incoming .koerssync file, the whole way to the merge: libzip opens it from disk, every entry is
// decrypted and authenticated, then manifest, checksums, columns and values are checked.
inline Result<qint64> syncArchiveInput(QByteArrayView data) {
    static const QString path =
        QDir::temp().filePath(QStringLiteral("koers-fuzz-%1.koerssync").arg(QCoreApplication::applicationPid()));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
        f.write(data.data(), data.size());
    }
    auto package = SyncPackage::open(path, kPackagePassphrase);
    QFile::remove(path);
    if (!package.ok())
        return package.error();
    return package->totalRows();
}

// The layer after decryption, which the fuzzer cannot reach through AES: the input is split at 0x1E bytes;
// the first piece is offered as a manifest, the others become the tables' CSV files in order. The manifest
// lists them with correct checksums and row counts, so the fuzzer gets past the checksums to the columns and
// values.
inline Result<qint64> syncPackageInput(QByteArrayView data) {
    const QList<QByteArray> pieces = data.toByteArray().split('\x1e');
    auto parsed = SyncManifest::parse(pieces.front());
    SyncManifest manifest = parsed.ok() ? parsed.value() : SyncManifest();
    if (!parsed.ok()) {
        manifest.packageId = QStringLiteral("fuzz");
        manifest.sourceDevice = QStringLiteral("fuzz-device");
        manifest.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    }
    manifest.files.clear();
    std::vector<SyncArchiveEntry> entries;
    const QStringList tables = sync::tableNames();
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QString name = sync::fileName(tables[(i - 1) % tables.size()]);
        const qint64 lines = pieces[i].count('\n');
        manifest.files.push_back({name, std::max<qint64>(lines - 1, 0),
                                  QCryptographicHash::hash(pieces[i], QCryptographicHash::Sha256).toHex()});
        entries.push_back({name, pieces[i]});
    }
    entries.push_back({QString::fromLatin1(SyncManifest::kFileName), manifest.toCsv()});
    auto package = SyncPackage::fromEntries(std::move(entries));
    if (!package.ok())
        return package.error();
    return package->totalRows();
}

} // namespace koers::fuzz
