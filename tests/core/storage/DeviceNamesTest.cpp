#include "storage/DeviceNames.h"
#include "../sync/PackageForge.h"
#include "../sync/SyncTestSupport.h"
#include "queries/AuditQuery.h"
#include "storage/Repository.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"

#include <catch2/catch.hpp>

using namespace koers;
using namespace koers::test;

namespace {

QString nameOf(Store& store, const QString& device) {
    return DeviceNames::display(DeviceNames(store).all().value(), device);
}

QString newestActor(Store& store) {
    auto rows = AuditQuery(store).rows({}, 1);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->empty());
    return rows->front().actor;
}

} // namespace

TEST_CASE("A name is kept trimmed, and one with control characters or too long is refused", "[storage][names]") {
    REQUIRE(DeviceNames::clean(QStringLiteral("  Laptop \t Fatima ")).value() == QStringLiteral("Laptop Fatima"));
    REQUIRE(DeviceNames::clean(QString()).value().isEmpty());
    REQUIRE_FALSE(DeviceNames::clean(QStringLiteral("Laptop\x1b[2J")).ok());
    REQUIRE_FALSE(DeviceNames::clean(QStringLiteral("Laptop") + QChar(0x202E) + QStringLiteral("amitaF")).ok());
    REQUIRE(DeviceNames::clean(QString(DeviceNames::kMaxLength, u'x')).ok());
    REQUIRE_FALSE(DeviceNames::clean(QString(DeviceNames::kMaxLength + 1, u'x')).ok());
    REQUIRE(DeviceNames::isDeviceId(u"3f2a1b0c9d8e7f60"));
    REQUIRE_FALSE(DeviceNames::isDeviceId(u""));
    REQUIRE_FALSE(DeviceNames::isDeviceId(u"3F2A; DROP"));
}

TEST_CASE("The user's name set once is the audit log's actor, also after reopening", "[storage][names]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("login-a"), 0);
    REQUIRE(DeviceNames(*a.store).own()->userName.isEmpty());
    REQUIRE(a.store->actor() == QStringLiteral("login-a"));
    REQUIRE(DeviceNames(*a.store).setOwn(QStringLiteral("Laptop Tiel"), QStringLiteral("Fatima el Amrani")).ok());
    REQUIRE(a.store->actor() == QStringLiteral("Fatima el Amrani"));
    REQUIRE(newestActor(*a.store) == QStringLiteral("Fatima el Amrani"));
    REQUIRE(newestActor(*a.store) != QStringLiteral("koers"));

    a.close();
    a.reopen(); // opened as "login-a", as the window and the CLI do
    REQUIRE(a.store->actor() == QStringLiteral("Fatima el Amrani"));
    REQUIRE(DeviceNames(*a.store).own()->name == QStringLiteral("Laptop Tiel"));
    REQUIRE(a.store->audit(u"export").ok());
    REQUIRE(newestActor(*a.store) == QStringLiteral("Fatima el Amrani"));

    SECTION("a refused name changes nothing") {
        REQUIRE_FALSE(DeviceNames(*a.store).setOwn(QStringLiteral("ok"), QStringLiteral("bad\x07name")).ok());
        REQUIRE(DeviceNames(*a.store).own()->name == QStringLiteral("Laptop Tiel"));
        REQUIRE(a.store->actor() == QStringLiteral("Fatima el Amrani"));
    }
}

