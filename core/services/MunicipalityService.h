// The municipalities (gemeenten) of a file, with their CBS code (GM and four digits, e.g. GM0308). Names and codes
// are unique; lists come in Dutch alphabetical order. Never deleted: clients belong to one. The letterhead's
// address keeps its non-empty lines, each with single spaces; a logo must be a PNG or JPEG of at most 256 KB.
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

    // Whether `image` is a logo a letterhead takes: a PNG or JPEG of at most FieldLimits::logoBytes bytes.
    static bool isLogo(const QByteArray& image);
    // The logo in `path` as a municipality stores it (base64), or why it cannot be one.
    static Result<QString> logoFromFile(const QString& path);

private:
    Status validate(Municipality& municipality);

    Store& m_store;
};

} // namespace koers
