// Checks a client's personal data before it is stored: every value within FieldLimits, a name, a BSN that
// passes the elfproef, dates that exist and are not in the future, and date orders that make sense. The
// spreadsheet import, the window and sync (packages and the hub) all use it.
#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace koers {

struct Client;

struct ValidationIssue {
    QString field;   // column name, e.g. "bsn"
    QString message; // translated, names the field but not its value
};

class ClientValidator {
public:
    static std::vector<ValidationIssue> validate(const Client& client, QDate today);
};

} // namespace koers
