#include "SyncArchive.h"

#include "storage/OutputGuard.h"
#include "util/BoundedQueue.h"
#include "util/OutOfSpace.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <QHash>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

#include <sys/stat.h>
#include <zip.h>

namespace koers {

namespace {

// Bound the memory a hostile package can make us allocate (a "zip bomb"). A full package of 100,000
// clients unpacks to well under 1 GiB.
constexpr zip_uint64_t kMaxEntryBytes = zip_uint64_t(2) << 30;
constexpr zip_uint64_t kMaxPackageBytes = zip_uint64_t(4) << 30;
// Chunks produced ahead of the compressing thread (each up to 256 KiB of CSV).
constexpr std::size_t kChunksAhead = 4;

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

// One chunk of an entry on its way from the producers (the caller's thread) to libzip (the compressing
// thread): plaintext, wiped wherever it ends, also when the pipe drops it. An empty chunk ends its entry; an
// error ends the archive.
struct Chunk {
    Result<QByteArray> bytes;
    explicit Chunk(Result<QByteArray> b)
        : bytes(std::move(b)) {}
    Chunk(Chunk&& other) noexcept
        : bytes(std::exchange(other.bytes, Result<QByteArray>(QByteArray()))) {}
    Chunk& operator=(Chunk&& other) noexcept {
        if (this != &other) {
            wipe();
            bytes = std::exchange(other.bytes, Result<QByteArray>(QByteArray()));
        }
        return *this;
    }
    ~Chunk() { wipe(); }
    void wipe() {
        if (bytes.ok())
            secureWipe(bytes.value());
    }
};
using ChunkPipe = BoundedQueue<Chunk>;

// The libzip side of a producer: serves libzip's reads from the current chunk, taking the next one from the
// pipe when it is used up. Chunks hold plaintext and are wiped before they are freed.
struct ProducerSource {
    ChunkPipe* pipe = nullptr;
    QByteArray chunk;
    qsizetype offset = 0;
    bool ended = false;
    std::optional<Error> failure;
    zip_error_t error{};

    ProducerSource() { zip_error_init(&error); }
    ~ProducerSource() {
        secureWipe(chunk);
        zip_error_fini(&error);
    }

    zip_int64_t read(char* out, zip_uint64_t len) {
        zip_uint64_t given = 0;
        while (given < len && !ended) {
            if (offset == chunk.size()) {
                secureWipe(chunk);
                offset = 0;
                std::optional<Chunk> next = pipe->pop();
                if (!next || !next->bytes.ok()) {
                    // A producer's own failure is reported by the caller's thread; here libzip only stops.
                    failure = next ? next->bytes.error() : writeFailed();
                    zip_error_set(&error, ZIP_ER_INTERNAL, 0);
                    return -1;
                }
                chunk = std::exchange(next->bytes.value(), QByteArray());
                if (chunk.isEmpty()) {
                    ended = true;
                    break;
                }
            }
            const zip_uint64_t n = std::min<zip_uint64_t>(len - given, zip_uint64_t(chunk.size() - offset));
            std::copy_n(chunk.constData() + offset, n, out + given);
            offset += static_cast<qsizetype>(n);
            given += n;
        }
        return static_cast<zip_int64_t>(given);
    }

