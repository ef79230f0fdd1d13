// The hub's schema `koers` in a PostgreSQL database: versioned migrations, each in one transaction, run by
// `koers-cli hub setup` as the database's owner. Record tables mirror the file's (see HubColumns), with
// row-level security on every table; a field a newer Koers adds is added as a column by the next setup.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace koers {

class PgConnection;

struct HubReference {
    QString table;
    QString column;
    QString parent;
};

class HubSchema {
public:
    static int latestVersion();
    // The schema version of the database: 0 when it has no hub yet.
    static Result<int> version(PgConnection& db);
    // Creates or upgrades the schema; returns the version it had before.
    static Result<int> setup(PgConnection& db);
    // The references between record tables, as the file's schema declares them (a test checks the two agree).
    static const QList<HubReference>& references();
};

} // namespace koers
