// Writes generated demo data into a store: one transaction, one audit entry, milestones as generated.
#pragma once

#include "util/Progress.h"
#include "util/Result.h"

#include <QtGlobal>

namespace koers {

class Store;

struct DemoSummary {
    int municipalities = 0;
    int coaches = 0;
    int clients = 0;
    qint64 records = 0;
};

class DemoLoader {
public:
    // Adds `clients` synthetic clients, and the generator's municipalities and coaches not yet present.
    // Counts clients on `progress`; Cancel rolls everything back.
    static Result<DemoSummary> load(Store& store, int clients, quint64 seed, Progress& progress = Progress::none());
};

} // namespace koers