    static zip_int64_t callback(void* self, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
        auto* s = static_cast<ProducerSource*>(self);
        switch (cmd) {
        case ZIP_SOURCE_OPEN:
        case ZIP_SOURCE_CLOSE:
            return 0;
        case ZIP_SOURCE_READ:
            return s->read(static_cast<char*>(data), len);
        case ZIP_SOURCE_STAT: {
            // The size is known only at the end: nothing but "a file, stored as given" is declared.
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            return 0;
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&s->error, data, len);
        case ZIP_SOURCE_FREE:
            return 0; // owned by SyncArchive::write
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&s->error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }
};

// An entry of an open archive, decrypted and inflated as it is read.
class ZipEntryDevice final : public SyncEntryDevice {
public:
    ZipEntryDevice(zip_file_t* file, zip_uint64_t declared)
        : m_file(file)
        , m_declared(declared) {}
    ~ZipEntryDevice() override {
        if (m_file)
            zip_fclose(m_file);
    }
    Status status() const override {
        if (m_failure)
            return *m_failure;
        return {};
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (m_failure || maxSize <= 0)
            return m_failure ? -1 : 0;
        const zip_int64_t n = zip_fread(m_file, data, static_cast<zip_uint64_t>(maxSize));
        // At the end the size must be the declared one (libzip checks the authentication code there).
        if (n == 0 && m_done != m_declared)
            m_failure = damaged();
        if (n < 0) {
            m_failure =
                zip_error_code_zip(zip_file_get_error(m_file)) == ZIP_ER_WRONGPASSWD ? wrongPassphrase() : damaged();
            return -1;
        }
        m_done += static_cast<zip_uint64_t>(n);
        // More than the header declared: the entry lies about its size (a zip bomb in disguise).
        if (m_done > m_declared) {
            m_failure = damaged();
            return -1;
        }
        return n;
    }

private:
    zip_file_t* m_file;
    zip_uint64_t m_declared;
    zip_uint64_t m_done = 0;
    std::optional<Error> m_failure;
};

class ZipEntryReader final : public SyncEntryReader {
public:
    ZipEntryReader(ZipHandle zip, SecretBytes passphrase, QHash<QString, std::pair<zip_uint64_t, zip_uint64_t>> entries)
        : m_zip(std::move(zip))
        , m_passphrase(std::move(passphrase))
        , m_entries(std::move(entries)) {}

    // In the order of the archive.
    QStringList names() const override {
        QStringList out = m_entries.keys();
        std::sort(out.begin(), out.end(),
                  [this](const QString& a, const QString& b) { return m_entries[a].first < m_entries[b].first; });
        return out;
    }

