#include "RuleSettingsStore.h"

#include "SettingsStore.h"

namespace koers {

Result<RuleSettings> RuleSettingsStore::load(Store& store) {
    return settings::load<RuleSettings>(store, u"rule");
}

Status RuleSettingsStore::save(Store& store, const RuleSettings& values) {
    return settings::save(store, u"rule", values);
}

} // namespace koers
