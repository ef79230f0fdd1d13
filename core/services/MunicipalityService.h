// The municipalities (gemeenten) of a file, with their CBS code (GM and four digits, e.g. GM0308). Names and codes
// are unique; lists come in Dutch alphabetical order. Never deleted: clients belong to one.
#pragma once

#include "domain/Municipality.h"
#include "util/Result.h"

#include <vector>

namespace koers {

class Store;

class MunicipalityService {
public:
    explicit MunicipalityService(Store& store)
        : m_store(store) {}

    Result<std::vector<Municipality>> list();
    Result<Municipality> add(Municipality municipality);
    Status edit(const Municipality& municipality);

private:
    Status validate(Municipality& municipality);

    Store& m_store;
};

} // namespace koers
