// What the hub's owner does with `koers-cli hub`: let a PostgreSQL login sync a coach's caseload or, as a
// team lead, every client (of some municipalities); take that away again; and look at the hub's state.
// Grants are kept in koers.login_grant and enforced by row-level security; a grant or revoke also changes
// the table privileges of the login and recomputes its scope.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace koers {

class PgConnection;

struct HubLoginStatus {
    QString login;
    QStringList grants; // "coach NAME", "lead", "lead MUNICIPALITY, ..."
    qint64 clients = 0; // in its scope now
    qint64 leaving = 0; // left its scope, not yet dropped by its laptop
};

struct HubDeviceStatus {
    QString device;
    QString login;
    QDateTime lastPush; // UTC; invalid if never
    QDateTime lastPull;
    qint64 lastPushed = 0;
    qint64 lastPulled = 0;
};

struct HubStatus {
    QString hubId;
    int schemaVersion = 0;
    std::vector<HubLoginStatus> logins;
    std::vector<HubDeviceStatus> devices;
    qint64 openConflicts = 0;
    QMap<QString, qint64> records; // live records per table
    qint64 changes = 0;            // rows in the change log
    qint64 auditEntries = 0;
};

class HubAdmin {
public:
    explicit HubAdmin(PgConnection& db)
        : m_db(db) {}

    Status grantCoach(const QString& login, const QString& coachName);
    // No municipalities: every client.
    Status grantLead(const QString& login, const QStringList& municipalityNames);
    Status revoke(const QString& login);
    Result<HubStatus> status();

private:
    Status addGrant(const QString& login, const QString& kind, const QString& coachId,
                    const QStringList& municipalityIds);
    Status checkLogin(const QString& login);
    Status grantPrivileges(const QString& login);

    PgConnection& m_db;
};

} // namespace koers
