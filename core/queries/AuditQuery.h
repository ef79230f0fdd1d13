// Reads the audit log for the team lead's viewer: entries filtered by user, device, client, action and
// period, newest first, with the client's name where the file knows the client. Read-only by design.
#pragma once

#include "domain/AuditEntry.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <utility>
#include <vector>

namespace koers {

class Store;

struct AuditFilter {
    QString actor;    // empty: everyone
    QString device;   // empty: every device
    QString clientId; // empty: every client (and entries without one)
    QString action;   // empty: every action
    QDate from;       // null: from the first entry
    QDate to;         // null: up to the last entry (inclusive)
    friend bool operator==(const AuditFilter&, const AuditFilter&) = default;
};

// An entry with the client's name where the file knows the client (empty when unknown here or anonymised).
struct AuditRow : AuditEntry {
    QString clientName;
};

class AuditQuery {
public:
    explicit AuditQuery(Store& store)
        : m_store(store) {}

    // At most `limit` entries, newest first.
    Result<std::vector<AuditRow>> rows(const AuditFilter& filter, int limit = 10000) const;
    // Every entry about one client, oldest first (the dossier's history).
    Result<std::vector<AuditEntry>> ofClient(const QString& clientId) const;
    // The values present in the log, for the filter choices.
    Result<QStringList> actors() const;
    Result<QStringList> devices() const;
    Result<QStringList> actions() const;
    // Clients named in the log that the file knows: (id, name), by name.
    Result<std::vector<std::pair<QString, QString>>> clients() const;

private:
    Result<QStringList> distinct(const char* column) const;

    Store& m_store;
};

} // namespace koers
