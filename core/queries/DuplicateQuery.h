// Finds live clients that may be the same person as a given one, by the same-person rule (SamePerson) the
// spreadsheet import uses: the same BSN, or the same name and date of birth (then "possibly the same person"
// when both have a different BSN).
#pragma once

#include "domain/Client.h"
#include "rules/SamePerson.h"
#include "util/Result.h"

#include <vector>

namespace koers {

class Store;

struct DuplicateCandidate {
    Client client;
    PersonMatch match = PersonMatch::Same; // Same or Possible
};

class DuplicateQuery {
public:
    explicit DuplicateQuery(Store& store)
        : m_store(store) {}
    // The Same ones first, then the Possible ones; in storage order within each.
    Result<std::vector<DuplicateCandidate>> find(const Client& candidate);

private:
    Store& m_store;
};

} // namespace koers
