// Start-up wiring shared by both mains: process hardening and translators.
#pragma once

class QCoreApplication;

namespace koers {

// No core dumps and no ptrace attach: a crash must not write decrypted client data to disk.
void hardenProcess();
// Loads Koers' and Qt's own translations for the system locale (Dutch on a Dutch machine).
// KOERS_LANG=en|nl overrides the locale.
void installTranslators(QCoreApplication& app);

} // namespace koers
