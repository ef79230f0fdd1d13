// An open, encrypted Koers file (SQLCipher through the SQLite C API). Opening verifies the cipher, the
// passphrase, the schema version and takes an exclusive lock, before anything is written; a failed open
// leaves the file byte-identical. Migrations run on open, each after an encrypted backup copy.
#pragma once

#include "Statement.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_file;

namespace koers {

// The cipher settings, documented in the README so the standard `sqlcipher` shell opens every Koers file:
//   PRAGMA key = '<passphrase>'; PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 256000;
struct CipherSettings {
    static constexpr int kdfIterations = 256000; // SQLCipher 3 default is 64000
    static constexpr int pageSize = 4096;
};

class Database {
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Makes the whole new file under a temporary name beside `path` ("<path>.creating", rollback journal),
    // runs `initialise` on it (the store writes its identity there), and only then renames it into place and
    // opens it: a kill at any moment leaves either no file at `path` or a complete one. The file is readable
    // by its owner only. `schemaVersion` other than -1 (the latest) exists for migration tests.
    static Result<std::unique_ptr<Database>> create(const QString& path, QByteArrayView passphrase,
                                                    int schemaVersion = -1,
                                                    const std::function<Status(Database&)>& initialise = {});
    static Result<std::unique_ptr<Database>> open(const QString& path, QByteArrayView passphrase);
    // Opens the file without migrating it and runs PRAGMA integrity_check (restoring a backup checks it first).
    static Status verify(const QString& path, QByteArrayView passphrase, bool integrityCheck = true);

    // Re-encrypts the whole file with a new passphrase, after an encrypted backup copy of the old one.
    Status changePassphrase(QByteArrayView newPassphrase, Progress& progress = Progress::none());
    // The same, for a caller that has not just opened the file with the old passphrase (the app): the backup
    // copy is opened with `oldPassphrase` first, and a wrong one changes nothing (ErrorCode::WrongPassphrase).
    // `progress` sees the copy ("Copying the file"), may cancel until it is checked, then the re-encryption
    // runs to its end (a final phase).
    Status changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase,
                            Progress& progress = Progress::none());

    Result<Statement> prepare(QStringView sql) const;
    Status exec(QStringView sql) const; // one or more statements without parameters or results
    Result<qint64> queryInt(QStringView sql) const;
    Result<QString> queryText(QStringView sql) const;

    // Transactions nest as savepoints. Rolling back the outermost one ends it with ROLLBACK: rolling back to the
    // savepoint and releasing it would commit the pages it had touched, unchanged in content but written again
    // (new encryption IVs), so a cancelled operation would not leave the file byte for byte as it was.
    Status begin() const;
    Status commit() const;
    void rollback(bool outermost) const;
    bool inTransaction() const;

    // PRAGMA quick_check: run before every bulk write (import, sync, demo, retention), so nothing is written
    // into, or backed up from, a damaged file. The error points at the backups.
    Status quickCheck() const;

    // Writes a consistent, still encrypted copy of the file (same passphrase) to `target`. Cancelled through
    // `progress`, it leaves nothing at `target`.
    Status copyTo(const QString& target) const;
    Status copyTo(const QString& target, Progress& progress) const;
    // Copy into "<file>.backups/" with a timestamp and reason in the name, keeping the last
    // BackupStore::keepCount copies; returns the path.
    Result<QString> backup(QStringView reason) const;
    Result<QString> backup(QStringView reason, Progress& progress) const;
    // A backup the user asked for (reason "manual"): beside the file as backup() does when `folder` is empty
    // or is the backups folder, otherwise into `folder` (a USB stick), which must exist, under the same kind of
    // name. Returns the path.
    Result<QString> backupNow(const QString& folder, Progress& progress) const;

    int userVersion() const;
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // Only for files that are not open: closing any other descriptor of an open file drops this process's
    // POSIX locks on it (fcntl semantics), and with them the exclusive lock SQLite believes it holds.
    static bool looksLikePlainSqlite(const QString& path);
    // The same check on the open file, read through SQLite's own file handle.
    bool looksPlainOnDisk() const;

private:
    Database(sqlite3* db, QString path);
    // `wal` false: a rollback journal, for a file that is renamed once complete (a WAL is named after the path).
    static Error explainRefusal(const QString& path, QByteArrayView passphrase);
    static Result<std::unique_ptr<Database>> openHandle(const QString& path, QByteArrayView passphrase, bool create,
                                                        bool wal = true);
    Status configure(bool wal = true) const;
    Status rekey(QByteArrayView newPassphrase);
    // Reads raw (still encrypted) bytes of the main file through SQLite's handle, never through a second
    // descriptor (see looksLikePlainSqlite).
    Result<QByteArray> readRaw(qint64 offset, qint64 length) const;
    Result<qint64> rawSize() const;
    // The main file as SQLite holds it open (reads through it keep the lock; a second descriptor would not).
    sqlite3_file* mainFile() const;
    // The checks and the backup both passphrase changes start with; returns the backup's path.
    Result<QString> backupBeforeRekey(QByteArrayView newPassphrase, Progress& progress = Progress::none());

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_guardKey; // this file's entry in OutputGuard while it is open
};

// Commits on commit(), rolls back otherwise: nothing half-written survives an error path.
class Transaction {
public:
    explicit Transaction(const Database& db)
        : m_db(db)
        , m_outermost(!db.inTransaction()) {
        m_status = m_db.begin();
    }
    ~Transaction() {
        if (m_status.ok() && !m_done)
            m_db.rollback(m_outermost);
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    const Status& started() const { return m_status; }
    Status commit() {
        m_done = true;
        Status s = m_db.commit();
        if (!s.ok())
            m_db.rollback(m_outermost);
        return s;
    }

private:
    const Database& m_db;
    bool m_outermost;
    Status m_status;
    bool m_done = false;
};

} // namespace koers
