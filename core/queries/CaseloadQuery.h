// The caseload (werkvoorraad): one row per live client with the next open milestone, read in one query
// so 100,000 clients list without a query per client.
#pragma once

#include "domain/Enums.h"
#include "rules/DueBasis.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace koers {

class MilestoneDigest;
class Store;

struct CaseloadRow {
    QString clientId;
    QString firstNames;
    QString lastName;
    QString bsn;
    QString vNumber;
    QString municipalityId;
    QString municipality;
    QString coachId;
    QString coach;
    Route route = Route::None;
    ClientStatus status = ClientStatus::Active;
    TargetGroup targetGroup = TargetGroup::Asylum;
    std::optional<MilestoneKind> nextMilestone;
    QDate nextDue;
    DueBasis dueBasis; // what the rules derive milestones from (without the first PIP)
};

class CaseloadQuery {
public:
    explicit CaseloadQuery(Store& store)
        : m_store(store) {}
    // Ordered by last name, first names.
    Result<std::vector<CaseloadRow>> all();
    // The same clients without their next milestone (a large caseload shows these first, see CaseloadView);
    // `ordered` false leaves the order to the caller.
    Result<std::vector<CaseloadRow>> clients(bool ordered = true);
    // Each row's next milestone, from the digest of the same file.
    static void fillNextDue(std::vector<CaseloadRow>& rows, const MilestoneDigest& digest);
    static void fillNextDue(CaseloadRow& row, const MilestoneDigest& digest);

private:
    Store& m_store;
};

} // namespace koers