TEST_CASE("Packages carry device names: a device's own name wins, a relayed one only fills a gap",
          "[storage][names][sync]") {
    QTemporaryDir dir;
    Replica coach(dir, QStringLiteral("coach"), 0);
    Replica lead(dir, QStringLiteral("lead"), 0);
    Replica other(dir, QStringLiteral("other"), 0);
    REQUIRE(DeviceNames(*coach.store).setOwn(QStringLiteral("Laptop Fatima"), {}).ok());
    REQUIRE(DeviceNames(*lead.store).setOwn(QStringLiteral("Teamleider Rivierenland"), {}).ok());

    // Unnamed: the short id.
    REQUIRE(nameOf(*lead.store, coach.store->deviceId()) ==
            QStringLiteral("device %1").arg(coach.store->deviceId().left(8)));

    const QString fromCoach = dir.filePath(QStringLiteral("coach.koerssync"));
    REQUIRE(SyncExporter(*coach.store).exportTo(fromCoach, kPackagePass, {}).ok());
    REQUIRE(SyncImporter(*lead.store).importFrom(fromCoach, kPackagePass).ok());
    REQUIRE(nameOf(*lead.store, coach.store->deviceId()) == QStringLiteral("Laptop Fatima"));

    // The lead's package names both itself and the coach's laptop, which the third device never met.
    const QString fromLead = dir.filePath(QStringLiteral("lead.koerssync"));
    REQUIRE(SyncExporter(*lead.store).exportTo(fromLead, kPackagePass, {}).ok());
    REQUIRE(SyncImporter(*other.store).importFrom(fromLead, kPackagePass).ok());
    REQUIRE(nameOf(*other.store, lead.store->deviceId()) == QStringLiteral("Teamleider Rivierenland"));
    REQUIRE(nameOf(*other.store, coach.store->deviceId()) == QStringLiteral("Laptop Fatima"));

    SECTION("a device renamed says so itself; a stale relayed name does not undo it") {
        coach.clock->advanceMs(1000);
        REQUIRE(DeviceNames(*coach.store).setOwn(QStringLiteral("Laptop Tiel"), {}).ok());
        const QString renamed = dir.filePath(QStringLiteral("renamed.koerssync"));
        REQUIRE(SyncExporter(*coach.store).exportTo(renamed, kPackagePass, {}).ok());
        REQUIRE(SyncImporter(*other.store).importFrom(renamed, kPackagePass).ok());
        REQUIRE(nameOf(*other.store, coach.store->deviceId()) == QStringLiteral("Laptop Tiel"));
        // The lead still relays the old name.
        lead.clock->advanceMs(2000);
        const QString stale = dir.filePath(QStringLiteral("stale.koerssync"));
        REQUIRE(SyncExporter(*lead.store).exportTo(stale, kPackagePass, {}).ok());
        REQUIRE(SyncImporter(*other.store).importFrom(stale, kPackagePass).ok());
        REQUIRE(nameOf(*other.store, coach.store->deviceId()) == QStringLiteral("Laptop Tiel"));
    }
    SECTION("a forged manifest cannot rename this device, nor bring names that fail the checks") {
        ForgedPackage forged = ForgedPackage::open(fromLead, kPackagePass);
        forged.manifest.packageId = QStringLiteral("forged-package");
        forged.manifest.sourceDeviceName = QStringLiteral("Evil\x07");
        forged.manifest.deviceNames.insert(other.store->deviceId(), QStringLiteral("Not you"));
        forged.manifest.deviceNames.insert(QStringLiteral("BAD ID"), QStringLiteral("Bad"));
        forged.manifest.deviceNames.insert(QStringLiteral("abcdef0123456789"), QString(200, u'x'));
        forged.manifest.deviceNames.insert(QStringLiteral("0123456789abcdef"), QStringLiteral("Laptop Soest"));
        const QString path = dir.filePath(QStringLiteral("forged.koerssync"));
        forged.write(path, kPackagePass);
        REQUIRE(SyncImporter(*other.store).importFrom(path, kPackagePass).ok());
        auto names = DeviceNames(*other.store).all();
        REQUIRE(names.ok());
        REQUIRE(names->value(lead.store->deviceId()) == QStringLiteral("Teamleider Rivierenland"));
        REQUIRE_FALSE(names->contains(other.store->deviceId()));
        REQUIRE_FALSE(names->contains(QStringLiteral("BAD ID")));
        REQUIRE_FALSE(names->contains(QStringLiteral("abcdef0123456789")));
        REQUIRE(names->value(QStringLiteral("0123456789abcdef")) == QStringLiteral("Laptop Soest"));
    }
}
