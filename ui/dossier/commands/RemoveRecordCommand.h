// A goal, conversation or person involved removed (a tombstone, as every delete); undo restores it as it was.
#pragma once

#include "DossierCommand.h"
#include "RecordIntents.h"

namespace koers {

template <class T>
class RemoveRecordCommand final : public DossierCommand {
public:
    RemoveRecordCommand(Environment environment, const QString& text, T record)
        : DossierCommand(std::move(environment), text)
        , m_record(std::move(record)) {}

protected:
    Status forward() override { return (service().*RecordIntents<T>::remove)(m_record.meta.id); }
    Status backward() override { return (service().*RecordIntents<T>::restore)(m_record.meta.id); }

private:
    T m_record;
};

using RemoveGoalCommand = RemoveRecordCommand<PlanGoal>;
using RemoveContactCommand = RemoveRecordCommand<Contact>;
using RemoveInvolvementCommand = RemoveRecordCommand<Involvement>;

} // namespace koers
