#include "Database.h"

#include "ExportFile.h"
#include "OutputGuard.h"
#include "Schema.h"
#include "SqliteError.h"
#include "services/BackupStore.h"
#include "util/OutOfSpace.h"
#include "util/Progress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <sqlite3.h>

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace koers {

namespace {

constexpr char kPlainHeader[] = "SQLite format 3"; // 16 bytes with the terminating NUL

Error storageError(ErrorCode code) {
    return makeError(code, storageMessage(code));
}

// Renames `from` to `to` only when `to` does not exist, in one step where the file system can (a new file
// must never replace one that appeared meanwhile).
bool renameNoReplace(const QString& from, const QString& to) {
    const QByteArray a = QFile::encodeName(from);
    const QByteArray b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    // A file system without RENAME_NOREPLACE (some network or FAT mounts): a hard link is just as exclusive.
    if (::link(a.constData(), b.constData()) != 0)
        return false;
    ::unlink(a.constData());
    return true;
}

// Makes a rename durable: the directory entry itself is written to disk.
void syncFolder(const QString& file) {
    const int fd = ::open(QFile::encodeName(QFileInfo(file).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Owner read and write only; a journal SQLite makes beside the file takes the file's mode.
bool restrictToOwner(const QString& file) {
    return ::chmod(QFile::encodeName(file).constData(), ExportFile::ownerOnly) == 0;
}

// An existing file (and the journal files beside it) readable by others is narrowed to its owner.
void tightenExisting(const QString& file) {
    for (const QString& f : {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")}) {
        struct stat st {};
        const QByteArray native = QFile::encodeName(f);
        if (::stat(native.constData(), &st) == 0 && (st.st_mode & 077) != 0)
            ::chmod(native.constData(), st.st_mode & 0700);
    }
}

void removeCreation(const QString& staging) {
    QFile::remove(staging);
    QFile::remove(staging + QStringLiteral("-journal"));
}

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_guardKey(OutputGuard::protect(m_path)) {
}

bool Database::looksLikePlainSqlite(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head == QByteArray(kPlainHeader, 16);
}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
    OutputGuard::release(m_guardKey);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, QByteArrayView passphrase, int schemaVersion,
                                                   const std::function<Status(Database&)>& initialise) {
    if (QFileInfo::exists(path))
        return storageError(ErrorCode::AlreadyExists);
    if (passphrase.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("Storage", "The passphrase is empty."));
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir())
        return storageError(ErrorCode::FileNotFound);
    if (!dir.isWritable())
        return storageError(ErrorCode::ReadOnly);

    // A staging file left by a create that was killed holds no data yet (it never got its name): start over,
    // unless another program is making it right now.
    const QString staging = path + QStringLiteral(".creating");
    if (QFileInfo::exists(staging)) {
        if (BackupStore::isLockedByOther(staging))
            return storageError(ErrorCode::Locked);
        removeCreation(staging);
    }
    Status made = [&]() -> Status {
        auto db = openHandle(staging, passphrase, true, false);
        if (!db.ok())
            return db.error();
        if (!restrictToOwner(staging))
            return storageError(ErrorCode::Io);
        KOERS_TRY(Schema::migrate(*db.value(), schemaVersion < 0 ? Schema::latestVersion() : schemaVersion, false));
        if (initialise)
            KOERS_TRY(initialise(*db.value()));
        if (db.value()->looksPlainOnDisk())
            return storageError(ErrorCode::Cipher);
        return {};
    }(); // the staging file is closed here: every page is in it and its journal is gone
    if (!made.ok()) {
        removeCreation(staging);
        return made.error();
    }
    if (!renameNoReplace(staging, path)) {
        const bool exists = QFileInfo::exists(path);
        removeCreation(staging);
        return storageError(exists ? ErrorCode::AlreadyExists : ErrorCode::Io);
    }
    syncFolder(path);
    // Not open(): the schema is already the one asked for, and a migration test asks for an older one.
    return openHandle(path, passphrase, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, QByteArrayView passphrase) {
    const QFileInfo info(path);
    if (!info.exists())
        return storageError(ErrorCode::FileNotFound);
    if (!info.isFile())
        return storageError(ErrorCode::NotKoersFile);
    if (looksLikePlainSqlite(path))
        return storageError(ErrorCode::NotEncrypted);
    // An encrypted database is whole pages; anything else was cut off (or is not ours).
    if (info.size() == 0)
        return makeError(ErrorCode::NotKoersFile,
                         QCoreApplication::translate("Storage", "The file is empty: making it was interrupted. Delete "
                                                                "it and make it again, or restore a backup."));
    if (info.size() % CipherSettings::pageSize != 0)
        return makeError(ErrorCode::NotKoersFile,
                         QCoreApplication::translate("Storage", "The file is damaged: it is cut off (its size is not a "
                                                                "whole number of pages). Restore a backup (File → "
                                                                "Back-ups, or koers-cli restore --list)."));
    if (!info.isWritable())
        return storageError(ErrorCode::ReadOnly);
    tightenExisting(path);

    auto db = openHandle(path, passphrase, false);
    if (!db.ok()) {
        if (db.code() == ErrorCode::WrongPassphrase)
            return explainRefusal(path, passphrase);
        return db;
    }
    const int version = db.value()->userVersion();
    if (version > Schema::latestVersion())
        return storageError(ErrorCode::SchemaTooNew);
    if (version < Schema::latestVersion()) {
        KOERS_TRY(Schema::migrate(*db.value(), Schema::latestVersion(), true));
    }
    return db;
}

// SQLCipher cannot tell a wrong passphrase from a damaged first page: both fail its check of page 1. The
// backups can: a backup made after the last passphrase change (and restore) has the file's current
// passphrase, so when the passphrase opens it, the passphrase is right and the file is damaged; when it opens
// only a backup from before such a change, it is an old passphrase.
Error Database::explainRefusal(const QString& path, QByteArrayView passphrase) {
    const std::vector<BackupInfo> backups = BackupStore::list(path); // newest first
    QDateTime lastChange;
    for (const BackupInfo& b : backups)
        if ((b.reason == QLatin1String("passwd") || b.reason == QLatin1String("before-restore")) &&
            !lastChange.isValid())
            lastChange = b.at;
    int tried = 0;
    for (const BackupInfo& b : backups) {
        if (++tried > 3)
            break;
        if (!verify(b.path, passphrase, false).ok())
            continue;
        if (lastChange.isValid() && b.at <= lastChange)
            return makeError(ErrorCode::WrongPassphrase,
                             QCoreApplication::translate("Storage", "The passphrase is not correct for this file: it "
                                                                    "is the one it had before %1, when the passphrase "
                                                                    "was changed or a backup restored.")
                                 .arg(QLocale().toString(lastChange.toLocalTime(), QLocale::ShortFormat)));
        return makeError(ErrorCode::NotKoersFile,
                         QCoreApplication::translate("Storage", "The file is damaged: the passphrase is right (it "
                                                                "opens the backup of %1), but the file's first page "
                                                                "cannot be read. Restore that backup (File → Back-ups, "
                                                                "or koers-cli restore --list).")
                             .arg(QLocale().toString(b.at.toLocalTime(), QLocale::ShortFormat)));
    }
    return storageError(ErrorCode::WrongPassphrase);
}

Status Database::verify(const QString& path, QByteArrayView passphrase, bool integrityCheck) {
    if (!QFileInfo(path).isFile())
        return storageError(ErrorCode::FileNotFound);
    if (looksLikePlainSqlite(path))
        return storageError(ErrorCode::NotEncrypted);
    auto db = openHandle(path, passphrase, false);
    if (!db.ok())
        return db.error();
    if (!integrityCheck)
        return {};
    auto integrity = db.value()->queryText(u"PRAGMA integrity_check");
    if (!integrity.ok())
        return integrity.error();
    if (integrity.value() != QLatin1String("ok"))
        return storageError(ErrorCode::NotKoersFile);
    return {};
}

Result<std::unique_ptr<Database>> Database::openHandle(const QString& path, QByteArrayView passphrase, bool create,
                                                       bool wal) {
    sqlite3* raw = nullptr;
    // No mutex per call: a connection is only ever used from the thread that opened it, and the locking
    // showed up in bulk-import profiles (dozens of API calls per row).
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc);

    // The key goes in as bytes with their length, never through SQL text.
    rc = sqlite3_key(raw, passphrase.data(), static_cast<int>(passphrase.size()));
    if (rc != SQLITE_OK)
        return storageError(ErrorCode::Cipher);
    // Settings that must precede the first page read; locking first, so a second program is refused
    // before it reads anything.
    KOERS_TRY(db->exec(QStringLiteral("PRAGMA cipher_page_size = %1; PRAGMA kdf_iter = %2; "
                                      "PRAGMA locking_mode = EXCLUSIVE; PRAGMA busy_timeout = 200;")
                           .arg(CipherSettings::pageSize)
                           .arg(CipherSettings::kdfIterations)));

    auto cipher = db->queryText(u"PRAGMA cipher_version");
    if (!cipher.ok() || cipher.value().isEmpty())
        return storageError(ErrorCode::Cipher);

    // First real read: decrypts page 1 with the derived key.
    auto probe = db->queryInt(u"SELECT count(*) FROM sqlite_master");
    if (!probe.ok()) {
        if (probe.code() == ErrorCode::NotKoersFile)
            return storageError(ErrorCode::WrongPassphrase);
        return probe.error();
    }
    if (sqlite3_db_readonly(raw, "main") == 1)
        return storageError(ErrorCode::ReadOnly);
    if (!create && db->userVersion() > Schema::latestVersion())
        return storageError(ErrorCode::SchemaTooNew);

    KOERS_TRY(db->configure(wal));
    return db;
}

Status Database::configure(bool wal) const {
    const QLatin1String journal = wal ? QLatin1String("wal") : QLatin1String("delete");
    auto mode = queryText(QStringLiteral("PRAGMA journal_mode = %1").arg(journal));
    if (!mode.ok())
        return mode.error();
    if (mode.value().compare(journal, Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Database, QCoreApplication::translate("Storage", "Could not switch to WAL mode."));
    // A 64 MiB page cache: random UUID keys touch pages all over the indexes, and a small cache would
    // spill the same pages to the WAL again and again during a large import.
    KOERS_TRY(exec(u"PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; "
                   u"PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;"));
    // Take the write lock now, so a second program gets "locked" when it opens, not on its first save.
    KOERS_TRY(exec(u"BEGIN EXCLUSIVE; COMMIT;"));
    return {};
}

Result<Statement> Database::prepare(QStringView sql) const {
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc);
    return Statement(m_db, stmt);
}

Status Database::exec(QStringView sql) const {
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc);
    return {};
}

Result<qint64> Database::queryInt(QStringView sql) const {
    auto st = prepare(sql);
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return row.value() ? st->int64(0) : 0;
}

Result<QString> Database::queryText(QStringView sql) const {
    auto st = prepare(sql);
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return row.value() ? st->text(0) : QString();
}

// Savepoints nest, so a command made of smaller commands is still one transaction.
Status Database::begin() const {
    return exec(u"SAVEPOINT koers_tx");
}

Status Database::commit() const {
    return exec(u"RELEASE koers_tx");
}

void Database::rollback(bool outermost) const {
    if (sqlite3_get_autocommit(m_db))
        return; // SQLite ended it already (an I/O or full-disk error rolls back by itself)
    sqlite3_exec(m_db, outermost ? "ROLLBACK" : "ROLLBACK TO koers_tx; RELEASE koers_tx", nullptr, nullptr, nullptr);
}

bool Database::inTransaction() const {
    return !sqlite3_get_autocommit(m_db);
}

int Database::userVersion() const {
    auto v = queryInt(u"PRAGMA user_version");
    return v.ok() ? static_cast<int>(v.value()) : -1;
}

bool Database::looksPlainOnDisk() const {
    auto head = readRaw(0, 16);
    return head.ok() && head.value() == QByteArray(kPlainHeader, 16);
}

sqlite3_file* Database::mainFile() const {
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return nullptr;
    return file;
}

Result<qint64> Database::rawSize() const {
    sqlite3_file* file = mainFile();
    sqlite3_int64 size = 0;
    if (!file || file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return storageError(ErrorCode::Io);
    return static_cast<qint64>(size);
}

Result<QByteArray> Database::readRaw(qint64 offset, qint64 length) const {
    sqlite3_file* file = mainFile();
    if (!file)
        return storageError(ErrorCode::Io);
    QByteArray bytes(length, Qt::Uninitialized);
    const int rc = file->pMethods->xRead(file, bytes.data(), static_cast<int>(length), offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return storageError(ErrorCode::Io);
    return bytes;
}

Status Database::quickCheck() const {
    auto result = queryText(u"PRAGMA quick_check");
    if (result.ok() && result.value() == QLatin1String("ok"))
        return {};
    if (!result.ok() && result.code() != ErrorCode::NotKoersFile && result.code() != ErrorCode::Database)
        return result.error(); // a full disk, a lock: not damage
    return makeError(ErrorCode::NotKoersFile,
                     QCoreApplication::translate("Storage",
                                                 "The file is damaged, so nothing was written to it. Restore "
                                                 "a backup (File → Back-ups, or koers-cli restore --list)."));
}

Status Database::copyTo(const QString& target) const {
    return copyTo(target, Progress::none());
}

Status Database::copyTo(const QString& target, Progress& progress) const {
    // After a full checkpoint the main file alone holds every committed page, still encrypted. It is read
    // through SQLite's own handle: opening and closing a second descriptor would drop the exclusive lock.
    KOERS_TRY(OutputGuard::check(target, OutputGuard::Allow::BackupFolder));
    KOERS_TRY(exec(u"PRAGMA wal_checkpoint(TRUNCATE)"));
    auto size = rawSize();
    if (!size.ok())
        return size.error();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return storageError(ErrorCode::Io);
    if (!ExportFile::restrict(out.handle())) {
        out.cancelWriting();
        return storageError(ErrorCode::Io);
    }
    progress.begin(QCoreApplication::translate("Storage", "Copying the file"), size.value());
    constexpr qint64 chunkSize = 1 << 20;
    for (qint64 offset = 0; offset < size.value(); offset += chunkSize) {
        if (Status stop = progress.check(); !stop.ok()) {
            out.cancelWriting();
            return stop;
        }
        auto chunk = readRaw(offset, std::min(chunkSize, size.value() - offset));
        if (!chunk.ok()) {
            out.cancelWriting();
            return chunk.error();
        }
        if (out.write(chunk.value()) != chunk->size()) {
            const int systemErrno = errno;
            out.cancelWriting();
            return storageError(isOutOfSpace(out, systemErrno) ? ErrorCode::DiskFull : ErrorCode::Io);
        }
        progress.advance(offset + chunk->size());
    }
    // QSaveFile writes through a buffer: a full disk often shows only when the last bytes go out.
    if (!out.commit())
        return storageError(isOutOfSpace(out, errno) ? ErrorCode::DiskFull : ErrorCode::Io);
    return {};
}

Result<QString> Database::backup(QStringView reason) const {
    return backup(reason, Progress::none());
}

Result<QString> Database::backup(QStringView reason, Progress& progress) const {
    const QString folder = BackupStore::folderFor(m_path);
    // The folder lists when and why backups were made: its owner's business only.
    if (!QDir().mkpath(folder) || ::chmod(QFile::encodeName(folder).constData(), 0700) != 0)
        return storageError(ErrorCode::Io);
    const QString target = BackupStore::newBackupPath(m_path, QDateTime::currentDateTimeUtc(), reason);
    KOERS_TRY(copyTo(target, progress));
    KOERS_TRY(BackupStore::rotate(m_path));
    return target;
}

Result<QString> Database::backupNow(const QString& folder, Progress& progress) const {
    if (folder.isEmpty() || OutputGuard::resolved(folder) == OutputGuard::resolved(BackupStore::folderFor(m_path)))
        return backup(u"manual", progress);
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::FileNotFound,
                         QCoreApplication::translate("Storage", "The folder %1 does not exist.").arg(folder));
    const QString target = BackupStore::pathIn(folder, m_path, QDateTime::currentDateTimeUtc(), u"manual");
    KOERS_TRY(copyTo(target, progress));
    return target;
}

Result<QString> Database::backupBeforeRekey(QByteArrayView newPassphrase, Progress& progress) {
    if (newPassphrase.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("Storage", "The passphrase is empty."));
    return backup(u"passwd", progress);
}

Status Database::changePassphrase(QByteArrayView newPassphrase, Progress& progress) {
    auto saved = backupBeforeRekey(newPassphrase, progress);
    if (!saved.ok())
        return saved.error();
    if (Status stop = progress.check(); !stop.ok()) {
        QFile::remove(saved.value()); // the file is as it was; the copy made for the change goes
        return stop;
    }
    progress.beginFinal(QCoreApplication::translate("Storage", "Re-encrypting the file"), 0);
    return rekey(newPassphrase);
}

Status Database::changePassphrase(QByteArrayView oldPassphrase, QByteArrayView newPassphrase, Progress& progress) {
    auto saved = backupBeforeRekey(newPassphrase, progress);
    if (!saved.ok())
        return saved.error();
    // The open file cannot be opened a second time (it is locked), but its fresh copy can.
    progress.begin(QCoreApplication::translate("Storage", "Checking the current passphrase"), 0);
    if (Status old = verify(saved.value(), oldPassphrase, false); !old.ok()) {
        QFile::remove(saved.value());
        if (old.code() == ErrorCode::WrongPassphrase)
            return makeError(ErrorCode::WrongPassphrase,
                             QCoreApplication::translate("Storage", "The current passphrase is not correct."));
        return old;
    }
    // The last moment to stop: the copy made for it goes, the file stays as it was.
    if (Status stop = progress.check(); !stop.ok()) {
        QFile::remove(saved.value());
        return stop;
    }
    progress.beginFinal(QCoreApplication::translate("Storage", "Re-encrypting the file"), 0);
    return rekey(newPassphrase);
}

Status Database::rekey(QByteArrayView newPassphrase) {
    // SQLCipher rekeys in place through a rollback journal; WAL mode does not support it.
    KOERS_TRY(exec(u"PRAGMA wal_checkpoint(TRUNCATE)"));
    auto mode = queryText(u"PRAGMA journal_mode = DELETE");
    if (!mode.ok())
        return mode.error();
    const int rc = sqlite3_rekey(m_db, newPassphrase.data(), static_cast<int>(newPassphrase.size()));
    Status rekeyed;
    if (rc != SQLITE_OK)
        rekeyed = sqliteError(m_db, rc);
    KOERS_TRY(configure());
    return rekeyed;
}

} // namespace koers
