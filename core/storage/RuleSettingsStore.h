// Reads and writes the rule settings kept in the file itself, so a whole team computes the same dates.
#pragma once

#include "rules/RuleSettings.h"
#include "util/Result.h"

namespace koers {

class Store;

class RuleSettingsStore {
public:
    static Result<RuleSettings> load(Store& store);
    static Status save(Store& store, const RuleSettings& settings);
};

} // namespace koers
