// Maps SQLite result codes to the core's error values with messages a person understands.
#pragma once

#include "util/Result.h"

struct sqlite3;

namespace koers {

Error sqliteError(sqlite3* db, int rc);
QString storageMessage(ErrorCode code);

} // namespace koers
