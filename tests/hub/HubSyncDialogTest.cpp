// File > Synchronise with server, against the real hub: the connection string is remembered without a
// password, a password the server asks for is typed in the dialog (and handed to libpq as its password
// parameter), the sync runs off the UI thread and reports what it did. KOERS_SCREENSHOTS=DIR saves the
// dialog over the main window at 1280x720 and 1920x1080 (with KOERS_LANG=nl: in Dutch).
#include "core/CatchQtPrinters.h"

#include "HubSyncSupport.h"
#include "MainWindow.h"
#include "ui/ScriptedPrompts.h"
#include "demo/DemoLoader.h"
#include "hub/HubAdmin.h"
#include "hub/HubSchema.h"
#include "hub/HubSyncDialog.h"
#include "settings/AppSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

void screenshots(Replica& laptop, AppSettings& settings, HubSyncDialog& dialog, const char* name) {
    const QString dir = qEnvironmentVariable("KOERS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    // The window behind the dialog shows a copy of the synced file (the dialog holds the file itself).
    const QString copy = laptop.path + QStringLiteral(".shot.koers");
    REQUIRE(laptop.store->db().copyTo(copy).ok());
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        ScriptedPrompts prompts;
        MainWindow window(settings, *laptop.clock, prompts);
        auto reopened = Store::open(copy, kDbPass, *laptop.clock, QStringLiteral("coach"));
        REQUIRE(reopened.ok());
        window.setStore(std::move(reopened.value()), copy);
        window.resize(size);
        window.show();
        QTest::qWait(50);
        QPixmap shot = window.grab();
        dialog.show();
        QTest::qWait(50);
        const QPixmap over = dialog.grab();
        QPainter p(&shot);
        p.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        p.drawPixmap((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 2, over);
        p.end();
        shot.save(QStringLiteral("%1/%2-%3x%4.png").arg(dir, QLatin1String(name)).arg(size.width()).arg(size.height()));
    }
}

} // namespace

TEST_CASE("the sync-with-server dialog syncs, asks for a password and remembers the server", "[hub][ui]") {
    TestHub hub;
    auto owner = hub.connect(hub.owner());
    REQUIRE(HubSchema::setup(*owner).ok());
    const QString lead = hub.role(QStringLiteral("lead"));
    const QString coach = hub.role(QStringLiteral("coach"), true); // logs in with a password
    HubAdmin admin(*owner);
    REQUIRE(admin.grantLead(lead, {}).ok());
    QTemporaryDir dir;
    Replica office(dir, QStringLiteral("L"), 0);
    REQUIRE(DemoLoader::load(*office.store, 40, 3).ok());
    syncOrFail(office, hub.conninfo(lead));
    auto coachName = office.store->db().queryText(u"SELECT name FROM coach ORDER BY name LIMIT 1");
    REQUIRE(admin.grantCoach(coach, coachName.value()).ok());
    const qint64 caseload = office.store->db()
                                .queryInt(u"SELECT count(*) FROM client WHERE coach_id = (SELECT id FROM coach ORDER "
                                          u"BY name LIMIT 1)")
                                .value();
    REQUIRE(caseload > 0);

    Replica laptop(dir, QStringLiteral("A"), 0);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    HubSyncDialog dialog(*laptop.store, settings);
    dialog.show();
    CHECK(dialog.lastSyncLabel()->text() == QStringLiteral("never"));
    CHECK_FALSE(dialog.syncButton()->isEnabled());
    QTest::keyClicks(dialog.serverField(), hub.conninfo(coach));
    REQUIRE(dialog.syncButton()->isEnabled());

    // No password yet: the server asks for one, and the dialog says so.
    QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
    REQUIRE(dialog.waitForSync(30000));
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("password")));
    CHECK(ids(*laptop.store, QStringLiteral("client")).isEmpty());
    CHECK(settings.hubConnection() == hub.conninfo(coach));

    int changed = 0;
    QObject::connect(&dialog, &HubSyncDialog::recordsChanged, [&changed] { ++changed; });
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("secret-coach"));
    QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
    CHECK(dialog.passwordField()->text().isEmpty()); // not kept in the widget
    REQUIRE(dialog.waitForSync(60000));
    INFO(dialog.statusLabel()->text().toStdString());
    CHECK(dialog.statusLabel()->text().startsWith(QStringLiteral("Synchronised.")));
    CHECK(changed == 1);
    CHECK(ids(*laptop.store, QStringLiteral("client")).size() == caseload);
    CHECK(dialog.lastSyncLabel()->text() != QStringLiteral("never"));
    CHECK_FALSE(settings.hubConnection().contains(QStringLiteral("secret")));
    screenshots(laptop, settings, dialog, "koers-hub-sync");

    // A new dialog shows the remembered server and the last sync.
    HubSyncDialog again(*laptop.store, settings);
    CHECK(again.serverField()->text() == hub.conninfo(coach));
    CHECK(again.lastSyncLabel()->text() == dialog.lastSyncLabel()->text());
    // A password in the connection string is refused before anything is sent.
    again.serverField()->setText(hub.conninfo(coach) + QStringLiteral(" password=secret-coach"));
    QTest::mouseClick(again.syncButton(), Qt::LeftButton);
    CHECK_FALSE(again.isRunning());
    CHECK(again.statusLabel()->text().contains(QStringLiteral("password field")));
}
