// FirstPip: the one rule for a client's first PIP, the date its integration term counts from: the earliest
// decision date over the client's live plan versions. A route switch adds a version but never moves the first
// PIP. Every place that needs it (the service, the dossier, the caseload lists, the figures) reduces with this.
#pragma once

#include <QDate>

#include <vector>

namespace koers {

struct PlanVersion;

class FirstPip {
public:
    // One live version's decision date; a null or invalid date (no decision yet) changes nothing.
    void add(QDate decided) {
        if (decided.isValid() && (!m_date.isValid() || decided < m_date))
            m_date = decided;
    }
    // Null while no version has a decision date.
    QDate date() const { return m_date; }

    // Over a client's versions as loaded; deleted ones do not count.
    static QDate of(const std::vector<PlanVersion>& plans);

private:
    QDate m_date;
};

} // namespace koers
