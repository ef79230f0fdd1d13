// A plaintext file the user asked for (caseload CSV, rejected rows, figures, the B&W report, a dossier for
// inzage): checked against the open Koers files first (OutputGuard), written under a temporary name that is
// readable by its owner only (0600) and renamed into place on commit, so a failure leaves no half file and
// no other user of the machine can read the personal data in it.
#pragma once

#include "util/Result.h"

#include <QSaveFile>

namespace koers {

class ExportFile {
public:
    explicit ExportFile(const QString& path)
        : m_file(path) {}
    Q_DISABLE_COPY_MOVE(ExportFile)

    Status open();
    QIODevice& device() { return m_file; }
    // Writes the file into place; a full disk is ErrorCode::DiskFull. Without commit() nothing appears.
    Status commit();

    // The mode every plaintext export and every copy of a Koers file gets: owner read and write.
    static constexpr unsigned ownerOnly = 0600;
    // Narrows an open file descriptor to ownerOnly.
    static bool restrict(int fd);

private:
    QSaveFile m_file;
};

} // namespace koers
