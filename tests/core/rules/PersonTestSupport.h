// An invented person for the same-person tests (rules and queries): names, date of birth, BSN.
#pragma once

#include "domain/Client.h"

namespace koers::test {

inline Client person(const char* first, const char* last, QDate born, const char* bsn = "") {
    Client c;
    c.firstNames = QString::fromUtf8(first);
    c.lastName = QString::fromUtf8(last);
    c.dateOfBirth = born;
    c.bsn = QString::fromUtf8(bsn);
    return c;
}

} // namespace koers::test
