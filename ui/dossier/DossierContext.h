// What the dossier tabs share: the open store, the client commands, the undo stack, the prompts and how to
// refresh after a change. Owned by the DossierView; tabs hold a reference.
#pragma once

#include "services/ClientService.h"
#include "util/Result.h"

#include <QString>

#include <functional>

class QUndoStack;
class QWidget;

namespace koers {

class Prompts;
class Store;

struct DossierContext {
    Store* store = nullptr;
    ClientService* service = nullptr;
    QUndoStack* undo = nullptr;
    Prompts* prompts = nullptr;
    QString clientId;
    std::function<void()> refresh; // reloads the dossier and tells the caseload

    // Runs a change as an undoable command; shows the error and pushes nothing if it fails.
    bool push(QWidget* parent, const QString& text, std::function<Status()> redo, std::function<Status()> undo);
};

} // namespace koers

#include "storage/Repository.h"

#include <memory>

namespace koers {

// Adds a record as an undoable step: undo puts a tombstone on it, redo lifts the tombstone again.
template <class T>
bool pushInsert(DossierContext& ctx, QWidget* parent, const QString& text, T record) {
    auto state = std::make_shared<T>(std::move(record));
    Store* store = ctx.store;
    auto redo = [store, state]() -> Status {
        Repository<T> repo(*store);
        if (state->meta.id.isEmpty()) {
            auto stored = repo.insert(*state);
            if (!stored.ok())
                return stored.error();
            *state = stored.value();
            return {};
        }
        auto current = repo.get(state->meta.id, true);
        if (!current.ok())
            return current.error();
        current->meta.deleted = false;
        return repo.update(current.value());
    };
    auto undo = [store, state]() -> Status {
        return Repository<T>(*store).remove(state->meta.id);
    };
    return ctx.push(parent, text, redo, undo);
}

} // namespace koers
