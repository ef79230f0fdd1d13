// A milestone achieved (on a date), waived (with a reason) or reopened; undo puts it back as it was shown, a
// derived one becomes derived again.
#pragma once

#include "DossierCommand.h"
#include "domain/Milestone.h"

namespace koers {

class MilestoneStatusCommand final : public DossierCommand {
public:
    enum class Intent { Achieve, Waive, Reopen };

    // `date`: the day achieved; `reason`: why it is waived.
    MilestoneStatusCommand(Environment environment, const QString& text, Milestone before, Intent intent,
                           QDate date = {}, QString reason = {});

protected:
    Status forward() override;
    Status backward() override;

private:
    Milestone m_before;
    Intent m_intent;
    QDate m_date;
    QString m_reason;
};

} // namespace koers
