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
#include "util/BoundedQueue.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

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

    // The same walk with the reading (decrypting, inflating, hashing, parsing: half of an import's time) on a
    // thread of its own, a few hundred records ahead, while f(const T&, const SyncKnowledge&, qint64 line)
    // returns Status on the caller's thread (the one that owns the store's connection). Stops at f's first
    // failure and returns it; otherwise returns the table's first fault, after f has had every record before it.
    template <class T, class F>
    Status forEachRecordAhead(F&& f);

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

template <class T, class F>
Status SyncPackage::forEachRecordAhead(F&& f) {
    struct Item {
        T record;
        SyncKnowledge knowledge;
        qint64 line = 0;
    };
    using Batch = std::vector<Item>;
    constexpr std::size_t kBatchRecords = 256;
    BoundedQueue<Batch> ready(8);
    // Batches the caller is done with go back to the reading thread, which frees their records (or reuses the
    // batch), so the caller's thread does not spend its time freeing strings.
    BoundedQueue<Batch> spent(32);
    std::atomic<bool> stop = false;
    Status read;
    auto readAll = [&] {
        Batch batch;
        batch.reserve(kBatchRecords);
        read = forEachRow(QString::fromLatin1(T::table), sync::csvHeader<T>(),
                          [&](const QStringList& fields, qint64 line) {
                              if (stop.load(std::memory_order_relaxed))
                                  return false;
                              Item& item = batch.emplace_back();
                              auto knowledge = SyncKnowledge::parse(fields.back());
                              if (!sync::parseRow(fields, item.record) || !knowledge) {
                                  batch.pop_back();
                                  return false;
                              }
                              item.knowledge = std::move(*knowledge);
                              item.line = line;
                              if (batch.size() < kBatchRecords)
                                  return true;
                              if (!ready.push(std::move(batch)))
                                  return false; // the caller stopped
                              // Every spent batch is taken each time: the caller never waits for room
                              // there (it gets back at most what `ready` held since), while this thread
                              // may wait on `ready`.
                              batch = Batch();
                              while (std::optional<Batch> reused = spent.tryPop())
                                  batch = std::move(*reused);
                              batch.clear();
                              batch.reserve(kBatchRecords);
                              return true;
                          });
        // The records before a fault are the caller's too, as in forEachRecord.
        if (!batch.empty())
            (void)ready.push(std::move(batch));
        ready.finish();
        spent.close();
    };
    // Closing first wakes a reader waiting for room, so leaving early never hangs on the join.
    struct Reader {
        BoundedQueue<Batch>& ready;
        std::atomic<bool>& stop;
        std::thread thread;
        ~Reader() {
            stop = true;
            ready.close();
            thread.join();
        }
    };
    Status consumed;
    {
        Reader reader{ready, stop, std::thread(readAll)};
        while (std::optional<Batch> batch = ready.pop()) {
            for (Item& item : *batch) {
                consumed = f(std::as_const(item.record), std::as_const(item.knowledge), item.line);
                if (!consumed.ok())
                    break;
            }
            if (!consumed.ok())
                break;
            (void)spent.push(std::move(*batch)); // false once the reader is done: then it is freed here
        }
    }
    return consumed.ok() ? read : consumed;
}

} // namespace koers
