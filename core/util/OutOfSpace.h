// Whether a failed write's errno means there is no room: a full disk (ENOSPC), a quota (EDQUOT) or a
// file-size limit (EFBIG). To the user these are all "the disk is full".
#pragma once

#include <QFileDevice>

#include <cerrno>

namespace koers {

inline bool isOutOfSpace(int systemErrno) {
    return systemErrno == ENOSPC || systemErrno == EFBIG || systemErrno == EDQUOT;
}

// A failed write to a file: Qt marks only ENOSPC as a resource error; the errno taken right after the failed
// call also tells a quota or a file-size limit apart from other failures.
inline bool isOutOfSpace(const QFileDevice& file, int systemErrno) {
    return file.error() == QFileDevice::ResourceError || isOutOfSpace(systemErrno);
}

} // namespace koers
