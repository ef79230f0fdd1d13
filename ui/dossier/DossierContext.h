// What the dossier tabs share: the open store (its clock), the dossier service, the undo stack, the prompts and
// what to do after a change. Owned by the DossierView; tabs hold a reference.
#pragma once

#include "commands/DossierCommand.h"
#include "services/DossierService.h"

#include <QString>

#include <functional>
#include <memory>

class QUndoStack;
class QWidget;

namespace koers {

class Prompts;
class Store;

struct DossierContext {
    Store* store = nullptr;
    std::shared_ptr<DossierService> service;
    QUndoStack* undo = nullptr;
    Prompts* prompts = nullptr;
    QString clientId;
    QString clientName;            // in every undo text, so the history says whose dossier a step changed
    std::function<void()> refresh; // reloads the dossier and tells the caseload

    // An intent's undo text with the client's name: "add conversation for Şeyma Çelik".
    QString undoText(const QString& intent) const;
    // What a command needs; the commands share the service, so they outlive a change of client.
    DossierCommand::Environment environment() const { return {service, prompts, refresh}; }
    // Carries out the command's intent and pushes it; the reason when it is refused (then nothing is pushed).
    Status run(std::unique_ptr<DossierCommand> command);
    // The same, showing a refusal.
    bool push(QWidget* parent, std::unique_ptr<DossierCommand> command);
};

} // namespace koers
