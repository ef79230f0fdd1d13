#include "SyncPackage.h"

#include "SyncArchive.h"

#include <QCryptographicHash>

namespace koers {

namespace {

Error tampered(const QString& file) {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Sync", "The sync package has been altered or damaged: the checksum "
                                                         "of %1 does not match its manifest.")
                         .arg(file));
}

} // namespace

template <class T>
Status SyncPackage::verifyTable() {
    const QString table = QString::fromLatin1(T::table);
    const QString name = sync::fileName(table);
    const SyncManifestFile* listed = m_manifest.file(name);
    if (!listed || !m_files.contains(name))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Sync", "The sync package lacks the file %1.").arg(name));
    {
        QByteArray bytes = m_files.value(name);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, CsvDialect::rfc4180());
        QStringList fields;
        auto header = reader.readRow(fields);
        if (!header.ok() || !header.value() || fields != sync::csvHeader<T>())
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("Sync", "The sync package's file %1 does not have the columns "
                                                                 "this Koers expects.")
                                 .arg(name));
    }
    qint64 rows = 0;
    KOERS_TRY(forEachRow(table, [this, &rows](const QStringList& fields, qint64) {
        T record;
        const auto knowledge = SyncKnowledge::parse(fields.back());
        if (!sync::parseRow(fields, record) || !knowledge)
            return false;
        if (m_maxStamp < record.meta.updatedAt)
            m_maxStamp = record.meta.updatedAt;
        ++rows;
        return true;
    }));
    if (rows != listed->rows)
        return tampered(name);
    m_totalRows += rows;
    return {};
}

Result<SyncPackage> SyncPackage::open(const QString& path, QByteArrayView passphrase) {
    auto entries = SyncArchive::read(path, passphrase);
    if (!entries.ok())
        return entries.error();
    return fromEntries(std::move(entries.value()));
}

Result<SyncPackage> SyncPackage::fromEntries(std::vector<SyncArchiveEntry> entries) {
    SyncPackage p;
    for (auto& e : entries)
        p.m_files.insert(e.name, std::move(e.data));
    auto manifest = SyncManifest::parse(p.m_files.value(QString::fromLatin1(SyncManifest::kFileName)));
    if (!manifest.ok())
        return manifest.error();
    p.m_manifest = std::move(manifest.value());
    if (p.m_manifest.formatVersion != SyncManifest::kFormatVersion)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Sync", "The sync package has format version %1; this Koers reads "
                                                             "version %2. Update Koers on both devices.")
                             .arg(p.m_manifest.formatVersion)
                             .arg(SyncManifest::kFormatVersion));
    // Every file in the archive is listed with the right checksum, and nothing else is in it.
    if (p.m_files.size() != qsizetype(p.m_manifest.files.size()) + 1)
        return tampered(QString::fromLatin1(SyncManifest::kFileName));
    for (const auto& f : p.m_manifest.files) {
        const auto it = p.m_files.constFind(f.name);
        if (it == p.m_files.constEnd())
            return tampered(f.name);
        if (QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex() != f.sha256)
            return tampered(f.name);
    }
    Status verified;
    sync::forEachTable([&]<class T>(std::type_identity<T>) {
        if (verified.ok())
            verified = p.verifyTable<T>();
    });
    if (!verified.ok())
        return verified.error();
    if (qsizetype(p.m_manifest.files.size()) != sync::tableNames().size())
        return tampered(QString::fromLatin1(SyncManifest::kFileName));
    return p;
}

} // namespace koers
