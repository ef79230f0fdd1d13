// ClientExporter: the caseload as a spreadsheet for Excel (design §7): semicolon, UTF-8 with BOM, formula
// guard, dates as dd-mm-jjjj, Dutch headers and words that ClientImporter maps back by itself, so an
// export imports into another file as the same clients (a handover to another provider).
#pragma once

#include "import/ColumnMapper.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace koers {

class Store;

class ClientExporter {
    Q_DECLARE_TR_FUNCTIONS(ClientExporter)

public:
    // The columns in file order.
    static const ColumnMapping& columns();
    // Writes every live client; returns how many. One "export" audit entry with the count. `progress` counts
    // the clients; a cancel leaves no file behind.
    static Result<qint64> exportClients(Store& store, const QString& path, Progress& progress = Progress::none());
};

} // namespace koers
