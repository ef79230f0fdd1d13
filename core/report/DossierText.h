// A client's dossier as plain, translated text: what `koers-cli show` prints and the base of the
// access-request export. The BSN is masked unless the caller asks for it in full.
#pragma once

#include "domain/Dossier.h"

#include <QDate>
#include <QString>

namespace koers {

class DossierText {
public:
    static QString render(const Dossier& dossier, QDate today, int dueSoonDays, bool fullBsn = false);
};

} // namespace koers
