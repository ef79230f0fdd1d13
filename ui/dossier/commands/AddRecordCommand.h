// A goal, conversation or person involved added (as Tiled's generic changevalue.h, one template for the three);
// undo removes it, redo brings the same record back.
#pragma once

#include "DossierCommand.h"
#include "RecordIntents.h"

namespace koers {

template <class T>
class AddRecordCommand final : public DossierCommand {
public:
    AddRecordCommand(Environment environment, const QString& text, T record)
        : DossierCommand(std::move(environment), text)
        , m_record(std::move(record)) {}

    const T& record() const { return m_record; }

protected:
    Status forward() override {
        if (!m_record.meta.id.isEmpty())
            return (service().*RecordIntents<T>::restore)(m_record.meta.id);
        auto added = (service().*RecordIntents<T>::add)(m_record);
        if (!added.ok())
            return added.error();
        m_record = std::move(added.value());
        return {};
    }
    Status backward() override { return (service().*RecordIntents<T>::remove)(m_record.meta.id); }

private:
    T m_record; // with its id once added
};

using AddGoalCommand = AddRecordCommand<PlanGoal>;
using AddContactCommand = AddRecordCommand<Contact>;
using AddInvolvementCommand = AddRecordCommand<Involvement>;

} // namespace koers
