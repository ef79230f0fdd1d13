// A sync package read into memory and verified as a whole: format version, the SHA-256 and row count of
// every file, each table's columns and every value. Only a package that passes all of it is handed to the
// merge, so a bad package never changes the database.
#pragma once

#include "SyncArchive.h"
#include "SyncKnowledge.h"
#include "SyncManifest.h"
#include "SyncTables.h"
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>

namespace koers {

class SyncPackage {
public:
    static Result<SyncPackage> open(const QString& path, QByteArrayView passphrase);
    // The checks after decryption, on the archive's entries (open() = SyncArchive::read + this).
    static Result<SyncPackage> fromEntries(std::vector<SyncArchiveEntry> entries);

    const SyncManifest& manifest() const { return m_manifest; }
    // The latest stamp of any record in the package.
    const Hlc& maxStamp() const { return m_maxStamp; }
    qint64 totalRows() const { return m_totalRows; }

    // Calls f(const T&, const SyncKnowledge&) or f(const T&, const SyncKnowledge&, qint64 line) for every
    // record of T's table, in file order. The package was verified on open, so parsing cannot fail here.
    template <class T, class F>
    Status forEachRecord(F&& f) const {
        return forEachRow(QString::fromLatin1(T::table), [&f](const QStringList& fields, qint64 line) {
            T record;
            sync::parseRow(fields, record);
            SyncKnowledge k = SyncKnowledge::parse(fields.back()).value_or(SyncKnowledge());
            if constexpr (std::is_invocable_v<F, const T&, const SyncKnowledge&, qint64>)
                f(record, k, line);
            else
                f(record, k);
            return true;
        });
    }

private:
    template <class T>
    Status verifyTable();
    // Calls f(fields, line) for each data row of the table's file; f returns false to stop with an
    // invalid-value error naming the line.
    template <class F>
    Status forEachRow(const QString& table, F&& f) const;

    SyncManifest m_manifest;
    QHash<QString, QByteArray> m_files;
    Hlc m_maxStamp;
    qint64 m_totalRows = 0;
};

template <class F>
Status SyncPackage::forEachRow(const QString& table, F&& f) const {
    const QString name = sync::fileName(table);
    QByteArray bytes = m_files.value(name);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvDialect::rfc4180());
    QStringList fields;
    auto header = reader.readRow(fields); // checked by verifyTable
    if (!header.ok())
        return header.error();
    for (;;) {
        Result<bool> more = reader.readRow(fields);
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        if (reader.isRagged() || !f(fields, reader.lineNumber()))
            return makeError(ErrorCode::Invalid, QCoreApplication::translate("Sync", "The sync package's file %1 "
                                                                                     "has an invalid value on line %2.")
                                                     .arg(name)
                                                     .arg(reader.lineNumber()));
    }
    return {};
}

} // namespace koers
