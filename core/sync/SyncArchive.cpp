#include "SyncArchive.h"

#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>
#include <memory>

#include <zip.h>

namespace koers {

namespace {

// Bounds the memory a hostile package can make us allocate (a "zip bomb").
constexpr zip_uint64_t kMaxEntryBytes = zip_uint64_t(4) << 30;

Error damaged() {
    return makeError(ErrorCode::NotKoersFile,
                     QCoreApplication::translate("Sync", "The sync package is damaged or incomplete (for example cut "
                                                         "off while copying)."));
}

Error wrongPassphrase() {
    return makeError(
        ErrorCode::WrongPassphrase,
        QCoreApplication::translate("Sync", "The package passphrase is not correct for this sync package."));
}

Error writeFailed() {
    return makeError(ErrorCode::Io, QCoreApplication::translate("Sync", "The sync package could not be written."));
}

// libzip takes the passphrase as a C string.
Result<SecretBytes> cPassphrase(QByteArrayView passphrase) {
    if (passphrase.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("Sync", "The package passphrase is empty."));
    if (passphrase.contains('\0'))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Sync", "The package passphrase contains a NUL character."));
    QByteArray bytes(passphrase.data(), passphrase.size());
    bytes.append('\0');
    return SecretBytes(std::move(bytes));
}

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipDiscard>;

struct ZipFileClose {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

} // namespace

Status SyncArchive::write(const QString& path, QByteArrayView passphrase,
                          const std::vector<SyncArchiveEntry>& entries) {
    auto pass = cPassphrase(passphrase);
    if (!pass.ok())
        return pass.error();
    const QString temp =
        QStringLiteral("%1.part-%2").arg(path).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray nativeTemp = QFile::encodeName(temp);
    int err = 0;
    ZipHandle zip(zip_open(nativeTemp.constData(), ZIP_CREATE | ZIP_EXCL, &err));
    if (!zip)
        return writeFailed();
    for (const auto& entry : entries) {
        // The buffers stay alive in `entries` until zip_close, so libzip need not copy them.
        zip_source_t* source =
            zip_source_buffer(zip.get(), entry.data.constData(), static_cast<zip_uint64_t>(entry.data.size()), 0);
        if (!source)
            return writeFailed();
        const QByteArray name = entry.name.toUtf8();
        const zip_int64_t index = zip_file_add(zip.get(), name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return writeFailed();
        }
        // Deflate level 1: several times faster than the default on CSV, for a package a little larger.
        if (zip_set_file_compression(zip.get(), static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1) != 0 ||
            zip_file_set_encryption(zip.get(), static_cast<zip_uint64_t>(index), ZIP_EM_AES_256,
                                    pass->bytes().constData()) != 0)
            return writeFailed();
    }
    // zip_close compresses and encrypts while writing: only ciphertext reaches the disk.
    if (zip_close(zip.get()) != 0) {
        QFile::remove(temp);
        return writeFailed();
    }
    (void)zip.release();
    // rename(2) replaces an existing file atomically; QFile::rename would refuse.
    if (std::rename(nativeTemp.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return writeFailed();
    }
    return {};
}

Result<std::vector<SyncArchiveEntry>> SyncArchive::read(const QString& path, QByteArrayView passphrase) {
    auto pass = cPassphrase(passphrase);
    if (!pass.ok())
        return pass.error();
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::FileNotFound,
                         QCoreApplication::translate("Sync", "The sync package %1 does not exist.").arg(path));
    int err = 0;
    ZipHandle zip(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &err));
    if (!zip) {
        if (err == ZIP_ER_OPEN || err == ZIP_ER_READ)
            return makeError(ErrorCode::Io, QCoreApplication::translate("Sync", "The sync package could not be read."));
        return damaged();
    }
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count <= 0)
        return damaged();
    std::vector<SyncArchiveEntry> out;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip.get(), i, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
            !(stat.valid & ZIP_STAT_ENCRYPTION_METHOD) || !(stat.valid & ZIP_STAT_NAME))
            return damaged();
        // A plain entry could have been slipped in by someone without the passphrase.
        if (stat.encryption_method != ZIP_EM_AES_256)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("Sync", "The sync package holds a file that is not "
                                                                 "encrypted; it was not made by Koers."));
        if (stat.size > kMaxEntryBytes)
            return damaged();
        std::unique_ptr<zip_file_t, ZipFileClose> file(
            zip_fopen_index_encrypted(zip.get(), i, 0, pass->bytes().constData()));
        if (!file) {
            if (zip_error_code_zip(zip_get_error(zip.get())) == ZIP_ER_WRONGPASSWD)
                return wrongPassphrase();
            return damaged();
        }
        QByteArray data;
        data.resize(static_cast<qsizetype>(stat.size));
        zip_uint64_t done = 0;
        while (done < stat.size) {
            const zip_int64_t n = zip_fread(file.get(), data.data() + done, stat.size - done);
            if (n <= 0)
                break;
            done += static_cast<zip_uint64_t>(n);
        }
        // Read on to the end, where the AES authentication code and the size are checked.
        char probe = 0;
        const zip_int64_t tail = zip_fread(file.get(), &probe, 1);
        if (done != stat.size || tail != 0) {
            const bool wrong = zip_error_code_zip(zip_file_get_error(file.get())) == ZIP_ER_WRONGPASSWD;
            secureWipe(data);
            return wrong ? wrongPassphrase() : damaged();
        }
        out.push_back({QString::fromUtf8(stat.name), std::move(data)});
    }
    return out;
}

} // namespace koers
