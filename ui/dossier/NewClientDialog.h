// A new client: the essentials, validated as the user types, with a warning when the client may
// already exist (same BSN, or same name and date of birth).
#pragma once

#include "ClientForm.h"

#include <QDialog>

namespace koers {

class Prompts;

class ClientService;
class Store;

class NewClientDialog : public QDialog {
    Q_OBJECT
public:
    NewClientDialog(Store& store, ClientService& service, Prompts& prompts, QWidget* parent = nullptr);
    ClientForm* form() const { return m_form; }
    // Validates, warns about duplicates, stores. Returns the new client's id, empty when not created.
    QString create();
    const QString& createdId() const { return m_createdId; }
    // The window locks: adds the client when what was typed is valid and no possible duplicate, without asking
    // anything; otherwise says why not (empty when nothing was typed or the client was added).
    QString keepOnLock();
    // Asks before a half-filled form is thrown away.
    void reject() override;

private:
    Store& m_store;
    ClientService& m_service;
    Prompts& m_prompts;
    ClientForm* m_form;
    QString m_createdId;
    bool m_edited = false;
    bool m_closingForLock = false;
};

} // namespace koers