    Result<std::unique_ptr<SyncEntryDevice>> open(const QString& name) override {
        const auto it = m_entries.constFind(name);
        if (it == m_entries.constEnd())
            return damaged();
        zip_file_t* file = zip_fopen_index_encrypted(m_zip.get(), it->first, 0, m_passphrase.bytes().constData());
        if (!file) {
            if (zip_error_code_zip(zip_get_error(m_zip.get())) == ZIP_ER_WRONGPASSWD)
                return wrongPassphrase();
            return damaged();
        }
        auto device = std::make_unique<ZipEntryDevice>(file, it->second);
        device->open(QIODevice::ReadOnly);
        return std::unique_ptr<SyncEntryDevice>(std::move(device));
    }

private:
    ZipHandle m_zip;
    SecretBytes m_passphrase;                                        // with its terminating NUL
    QHash<QString, std::pair<zip_uint64_t, zip_uint64_t>> m_entries; // name -> index, size
};

class MemoryEntryDevice final : public SyncEntryDevice {
public:
    explicit MemoryEntryDevice(const QByteArray& data)
        : m_data(data) {}
    Status status() const override { return {}; }

protected:
    qint64 readData(char* out, qint64 maxSize) override {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
        std::copy_n(m_data.constData() + m_offset, n, out);
        m_offset += n;
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

class MemoryEntryReader final : public SyncEntryReader {
public:
    explicit MemoryEntryReader(std::vector<SyncArchiveEntry> entries) {
        for (auto& e : entries) {
            m_order << e.name;
            m_entries.insert(e.name, std::move(e.data));
        }
    }
    QStringList names() const override { return m_order; }
    Result<std::unique_ptr<SyncEntryDevice>> open(const QString& name) override {
        if (!m_entries.contains(name))
            return damaged();
        auto device = std::make_unique<MemoryEntryDevice>(m_entries.value(name));
        device->open(QIODevice::ReadOnly);
        return std::unique_ptr<SyncEntryDevice>(std::move(device));
    }

private:
    QStringList m_order;
    QHash<QString, QByteArray> m_entries;
};

} // namespace

std::unique_ptr<SyncEntryReader> SyncEntryReader::inMemory(std::vector<SyncArchiveEntry> entries) {
    return std::make_unique<MemoryEntryReader>(std::move(entries));
}

Status SyncArchive::write(const QString& path, QByteArrayView passphrase, std::vector<SyncArchiveStream> entries) {
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
    // The sources live here until zip_close has read them all.
    ChunkPipe pipe(kChunksAhead);
    std::vector<std::unique_ptr<ProducerSource>> sources;
    for (auto& entry : entries) {
        sources.push_back(std::make_unique<ProducerSource>());
        sources.back()->pipe = &pipe;
        zip_source_t* source = zip_source_function(zip.get(), &ProducerSource::callback, sources.back().get());
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
    // zip_close takes every entry's data in order, compresses and encrypts it while writing (only ciphertext
    // reaches the disk), on a thread of its own; the producers run here, on the caller's thread (the one that
    // owns the store's connection), in entry order and a few chunks ahead. Compressing and encrypting is about
    // half of a sync export.
    int closed = -1;
    std::optional<Error> produceFailure;
    {
        std::thread compressor([&] {
            closed = zip_close(zip.get());
            pipe.close(); // a producer waiting for room wakes and stops
        });
        bool stopped = false;
        for (auto& entry : entries) {
            for (bool entryDone = false; !entryDone && !stopped;) {
                Chunk chunk(entry.produce());
                entryDone = !chunk.bytes.ok() || chunk.bytes.value().isEmpty();
                if (!chunk.bytes.ok())
                    produceFailure = chunk.bytes.error();
                // False once libzip stopped (a write failed); a failed producer stops it too.
                stopped = !pipe.push(std::move(chunk)) || produceFailure.has_value();
            }
            if (stopped)
                break;
        }
        pipe.finish();
        compressor.join();
    }
    if (closed != 0) {
        QFile::remove(temp);
        if (produceFailure)
            return *produceFailure;
        for (const auto& s : sources)
            if (s->failure)
                return *s->failure;
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

Status SyncArchive::write(const QString& path, QByteArrayView passphrase,
                          const std::vector<SyncArchiveEntry>& entries) {
    std::vector<SyncArchiveStream> streams;
    for (const auto& e : entries) {
        auto given = std::make_shared<bool>(false);
        QByteArray data = e.data;
        streams.push_back({e.name, [given, data]() -> Result<QByteArray> {
                               if (*given)
                                   return QByteArray();
                               *given = true;
                               return data;
                           }});
    }
    return write(path, passphrase, std::move(streams));
}

Result<std::unique_ptr<SyncEntryReader>> SyncArchive::open(const QString& path, QByteArrayView passphrase) {
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
    QHash<QString, std::pair<zip_uint64_t, zip_uint64_t>> entries;
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
        const QString name = QString::fromUtf8(stat.name);
        if (entries.contains(name))
            return damaged();
        entries.insert(name, {i, stat.size});
    }
    // The passphrase is checked on the first entry now, so a wrong one is told before anything else.
    std::unique_ptr<zip_file_t, ZipFileClose> probe(
        zip_fopen_index_encrypted(zip.get(), 0, 0, pass->bytes().constData()));
    if (!probe) {
        if (zip_error_code_zip(zip_get_error(zip.get())) == ZIP_ER_WRONGPASSWD)
            return wrongPassphrase();
        return damaged();
    }
    probe.reset();
    return std::unique_ptr<SyncEntryReader>(
        std::make_unique<ZipEntryReader>(std::move(zip), std::move(pass.value()), std::move(entries)));
}

Result<std::vector<SyncArchiveEntry>> SyncArchive::read(const QString& path, QByteArrayView passphrase) {
    auto reader = open(path, passphrase);
    if (!reader.ok())
        return reader.error();
    std::vector<SyncArchiveEntry> out;
    for (const QString& name : reader.value()->names()) {
        auto device = reader.value()->open(name);
        if (!device.ok())
            return device.error();
        QByteArray data;
        char buffer[1 << 16];
        for (;;) {
            const qint64 n = device.value()->read(buffer, sizeof buffer);
            if (n <= 0)
                break;
            data.append(buffer, n);
        }
        KOERS_TRY(device.value()->status());
        out.push_back({name, std::move(data)});
    }
    return out;
}

} // namespace koers
