// The word lists the demo generator draws from: invented name parts per region of origin, places,
// organisations and short case notes. Names are combined at random, so no record describes a real person.
#pragma once

#include "domain/Enums.h"

#include <span>

namespace koers::demo {

using Words = std::span<const char* const>;

struct Origin {
    const char* country;     // country of birth, in Dutch as the municipality records it
    const char* nationality; // in Dutch
    const char* languages;
    Words femaleNames;
    Words maleNames;
    Words lastNames;
    int weight;      // relative share among clients
    int asylumShare; // percent asylum status holders; the rest splits into family and other migrants
    int familyShare; // percent family migrants
};

struct GoalText {
    LifeDomain domain;
    const char* goal;
    const char* action;
};

struct NamedPlace {
    const char* name;
    const char* cbsCode;
    int team; // index into teams()
};

std::span<const Origin> origins();
std::span<const NamedPlace> places();
Words teams();
Words coachNames(); // first half belongs to team 0, second half to team 1
Words dutchFirstNames();
Words dutchLastNames();
Words streets();
Words languageProviders();
Words intakeNotes(IntakeTopic topic);
std::span<const GoalText> goals();
Words goalOwners();
Words contactPeople();
Words contactSummaries();
Words nextSteps();
Words involvementOrganisations(InvolvementRole role);

} // namespace koers::demo
