#include "SyncManifest.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QCoreApplication>

namespace koers {

namespace {

const QStringList& header() {
    static const QStringList h{QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("rows"),
                               QStringLiteral("sha256")};
    return h;
}

Error notAPackage() {
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("Sync", "This is not a Koers sync package (its manifest is missing or "
                                                         "unreadable)."));
}

} // namespace

QByteArray SyncManifest::toCsv() const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w = CsvWriter::rfc4180(buffer);
    // Writing to memory cannot fail.
    (void)w.writeRow(header());
    auto fact = [&w](const char* field, const QString& value) {
        (void)w.writeRow({QString::fromLatin1(field), value, QString(), QString()});
    };
    fact("format_version", QString::number(formatVersion));
    fact("package_id", packageId);
    fact("source_device", sourceDevice);
    fact("created", created.toUTC().toString(Qt::ISODateWithMs));
    fact("stamp", stamp.toString());
    fact("full", full ? QStringLiteral("1") : QStringLiteral("0"));
    if (!sourceDeviceName.isEmpty())
        fact("device_name", sourceDeviceName);
    QStringList relayed = deviceNames.keys();
    relayed.sort(); // the same package bytes for the same names
    for (const QString& device : relayed)
        (void)w.writeRow({QStringLiteral("device_name.") + device, deviceNames.value(device), QString(), QString()});
    for (const auto& f : files)
        (void)w.writeRow({QStringLiteral("file"), f.name, QString::number(f.rows), QString::fromLatin1(f.sha256)});
    (void)w.finish();
    return bytes;
}

Result<SyncManifest> SyncManifest::parse(const QByteArray& csv) {
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvDialect::rfc4180());
    QStringList fields;
    auto first = reader.readRow(fields);
    if (!first.ok() || !first.value() || fields != header())
        return notAPackage();
    SyncManifest m;
    m.formatVersion = -1;
    for (;;) {
        auto more = reader.readRow(fields);
        if (!more.ok())
            return notAPackage();
        if (!more.value())
            break;
        if (fields.size() != header().size())
            return notAPackage();
        const QString& field = fields[0];
        const QString& value = fields[1];
        if (field == QLatin1String("format_version")) {
            bool ok = false;
            m.formatVersion = value.toInt(&ok);
            if (!ok)
                return notAPackage();
        } else if (field == QLatin1String("package_id")) {
            m.packageId = value;
        } else if (field == QLatin1String("source_device")) {
            m.sourceDevice = value;
        } else if (field == QLatin1String("created")) {
            m.created = QDateTime::fromString(value, Qt::ISODateWithMs);
        } else if (field == QLatin1String("stamp")) {
            m.stamp = Hlc::parse(value).value_or(Hlc{});
        } else if (field == QLatin1String("full")) {
            m.full = value == QLatin1String("1");
        } else if (field == QLatin1String("device_name")) {
            m.sourceDeviceName = value;
        } else if (field.startsWith(QLatin1String("device_name."))) {
            // Names are shown, never trusted: DeviceNames checks each before keeping it.
            if (m.deviceNames.size() < kMaxRelayedNames)
                m.deviceNames.insert(field.mid(12), value);
        } else if (field == QLatin1String("file")) {
            bool ok = false;
            SyncManifestFile f{value, fields[2].toLongLong(&ok), fields[3].toLatin1()};
            if (!ok || f.rows < 0 || f.sha256.size() != 64)
                return notAPackage();
            m.files.push_back(std::move(f));
        }
        // Unknown facts are allowed: a later format may add some, and the format version decides.
    }
    if (m.formatVersion < 0)
        return notAPackage();
    // Another format version may spell its facts differently; the caller refuses it by its version.
    if (m.formatVersion == kFormatVersion &&
        (m.packageId.isEmpty() || m.sourceDevice.isEmpty() || !m.created.isValid() || m.stamp.isNull()))
        return notAPackage();
    return m;
}

const SyncManifestFile* SyncManifest::file(QStringView name) const {
    for (const auto& f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace koers
