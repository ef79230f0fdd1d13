#include "SyncArchive.h"

#include "storage/OutputGuard.h"
#include "util/OutOfSpace.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <sys/stat.h>
#include <zip.h>

namespace koers {

namespace {

// Bound the memory a hostile package can make us allocate (a "zip bomb"). A full package of 100,000
// clients unpacks to well under 1 GiB.
constexpr zip_uint64_t kMaxEntryBytes = zip_uint64_t(2) << 30;
constexpr zip_uint64_t kMaxPackageBytes = zip_uint64_t(4) << 30;
// The declared size is the sender's word: memory is taken in steps as the data really arrives.
constexpr qsizetype kFirstBlock = qsizetype(1) << 20;

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

Error tooLarge() {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Sync", "The sync package unpacks to more than Koers accepts; it was "
                                                         "not made by Koers."));
}

Error writeFailed(zip_t* zip = nullptr) {
    if (zip && isOutOfSpace(zip_error_code_system(zip_get_error(zip))))
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate("Sync", "The disk is full: the sync package could not be written. "
                                                             "Free some space and try again."));
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

// Reads one entry to its end, where the AES authentication code and the size are checked. Grown buffers are
// wiped before they are freed: they hold plaintext.
Result<QByteArray> readEntry(zip_file_t* file, zip_uint64_t declared) {
    QByteArray data(static_cast<qsizetype>(std::min<zip_uint64_t>(declared, kFirstBlock)), Qt::Uninitialized);
    zip_uint64_t done = 0;
    for (;;) {
        if (done == zip_uint64_t(data.size())) {
            if (done > declared) // a byte more than declared: the probe below found one
                break;
            const zip_uint64_t next = std::min<zip_uint64_t>(std::max<zip_uint64_t>(done * 2, 1), declared + 1);
            QByteArray bigger(static_cast<qsizetype>(next), Qt::Uninitialized);
            std::copy_n(data.constData(), done, bigger.data());
            secureWipe(data);
            data = std::move(bigger);
        }
        const zip_int64_t n = zip_fread(file, data.data() + done, zip_uint64_t(data.size()) - done);
        if (n <= 0) {
            if (n < 0) {
                const bool wrong = zip_error_code_zip(zip_file_get_error(file)) == ZIP_ER_WRONGPASSWD;
                secureWipe(data);
                return wrong ? wrongPassphrase() : damaged();
            }
            break;
        }
        done += static_cast<zip_uint64_t>(n);
    }
    if (done != declared) {
        secureWipe(data);
        return damaged();
    }
    data.truncate(static_cast<qsizetype>(done));
    return data;
}

} // namespace

Status SyncArchive::write(const QString& path, QByteArrayView passphrase,
                          const std::vector<SyncArchiveEntry>& entries) {
    auto pass = cPassphrase(passphrase);
    if (!pass.ok())
        return pass.error();
    KOERS_TRY(OutputGuard::check(path));
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
        return writeFailed(zip.get());
    }
    (void)zip.release();
    // Encrypted, yet nobody else on this machine needs to read it either.
    ::chmod(nativeTemp.constData(), 0600);
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
    zip_uint64_t total = 0;
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
        if (stat.size > kMaxEntryBytes || stat.size > kMaxPackageBytes - total)
            return tooLarge();
        total += stat.size;
        std::unique_ptr<zip_file_t, ZipFileClose> file(
            zip_fopen_index_encrypted(zip.get(), i, 0, pass->bytes().constData()));
        if (!file) {
            if (zip_error_code_zip(zip_get_error(zip.get())) == ZIP_ER_WRONGPASSWD)
                return wrongPassphrase();
            return damaged();
        }
        auto data = readEntry(file.get(), stat.size);
        if (!data.ok())
            return data.error();
        out.push_back({QString::fromUtf8(stat.name), std::move(data.value())});
    }
    return out;
}

} // namespace koers
