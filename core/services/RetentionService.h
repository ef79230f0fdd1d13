// Retention (Wi2021: keep a dossier 5 years after the integration duty ends, a rule setting): lists the
// dossiers past that point and anonymises them for good, leaving a stub the dashboard and reports still count.
#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace koers {

class Store;

struct ExpiredDossier {
    QString clientId;
    QString name;
    QString municipality;
    ClientStatus status = ClientStatus::Completed;
    QDate dutyEnded;
    QDate expiredOn; // dutyEnded + the retention years
};

class RetentionService {
public:
    // Written into the stub's note: the stub travels through sync as an ordinary update and stays recognisable.
    static constexpr const char* anonymisedMarker = "[anonymised]";

    explicit RetentionService(Store& store)
        : m_store(store) {}

    // Closed dossiers (exempted, dispensed, moved, completed, stopped) whose duty ended more than `years` years
    // before `today`; the duty ended on duty_end_date, else on the status date. Stubs are not listed again.
    Result<std::vector<ExpiredDossier>> expired(QDate today, int years) const;

    // Removes the personal data of these clients in one transaction (client fields, intake and plan texts,
    // milestone notes, conversations, involved parties, sync conflict copies), with one audit entry each,
    // then vacuums the file so the old values are gone from its pages. Returns how many were anonymised.
    Result<int> anonymise(const QStringList& clientIds);

    static bool isAnonymised(const QString& note) { return note == QLatin1String(anonymisedMarker); }

private:
    Status anonymiseOne(const QString& clientId);
    Status scrubFile();

    Store& m_store;
};

} // namespace koers
