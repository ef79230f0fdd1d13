// manifest.csv of a sync package: what made it, when, in which format, and for every file its row count and
// SHA-256, so an import can check the whole package before it changes anything. One CSV with the header
// field,value,rows,sha256: package facts use field and value, files use field "file".
#pragma once

#include "util/Hlc.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace koers {

struct SyncManifestFile {
    QString name;
    qint64 rows = 0;
    QByteArray sha256; // lower-case hex
};

class SyncManifest {
public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kFileName = "manifest.csv";
    // More names than a region has laptops are not kept: a forged manifest cannot fill the file with them.
    static constexpr int kMaxRelayedNames = 1000;

    int formatVersion = kFormatVersion;
    QString packageId;
    QString sourceDevice;
    QString sourceDeviceName; // what the source calls itself; empty when unnamed
    // Other devices' names the source knows (id to name), relayed so a merge through a team lead names them.
    // Facts "device_name.<id>": a Koers that does not know them skips them as unknown facts.
    QHash<QString, QString> deviceNames;
    QDateTime created; // UTC
    Hlc stamp;         // the exporter's clock when it made the package
    bool full = true;  // false: only the changes since the last package for this peer
    std::vector<SyncManifestFile> files;

    QByteArray toCsv() const;
    // Reads the fields; an unknown format version is reported by the caller, who knows what to say.
    static Result<SyncManifest> parse(const QByteArray& csv);
    const SyncManifestFile* file(QStringView name) const;
};

} // namespace koers
