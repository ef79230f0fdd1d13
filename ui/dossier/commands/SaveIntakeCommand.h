// The broad intake saved (or started); undo puts back what was stored before, redo saves it again.
#pragma once

#include "DossierCommand.h"
#include "services/DossierService.h"

namespace koers {

class SaveIntakeCommand final : public DossierCommand {
public:
    SaveIntakeCommand(Environment environment, const QString& text, IntakeRecord before, IntakeRecord after);

protected:
    Status forward() override;
    Status backward() override;

private:
    IntakeRecord m_before;
    IntakeRecord m_after; // with its ids once saved
};

} // namespace koers
