#include "ExportFile.h"

#include "OutputGuard.h"
#include "SqliteError.h"
#include "util/OutOfSpace.h"

#include <QCoreApplication>

#include <sys/stat.h>

namespace koers {

bool ExportFile::restrict(int fd) {
    return fd >= 0 && ::fchmod(fd, ownerOnly) == 0;
}

Status ExportFile::open() {
    KOERS_TRY(OutputGuard::check(m_file.fileName()));
    if (!m_file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Storage", "Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    // Set on the temporary file before anything is written to it, whatever the umask or the mode of an older
    // export it replaces (QSaveFile would carry that one over).
    if (!restrict(m_file.handle())) {
        m_file.cancelWriting();
        return makeError(ErrorCode::Io, storageMessage(ErrorCode::Io));
    }
    return {};
}

Status ExportFile::commit() {
    // QSaveFile remembers a failed write and then refuses to commit.
    if (!m_file.commit()) {
        const bool full = isOutOfSpace(m_file, errno);
        return makeError(full ? ErrorCode::DiskFull : ErrorCode::Io,
                         storageMessage(full ? ErrorCode::DiskFull : ErrorCode::Io));
    }
    return {};
}

} // namespace koers
