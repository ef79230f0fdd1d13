// CaseloadFacts: the few facts per client and per task milestone the dashboard and report figures are
// computed from, read from the file in one pass per table and kept compact in memory (some 20 MB at
// 100,000 clients). Recomputing a figure for another filter then walks these arrays instead of asking
// SQLCipher to decrypt the tables again: at 100,000 clients that decryption alone takes seconds.
#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <limits>
#include <vector>

namespace koers {

class Store;

// Dates are Julian day numbers. A missing date that means "long ago" (a closing without status date,
// an achievement without done date, an unknown start) is `longAgo`; one that means "not (yet)" (no PIP,
// not achieved, no due date) is `never`. Comparisons then read like the definitions.
struct ClientFact {
    static constexpr qint32 longAgo = std::numeric_limits<qint32>::min();
    static constexpr qint32 never = std::numeric_limits<qint32>::max();

    qint32 coach = -1;        // index into CaseloadFacts::coachIds, -1 without coach
    qint32 municipality = -1; // index into CaseloadFacts::municipalityIds
    Route route = Route::None;
    TargetGroup targetGroup = TargetGroup::Asylum;
    ClientStatus status = ClientStatus::Active;
    Participation participation = Participation::None; // as recorded now (no history is kept)
    bool openStatus = true;                            // active or voluntary
    qint32 statusDay = longAgo;                        // when a closed status began
    qint32 startDay = longAgo;                         // koppeling, else BRP registration, else DUO's notice
    bool startKnown = false;
    qint32 firstPipDay = never;    // lowest decision date of the live plan versions
    qint32 intakeDoneDay = never;  // lowest completion date of the live brede intakes
    qint32 intakeStartDay = never; // lowest start date of the live brede intakes
    qint32 examPassedDay = never;  // first exam (the four language exams, KNM) achieved on
    qint32 courseDoneDay = never;  // "language course started" achieved on
    qint32 partsTotal = 0;         // completion milestones not waived (exams, KNM, MAP, PVT, ...)
    qint32 partsAchieved = 0;
    qint32 partsLastDoneDay = longAgo;
    qint32 termEndDay = never; // due date of the end of term (overrides included)
};

// A task milestone (not a deadline, not waived).
struct MilestoneFact {
    qint32 client = 0;                  // index into CaseloadFacts::clients
    qint32 dueDay = ClientFact::never;  // no due date: never late
    qint32 doneDay = ClientFact::never; // achieved on; longAgo when achieved without date
    MilestoneKind kind = MilestoneKind::IntakeDone;
};

class CaseloadFacts {
public:
    static Result<CaseloadFacts> load(Store& store);

    static qint32 day(QDate date) { return date.isValid() ? qint32(date.toJulianDay()) : ClientFact::longAgo; }
    // The Julian day number of an ISO date ("yyyy-MM-dd") as stored; `missing` for anything else.
    static qint32 isoDay(QByteArrayView iso, qint32 missing);

    std::vector<QString> clientIds; // same order as clients
    std::vector<ClientFact> clients;
    std::vector<MilestoneFact> milestones;
    QStringList coachIds;
    QStringList coachNames; // by coach index; deleted coaches keep their name for old assignments
    QStringList municipalityIds;
};

} // namespace koers
