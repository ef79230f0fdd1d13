#include "SyncPackage.h"

#include "csv/CsvReader.h"
#include "util/Sha256.h"

#include <QSet>

namespace koers {

namespace {

Error tampered(const QString& file) {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Sync", "The sync package has been altered or damaged: the checksum "
                                                         "of %1 does not match its manifest.")
                         .arg(file));
}

// Reads through to an entry and keeps the SHA-256 of every byte that passed.
class HashingDevice final : public QIODevice {
public:
    explicit HashingDevice(SyncEntryDevice& inner)
        : m_inner(inner) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    QByteArray sha256Hex() const { return m_hash.hexResult(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = m_inner.read(data, maxSize);
        if (n > 0)
            m_hash.addData(QByteArrayView(data, n));
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    SyncEntryDevice& m_inner;
    Sha256 m_hash;
};

} // namespace

Result<SyncPackage> SyncPackage::fromReader(std::unique_ptr<SyncEntryReader> reader) {
    SyncPackage p;
    p.m_reader = std::move(reader);
    const QString manifestName = QString::fromLatin1(SyncManifest::kFileName);
    const QStringList names = p.m_reader->names();
    if (!names.contains(manifestName))
        return SyncManifest::parse(QByteArray()).error();
    QByteArray manifestBytes;
    {
        auto device = p.m_reader->open(manifestName);
        if (!device.ok())
            return device.error();
        // A manifest is a few lines; one larger than this was not made by Koers.
        manifestBytes = device.value()->read(1 << 20);
        KOERS_TRY(device.value()->status());
    }
    auto manifest = SyncManifest::parse(manifestBytes);
    if (!manifest.ok())
        return manifest.error();
    p.m_manifest = std::move(manifest.value());
    if (p.m_manifest.formatVersion != SyncManifest::kFormatVersion)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Sync", "The sync package has format version %1; this Koers reads "
                                                             "version %2. Update Koers on both devices.")
                             .arg(p.m_manifest.formatVersion)
                             .arg(SyncManifest::kFormatVersion));
    // Exactly one file per table, each in the archive, and nothing else in it.
    QSet<QString> listed;
    for (const auto& f : p.m_manifest.files) {
        if (listed.contains(f.name) || !names.contains(f.name) || f.rows < 0)
            return tampered(f.name);
        listed.insert(f.name);
        p.m_totalRows += f.rows;
    }
    if (names.size() != listed.size() + 1 || qsizetype(listed.size()) != sync::tableNames().size())
        return tampered(manifestName);
    for (const QString& table : sync::tableNames())
        if (!listed.contains(sync::fileName(table)))
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("Sync", "The sync package lacks the file %1.").arg(sync::fileName(table)));
    return p;
}

Result<SyncPackage> SyncPackage::stream(const QString& path, QByteArrayView passphrase) {
    auto reader = SyncArchive::open(path, passphrase);
    if (!reader.ok())
        return reader.error();
    return fromReader(std::move(reader.value()));
}

Result<SyncPackage> SyncPackage::open(const QString& path, QByteArrayView passphrase) {
    auto p = stream(path, passphrase);
    if (p.ok())
        KOERS_TRY(p->verify());
    return p;
}

Result<SyncPackage> SyncPackage::fromEntries(std::vector<SyncArchiveEntry> entries) {
    auto p = fromReader(SyncEntryReader::inMemory(std::move(entries)));
    if (p.ok())
        KOERS_TRY(p->verify());
    return p;
}

Status SyncPackage::verify() {
    Status verified;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        if (verified.ok())
            verified = forEachRecord<T>([](const T&, const SyncKnowledge&) {});
    });
    return verified;
}

// Where each of `expected`'s columns is in an older package's `given` header (-1: not there), or nothing when
// `given` is not `expected` with some field columns left out, in the same order.
namespace {

std::vector<qsizetype> olderColumns(const QStringList& given, const QStringList& expected) {
    std::vector<qsizetype> from;
    qsizetype next = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (next < given.size() && given[next] == expected[i]) {
            from.push_back(next++);
            continue;
        }
        const bool required = i < codec::kMetaColumnCount || i == expected.size() - 1; // meta, known_versions
        if (required)
            return {};
        from.push_back(-1);
    }
    return next == given.size() ? from : std::vector<qsizetype>{};
}

} // namespace

Status SyncPackage::forEachRow(const QString& table, const QStringList& header,
                               const std::function<bool(const QStringList&, qint64)>& f) {
    const QString name = sync::fileName(table);
    const SyncManifestFile* listed = m_manifest.file(name);
    if (!listed)
        return tampered(name);
    auto entry = m_reader->open(name);
    if (!entry.ok())
        return entry.error();
    HashingDevice device(*entry.value());
    CsvReader reader(device, CsvDialect::rfc4180());
    QStringList fields;
    auto first = reader.readRow(fields);
    // A fault of the archive itself (a wrong passphrase, damage) tells more than the CSV that it broke.
    KOERS_TRY(entry.value()->status());
    if (!first.ok())
        return first.error();
    // A package from a Koers before a field was added lacks its column: that field reads as empty, the value a
    // new column starts with. Anything else (an unknown, repeated or reordered column, no id or knowledge) is refused.
    std::vector<qsizetype> from;
    if (!first.value() || (fields != header && !(from = olderColumns(fields, header)).size()))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Sync", "The sync package's file %1 does not have the columns "
                                                             "this Koers expects.")
                             .arg(name));
    QStringList full;
    qint64 rows = 0;
    for (;;) {
        Result<bool> more = reader.readRow(fields);
        KOERS_TRY(entry.value()->status());
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        // Rows beyond the manifest's count are not even looked at.
        if (++rows > listed->rows)
            return tampered(name);
        if (!from.empty() && !reader.isRagged()) {
            full.clear();
            for (const qsizetype at : from)
                full << (at < 0 ? QString() : fields[at]);
        }
        if (reader.isRagged() || !f(from.empty() ? fields : full, reader.lineNumber()))
            return makeError(ErrorCode::Invalid, QCoreApplication::translate("Sync", "The sync package's file %1 "
                                                                                     "has an invalid value on line %2.")
                                                     .arg(name)
                                                     .arg(reader.lineNumber()));
    }
    KOERS_TRY(entry.value()->status());
    if (rows != listed->rows || device.sha256Hex() != listed->sha256)
        return tampered(name);
    return {};
}

} // namespace koers
