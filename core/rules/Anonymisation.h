// What anonymising a dossier removes, per kind of record, in one place: retention applies it to the records
// it keeps, and sync applies it to every incoming version of an anonymised client's records, so anonymisation
// wins on every device over older, concurrent and later versions. What stays is what the dashboard and the
// report count: municipality, coach, target group, status and its date, route, participation, the
// administrative dates, PIP dates and routes, milestone kinds, dates and statuses.
#pragma once

#include "domain/Client.h"
#include "domain/Coach.h"
#include "domain/Contact.h"
#include "domain/Intake.h"
#include "domain/IntakeSection.h"
#include "domain/Involvement.h"
#include "domain/Milestone.h"
#include "domain/Municipality.h"
#include "domain/PlanGoal.h"
#include "domain/PlanVersion.h"

namespace koers::anonymisation {

// Written into the client's note: the stub travels through sync and stays recognisable.
inline constexpr const char* marker = "[anonymised]";

inline bool isAnonymised(const Client& c) {
    return c.note == QLatin1String(marker);
}

// Clears the personal fields of a record; returns whether the record kind is removed altogether (tombstoned)
// rather than kept as an anonymous stub.
inline bool scrub(Client& c) {
    c.firstNames.clear();
    c.lastName.clear();
    c.bsn.clear();
    c.vNumber.clear();
    c.dateOfBirth = {};
    c.sex = Sex::Unknown;
    c.countryOfBirth.clear();
    c.nationality.clear();
    c.languages.clear();
    c.phone.clear();
    c.email.clear();
    c.address.clear();
    c.householdId.clear();
    c.familyReunificationPending = false;
    c.note = QString::fromLatin1(marker);
    return false;
}
inline bool scrub(Intake& r) {
    r.note.clear();
    return true;
}
inline bool scrub(IntakeSection& r) {
    r.note.clear();
    r.choice.clear();
    r.score = 0;
    return true;
}
inline bool scrub(PlanVersion& r) {
    r.note.clear();
    return false; // first PIP and route are counted
}
inline bool scrub(PlanGoal& r) {
    r.goal.clear();
    r.action.clear();
    r.owner.clear();
    return true;
}
inline bool scrub(Milestone& r) {
    r.note.clear();
    r.overrideReason.clear();
    return false; // kinds, dates and statuses are counted
}
inline bool scrub(Contact& r) {
    r.withWhom.clear();
    r.summary.clear();
    r.nextStep.clear();
    return true;
}
inline bool scrub(Involvement& r) {
    r.organisation.clear();
    r.name.clear();
    r.phone.clear();
    r.email.clear();
    r.note.clear();
    return true;
}
// Coaches and municipalities belong to no client.
inline bool scrub(Coach&) {
    return false;
}
inline bool scrub(Municipality&) {
    return false;
}

// A record of an anonymised client as it must be everywhere: scrubbed, and tombstoned where its kind goes.
template <class T>
void apply(T& record) {
    if (scrub(record))
        record.meta.deleted = true;
}

} // namespace koers::anonymisation
