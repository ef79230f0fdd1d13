// Start-up wiring shared by both mains: process hardening and translators.
#pragma once

#include <QList>

class QCoreApplication;
class QTranslator;

namespace koers {

// No core dumps and no ptrace attach: a crash must not write decrypted client data to disk.
void hardenProcess();
// Loads Koers' and Qt's own translations for the system locale (Dutch on a Dutch machine).
// KOERS_LANG=en|nl overrides the locale. Returns the installed translators (owned by `app`).
QList<QTranslator*> installTranslators(QCoreApplication& app);

} // namespace koers
