// ClientBundle: one client with every record that hangs off it, as the demo generator (and later an
// import or a dossier handover) produces it before storage writes it in one transaction.
#pragma once

#include "domain/Client.h"
#include "domain/Contact.h"
#include "domain/Intake.h"
#include "domain/IntakeSection.h"
#include "domain/Involvement.h"
#include "domain/Milestone.h"
#include "domain/PlanGoal.h"
#include "domain/PlanVersion.h"

#include <vector>

namespace koers {

struct ClientBundle {
    Client client;
    Intake intake;
    std::vector<IntakeSection> sections;
    std::vector<PlanVersion> plans; // by version, the first one fixes the start of the term
    std::vector<PlanGoal> goals;
    std::vector<Milestone> milestones;
    std::vector<Contact> contacts; // by date
    std::vector<Involvement> involvements;
};

} // namespace koers
