// A sync package, read as a stream: the manifest first (format version, one file per table with its row count
// and SHA-256, nothing else in the archive), then each table's CSV record by record, decrypted and inflated
// chunk by chunk. Every table is checked as it is read: its columns, every value, and at its end its row count,
// its checksum and the archive's own authentication. A caller that acts on the records before the end of a
// table (a merge) must be able to undo them; the import checks the whole package in a first pass that writes
// nothing, and merges in a second pass inside a transaction.
#pragma once

#include "SyncArchive.h"
#include "SyncKnowledge.h"
#include "SyncManifest.h"
#include "SyncTables.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace koers {

class SyncPackage {
public:
    // Opens the package and checks its manifest; the tables are checked as they are read.
    static Result<SyncPackage> stream(const QString& path, QByteArrayView passphrase);
    // Opens the package and reads it through once: the whole package checked (tests and the fuzzers).
    static Result<SyncPackage> open(const QString& path, QByteArrayView passphrase);
    // The same checks on entries already decrypted (the fuzzers).
    static Result<SyncPackage> fromEntries(std::vector<SyncArchiveEntry> entries);

    const SyncManifest& manifest() const { return m_manifest; }
    // The records of all tables, as the manifest lists them.
    qint64 totalRows() const { return m_totalRows; }

    // Calls f(const T&, const SyncKnowledge&) or f(const T&, const SyncKnowledge&, qint64 line) for every record
    // of T's table, in file order. Returns the first fault of the table (also one found after its last record).
    template <class T, class F>
    Status forEachRecord(F&& f) {
        return forEachRow(QString::fromLatin1(T::table), sync::csvHeader<T>(),
                          [&f](const QStringList& fields, qint64 line) {
                              T record;
                              const auto knowledge = SyncKnowledge::parse(fields.back());
                              if (!sync::parseRow(fields, record) || !knowledge)
                                  return false;
                              if constexpr (std::is_invocable_v<F, const T&, const SyncKnowledge&, qint64>)
                                  f(record, *knowledge, line);
                              else
                                  f(record, *knowledge);
                              return true;
                          });
    }

    // Reads every table once, doing nothing with the records.
    Status verify();

private:
    static Result<SyncPackage> fromReader(std::unique_ptr<SyncEntryReader> reader);
    // Calls f(fields, line) for each data row of the table's file; f returns false to stop with an
    // invalid-value error naming the line.
    Status forEachRow(const QString& table, const QStringList& header,
                      const std::function<bool(const QStringList&, qint64)>& f);

    std::shared_ptr<SyncEntryReader> m_reader;
    SyncManifest m_manifest;
    qint64 m_totalRows = 0;
};

} // namespace koers
