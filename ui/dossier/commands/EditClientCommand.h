// Personal data and dates of a client changed; undo puts the old values back (the milestones follow both ways).
#pragma once

#include "DossierCommand.h"
#include "domain/Client.h"

namespace koers {

class EditClientCommand final : public DossierCommand {
public:
    EditClientCommand(Environment environment, const QString& text, Client before, Client after);

protected:
    Status forward() override;
    Status backward() override;

private:
    Client m_before;
    Client m_after;
};

} // namespace koers
