// The coaches (klantregisseurs) of a file: added, changed and deactivated, never deleted (a client keeps the
// coach it had, and sync needs the record). Names are unique, whatever their case; lists come in Dutch
// alphabetical order.
#pragma once

#include "domain/Coach.h"
#include "util/Result.h"

#include <vector>

namespace koers {

class Store;

class CoachService {
public:
    explicit CoachService(Store& store)
        : m_store(store) {}

    // Every live coach, active ones and (when asked) inactive ones, by name.
    Result<std::vector<Coach>> list(bool withInactive = true);
    Result<Coach> byName(const QString& name);
    Result<Coach> add(Coach coach);
    Status edit(const Coach& coach);
    // Deactivated: no longer offered for new clients; the clients who have the coach keep it.
    Status setActive(const QString& coachId, bool active);

private:
    Status validate(Coach& coach);

    Store& m_store;
};

} // namespace koers
