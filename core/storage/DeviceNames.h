// Names for devices and for the person working on this one (table device_name): the conflicts view and
// the audit log say "laptop Fatima" where they would show an id, and the audit log names the user instead
// of the login. A package carries its source's name and the names it knows, so a team lead's merge relays
// them; a device's name as it says itself replaces what the file knew, a relayed name only fills a gap.
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>

namespace koers {

class Store;

struct DeviceIdentity {
    QString name;     // of this laptop, e.g. "Laptop Fatima"; empty until set
    QString userName; // of the person working on it, the audit log's actor; empty until set
};

class DeviceNames {
public:
    explicit DeviceNames(Store& store)
        : m_store(store) {}

    static constexpr int kMaxLength = 60;
    // The name as kept: trimmed, inner runs of white space as one space. Refused when longer than
    // kMaxLength or holding control characters (a name from a package is checked the same way).
    static Result<QString> clean(const QString& name);
    // A device id as the file makes them: 1 to 64 characters of a-z, 0-9 and '-'.
    static bool isDeviceId(QStringView id);

    Result<DeviceIdentity> own();
    // Sets this device's name and its user's name; the user's name is the audit log's actor from now on.
    Status setOwn(const QString& name, const QString& userName);
    // Every named device: id to name.
    Result<QHash<QString, QString>> all();
    // A name a package brings. `fromItself`: the package was made by that device.
    Status learn(const QString& device, const QString& name, bool fromItself);

    // The name to show for a device: its name, or "device 3f2a1b0c" when it has none.
    static QString display(const QHash<QString, QString>& names, const QString& device);

private:
    Store& m_store;
};

} // namespace koers
