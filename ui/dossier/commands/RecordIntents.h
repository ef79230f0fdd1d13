// Which DossierService intents add, edit, remove and restore each kind of record a dossier lists (goals,
// conversations, people involved): the generic record commands call them through this table.
#pragma once

#include "services/DossierService.h"

namespace koers {

template <class T>
struct RecordIntents;

template <>
struct RecordIntents<PlanGoal> {
    static constexpr auto add = &DossierService::addGoal;
    static constexpr auto edit = &DossierService::editGoal;
    static constexpr auto remove = &DossierService::removeGoal;
    static constexpr auto restore = &DossierService::restoreGoal;
};

template <>
struct RecordIntents<Contact> {
    static constexpr auto add = &DossierService::addContact;
    static constexpr auto edit = &DossierService::editContact;
    static constexpr auto remove = &DossierService::removeContact;
    static constexpr auto restore = &DossierService::restoreContact;
};

template <>
struct RecordIntents<Involvement> {
    static constexpr auto add = &DossierService::addInvolvement;
    static constexpr auto edit = &DossierService::editInvolvement;
    static constexpr auto remove = &DossierService::removeInvolvement;
    static constexpr auto restore = &DossierService::restoreInvolvement;
};

} // namespace koers
