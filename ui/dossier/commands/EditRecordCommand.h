// A goal, conversation or person involved changed; undo puts the old fields back.
#pragma once

#include "DossierCommand.h"
#include "RecordIntents.h"

namespace koers {

template <class T>
class EditRecordCommand final : public DossierCommand {
public:
    EditRecordCommand(Environment environment, const QString& text, T before, T after)
        : DossierCommand(std::move(environment), text)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

protected:
    Status forward() override { return (service().*RecordIntents<T>::edit)(m_after); }
    Status backward() override { return (service().*RecordIntents<T>::edit)(m_before); }

private:
    T m_before;
    T m_after;
};

using EditGoalCommand = EditRecordCommand<PlanGoal>;
using EditContactCommand = EditRecordCommand<Contact>;
using EditInvolvementCommand = EditRecordCommand<Involvement>;

} // namespace koers
