#include "../CatchQtPrinters.h"

#include "SyncTestSupport.h"
#include "storage/Repository.h"
#include "sync/SyncArchive.h"
#include "sync/SyncExporter.h"
#include "sync/SyncKnowledge.h"

#include <QDir>

using namespace koers;
using namespace koers::test;

namespace {
QByteArray golden(const QString& name) {
    return fileBytes(QStringLiteral(KOERS_TEST_DATA_DIR "/sync/") + name);
}
} // namespace

// The package format is a promise to other devices and to people with 7-Zip: the files are compared
// byte for byte with committed copies. Set KOERS_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
TEST_CASE("Sync: package files match the golden copies", "[sync][golden]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("G"), 0);
    // A fixed device id instead of a random one, so stamps and the manifest are the same on every run.
    REQUIRE(a.store->db().exec(u"UPDATE meta SET value = '00000000g0ld3n00' WHERE key = 'device_id'").ok());
    REQUIRE(a.store->db().exec(u"DELETE FROM meta WHERE key = 'hlc_last'").ok());
    a.close();
    a.reopen();

    Client c;
    c.firstNames = QStringLiteral("Zahra");
    c.lastName = QStringLiteral("Voorbeeld, \"test\"");
    c.bsn = QStringLiteral("123456782");
    c.dateOfBirth = QDate(1994, 2, 28);
    c.note = QStringLiteral("eerste regel\nmet ümlaut en € teken");
    auto client = Repository<Client>(*a.store).insert(c);
    REQUIRE(client.ok());
    Milestone m;
    m.clientId = client->meta.id;
    m.kind = MilestoneKind::PipFixed;
    m.dueDate = QDate(2027, 3, 1);
    m.note = QStringLiteral("=niet uitvoeren");
    REQUIRE(Repository<Milestone>(*a.store).insert(m).ok());

    const QString pkg = dir.filePath(QStringLiteral("golden.koerssync"));
    REQUIRE(SyncExporter(*a.store).exportTo(pkg, kPackagePass, {}).ok());
    auto entries = SyncArchive::read(pkg, kPackagePass);
    REQUIRE(entries.ok());
    QStringList names;
    for (const auto& e : entries.value()) {
        names << e.name;
        if (e.name != QStringLiteral("manifest.csv") && e.name != QStringLiteral("client.csv") &&
            e.name != QStringLiteral("milestone.csv"))
            continue;
        if (qEnvironmentVariableIsSet("KOERS_UPDATE_GOLDEN")) {
            QDir().mkpath(QStringLiteral(KOERS_TEST_DATA_DIR "/sync"));
            QFile f(QStringLiteral(KOERS_TEST_DATA_DIR "/sync/") + e.name);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(e.data);
        }
        INFO(e.name.toStdString());
        REQUIRE(e.data == golden(e.name));
    }
    // Tables stream into the archive children first (a delta learns the parents it needs from the children),
    // and the manifest comes last, once every table's row count and checksum are known.
    REQUIRE(names == QStringList{QStringLiteral("involvement.csv"), QStringLiteral("contact.csv"),
                                 QStringLiteral("milestone.csv"), QStringLiteral("plan_goal.csv"),
                                 QStringLiteral("plan_version.csv"), QStringLiteral("intake_section.csv"),
                                 QStringLiteral("intake.csv"), QStringLiteral("client.csv"),
                                 QStringLiteral("coach.csv"), QStringLiteral("municipality.csv"),
                                 QStringLiteral("manifest.csv")});
}

TEST_CASE("SyncKnowledge: per device the latest version seen", "[sync]") {
    const Hlc a1{100, 0, QStringLiteral("a")};
    const Hlc a2{200, 3, QStringLiteral("a")};
    const Hlc b1{150, 0, QStringLiteral("b")};
    SyncKnowledge k(a1);
    REQUIRE(k.knows(a1));
    REQUIRE_FALSE(k.knows(a2));
    REQUIRE(k.add(a2));
    REQUIRE(k.knows(a1)); // a device's versions are ordered: the later one implies the earlier
    REQUIRE_FALSE(k.add(a1));
    REQUIRE_FALSE(k.knows(b1));
    SyncKnowledge other(b1);
    REQUIRE(k.merge(other));
    REQUIRE_FALSE(k.merge(other));
    REQUIRE(k.knows(b1));
    const QString text = k.toString();
    REQUIRE(text == a2.toString() + QLatin1Char(' ') + b1.toString());
    REQUIRE(SyncKnowledge::parse(text) == k);
    REQUIRE(SyncKnowledge::parse(QString()) == SyncKnowledge());
    REQUIRE_FALSE(SyncKnowledge::parse(u"not-a-stamp").has_value());
}
