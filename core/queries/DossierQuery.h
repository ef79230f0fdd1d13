// Loads a client's whole dossier: the client, every live record about them and the audit entries.
#pragma once

#include "domain/Dossier.h"
#include "util/Result.h"

namespace koers {

class Store;

class DossierQuery {
public:
    explicit DossierQuery(Store& store)
        : m_store(store) {}
    Result<Dossier> load(const QString& clientId);
    // The client record alone (for a name beside a record that holds only the id).
    Result<Client> client(const QString& clientId);

private:
    Store& m_store;
};

} // namespace koers
