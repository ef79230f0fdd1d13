// Retention (Wi2021: keep a dossier 5 years after the integration duty ends, a rule setting): lists the
// dossiers past that point and anonymises them for good, leaving a stub the dashboard and reports still count.
#pragma once

#include "domain/Enums.h"
#include "rules/Anonymisation.h"
#include "util/Progress.h"
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
    explicit RetentionService(Store& store)
        : m_store(store) {}

    // Closed dossiers (exempted, dispensed, moved, completed, stopped) whose duty ended more than `years` years
    // before `today`; the duty ended on duty_end_date, else on the status date. Stubs are not listed again.
    Result<std::vector<ExpiredDossier>> expired(QDate today, int years) const;

    // Removes the personal data of these clients in one transaction (client fields, intake and plan texts,
    // milestone notes, conversations, involved parties, sync conflict copies), with one audit entry each,
    // then vacuums the file so the old values are gone from its pages. Returns how many were anonymised.
    // `progress` counts the dossiers; a cancel before the commit rolls everything back (the file as it was),
    // after it only the vacuum is left, which then runs to its end.
    Result<int> anonymise(const QStringList& clientIds, Progress& progress = Progress::none());

    // Anonymises one client inside the caller's transaction (sync calls it for a client whose anonymisation
    // arrived from another device): only records that still hold personal data get a new stamp.
    Status anonymiseOne(const QString& clientId);
    static bool isAnonymised(const QString& note) { return note == QLatin1String(anonymisation::marker); }

    // VACUUM and a truncating checkpoint, so old values are in no page of the file and its WAL.
    Status scrubFile();

private:
    Store& m_store;
};

} // namespace koers
