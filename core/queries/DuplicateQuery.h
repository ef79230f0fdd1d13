// Finds live clients that may be the same person as a given one: the same BSN, or the same name and
// date of birth (case and surrounding spaces ignored).
#pragma once

#include "domain/Client.h"
#include "util/Result.h"

#include <vector>

namespace koers {

class Store;

class DuplicateQuery {
public:
    explicit DuplicateQuery(Store& store)
        : m_store(store) {}
    Result<std::vector<Client>> find(const Client& candidate);

private:
    Store& m_store;
};

} // namespace koers
