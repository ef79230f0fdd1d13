#include "FirstPip.h"

#include "domain/PlanVersion.h"

namespace koers {

QDate FirstPip::of(const std::vector<PlanVersion>& plans) {
    FirstPip first;
    for (const PlanVersion& p : plans)
        if (!p.meta.deleted)
            first.add(p.decisionDate);
    return first.date();
}

} // namespace koers
