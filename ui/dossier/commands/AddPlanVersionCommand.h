// A new PIP version added, which sets the route and replans; undo removes it and puts the route back.
#pragma once

#include "DossierCommand.h"
#include "domain/PlanVersion.h"

namespace koers {

class AddPlanVersionCommand final : public DossierCommand {
public:
    // `routeBefore`: the client's route when the version was added.
    AddPlanVersionCommand(Environment environment, const QString& text, PlanVersion plan, Route routeBefore);

    const PlanVersion& plan() const { return m_plan; }

protected:
    Status forward() override;
    Status backward() override;

private:
    PlanVersion m_plan; // with its id and version number once added
    Route m_routeBefore;
};

} // namespace koers
