// Everything stored about one client, as shown in the dossier and exported for an access request.
#pragma once

#include "AuditEntry.h"
#include "Client.h"
#include "Contact.h"
#include "Intake.h"
#include "IntakeSection.h"
#include "Involvement.h"
#include "Milestone.h"
#include "PlanGoal.h"
#include "PlanVersion.h"

#include <vector>

namespace koers {

struct Dossier {
    Client client;
    QString municipality;
    QString coach;
    std::vector<Intake> intakes;
    std::vector<IntakeSection> intakeSections;
    std::vector<PlanVersion> plans;
    std::vector<PlanGoal> goals;
    std::vector<Milestone> milestones;
    std::vector<Contact> contacts;
    std::vector<Involvement> involvements;
    std::vector<AuditEntry> audit;
};

} // namespace koers
