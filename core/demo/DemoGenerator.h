// DemoGenerator: a realistic but wholly invented caseload for demos, screenshots and benchmarks.
// The same seed and "today" give the same records on every machine and compiler; nothing is read from
// the wall clock or the system's randomness, and every BSN lies in the 99 range so it cannot be a real one.
#pragma once

#include "ClientBundle.h"
#include "DemoRandom.h"
#include "domain/Coach.h"
#include "domain/Municipality.h"
#include "rules/MilestonePlanner.h"
#include "util/TimeOrderedUuid.h"

#include <vector>

namespace koers {

class DemoGenerator {
public:
    DemoGenerator(quint64 seed, QDate today, RuleSettings rules = {});

    // Fixed for the generator's lifetime, so clients can reference them whenever they are generated.
    std::vector<Municipality> municipalities() const { return m_municipalities; }
    std::vector<Coach> coaches() const { return m_coaches; }

    ClientBundle nextClient();

private:
    RecordMeta makeMeta(QDate created);
    QString nextBsn();
    void fillPerson(Client& c);
    void fillDates(Client& c);
    QDate decidePip(const Client& c);
    void fillIntake(ClientBundle& b, QDate pip);
    void fillPlans(ClientBundle& b, QDate pip, QDate switchDate, Route switchedTo);
    void fillMilestones(ClientBundle& b, QDate pip, QDate switchDate, Route switchedTo);
    void markProgress(ClientBundle& b, QDate pip, QDate asOf);
    void fillStatus(ClientBundle& b, QDate pip);
    void fillContacts(ClientBundle& b);
    void fillInvolvements(ClientBundle& b);
    QDate involvementStart(const Client& c) const;

    DemoRandom m_random;
    TimeOrderedUuid m_ids;
    QDate m_today;
    MilestonePlanner m_planner;
    std::vector<Municipality> m_municipalities;
    std::vector<Coach> m_coaches;
    std::vector<int> m_coachTeam; // team index per coach, to give a client a coach of its municipality's team
    quint32 m_bsnOffset = 0;
    quint32 m_bsnStride = 1;
    quint32 m_bsnStep = 0;
    int m_clientCount = 0;
};

} // namespace koers
