// A hostile peer's workbench: opens a real package, lets a test rewrite its rows as text, and writes it
// again with a manifest whose row counts and checksums match, so only the record checks of the import stand
// between the forged rows and the file.
#pragma once

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "sync/SyncArchive.h"
#include "sync/SyncManifest.h"
#include "sync/SyncTables.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QMap>

namespace koers::test {

struct ForgedPackage {
    SyncManifest manifest;
    QMap<QString, std::vector<QStringList>> rows; // table -> data rows (without the header)
    QMap<QString, QStringList> headers;           // table -> a header other than this Koers's (an older one)

    // Leaves a column out of a table, header and rows, as a Koers from before that field wrote it.
    template <class T>
    void dropColumn(const char* name) {
        const QString t = QString::fromLatin1(T::table);
        QStringList& header = headers[t];
        if (header.isEmpty())
            header = sync::csvHeader<T>();
        const qsizetype at = header.indexOf(QString::fromLatin1(name));
        REQUIRE(at >= 0);
        header.removeAt(at);
        for (QStringList& r : rows[t])
            r.removeAt(at);
    }

    static ForgedPackage open(const QString& path, QByteArrayView passphrase) {
        auto entries = SyncArchive::read(path, passphrase);
        REQUIRE(entries.ok());
        ForgedPackage p;
        for (auto& e : entries.value()) {
            if (e.name == QLatin1String(SyncManifest::kFileName)) {
                auto m = SyncManifest::parse(e.data);
                REQUIRE(m.ok());
                p.manifest = m.value();
                continue;
            }
            QBuffer buffer(&e.data);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(buffer, CsvDialect::rfc4180());
            QStringList fields;
            REQUIRE(reader.readRow(fields).value()); // header
            auto& table = p.rows[e.name.chopped(4)];
            while (reader.readRow(fields).value())
                table.push_back(fields);
        }
        return p;
    }

    template <class T>
    static int column(const char* name) {
        const int i = static_cast<int>(sync::csvHeader<T>().indexOf(QString::fromLatin1(name)));
        REQUIRE(i >= 0);
        return i;
    }

    template <class T>
    std::vector<QStringList>& table() {
        return rows[QString::fromLatin1(T::table)];
    }

    template <class T>
    void set(std::size_t row, const char* name, const QString& value) {
        table<T>().at(row)[column<T>(name)] = value;
    }

    void write(const QString& path, QByteArrayView passphrase) {
        std::vector<SyncArchiveEntry> entries;
        entries.push_back({QString::fromLatin1(SyncManifest::kFileName), QByteArray()});
        manifest.files.clear();
        sync::forEachTable([&]<class T>(std::type_identity<T>) {
            const QString name = QString::fromLatin1(T::table);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            CsvWriter w = CsvWriter::rfc4180(buffer);
            REQUIRE(w.writeRow(headers.value(name, sync::csvHeader<T>())).ok());
            for (const QStringList& r : rows.value(name))
                REQUIRE(w.writeRow(r).ok());
            REQUIRE(w.finish().ok());
            manifest.files.push_back({sync::fileName(name), qint64(rows.value(name).size()),
                                      QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()});
            entries.push_back({sync::fileName(name), bytes});
        });
        entries.front().data = manifest.toCsv();
        REQUIRE(SyncArchive::write(path, passphrase, entries).ok());
    }
};

} // namespace koers::test
