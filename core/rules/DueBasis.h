// DueBasis: the client facts the milestone rules depend on, and nothing else: the route and target group
// (which template), the administrative dates and the first PIP (which due dates). Small enough to keep for
// every client while scanning a whole caseload, so a scan never builds a throwaway Client.
#pragma once

#include "domain/Client.h"
#include "domain/Enums.h"

#include <QDate>

namespace koers {

struct DueBasis {
    Route route = Route::None;
    TargetGroup targetGroup = TargetGroup::Other;
    QDate koppeling;
    QDate brp;
    QDate duoNotice;
    QDate housing;
    QDate firstPip; // see FirstPip; null while no PIP is decided

    static DueBasis of(const Client& client, QDate firstPip = {}) {
        DueBasis basis;
        basis.route = client.route;
        basis.targetGroup = client.targetGroup;
        basis.koppeling = client.koppelingDate;
        basis.brp = client.brpDate;
        basis.duoNotice = client.duoNoticeDate;
        basis.housing = client.housingDate;
        basis.firstPip = firstPip;
        return basis;
    }
};

} // namespace koers
