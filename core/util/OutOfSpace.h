// Whether a failed write's errno means there is no room: a full disk (ENOSPC), a quota (EDQUOT) or a
// file-size limit (EFBIG). To the user these are all "the disk is full".
#pragma once

#include <cerrno>

namespace koers {

inline bool isOutOfSpace(int systemErrno) {
    return systemErrno == ENOSPC || systemErrno == EFBIG || systemErrno == EDQUOT;
}

} // namespace koers
