// A computed due date replaced by a person's date with a reason; undo puts the milestone back as it was.
#pragma once

#include "DossierCommand.h"
#include "domain/Milestone.h"

namespace koers {

class OverrideDueDateCommand final : public DossierCommand {
public:
    OverrideDueDateCommand(Environment environment, const QString& text, Milestone before, QDate due, QString reason);

protected:
    Status forward() override;
    Status backward() override;

private:
    Milestone m_before;
    QDate m_due;
    QString m_reason;
};

} // namespace koers
