// The schema's history. Each migration takes the file from version N-1 to N inside one transaction;
// PRAGMA user_version records N. Migrations are never edited once released: add a new one instead.
#pragma once

#include "util/Result.h"

namespace koers {

class Database;

class Schema {
public:
    static int latestVersion();
    // Applies migrations up to `target`. With `backupFirst`, an encrypted copy of the file is written
    // before the first step (a new, empty file needs none).
    static Status migrate(Database& db, int target, bool backupFirst);
};

} // namespace koers
