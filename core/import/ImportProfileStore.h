// ImportProfileStore: import profiles kept in the encrypted file's setting table (key "import_profile.<name>"),
// so a team shares them with the data and nothing about the import lands in plain-text settings.
#pragma once

#include "ImportProfile.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace koers {

class Store;

class ImportProfileStore {
    Q_DECLARE_TR_FUNCTIONS(ImportProfileStore)

public:
    static Result<QStringList> names(Store& store);
    static Result<ImportProfile> load(Store& store, const QString& name);
    static Status save(Store& store, const ImportProfile& profile);
    static Status remove(Store& store, const QString& name);
};

} // namespace koers
