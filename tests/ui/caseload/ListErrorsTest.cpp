#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "caseload/AgendaView.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "demo/DemoLoader.h"
#include "services/ClientService.h"
#include "settings/AppSettings.h"
#include "ui/ScriptedPrompts.h"

#include <QDir>
#include <QFile>

using namespace koers;
using namespace koers::test;

TEST_CASE("Caseload and agenda show a query that fails as an error, not as an empty list", "[ui][caseload]") {
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    auto store = Store::create(dir.filePath(QStringLiteral("e.koers")), "pass", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    Client c;
    c.lastName = QStringLiteral("Zichtbaar");
    c.koppelingDate = QDate(2026, 9, 1);
    REQUIRE(ClientService(*store.value()).addClient(c).ok());
    CaseloadView caseload(settings);
    AgendaView agenda;

    // Make both queries fail: the table they join is gone.
    REQUIRE(store.value()->db().exec(u"ALTER TABLE milestone RENAME TO milestone_elsewhere").ok());
    caseload.reload(*store.value());
    agenda.reload(*store.value());
    REQUIRE(caseload.errorText().contains(QStringLiteral("could not be read")));
    REQUIRE(caseload.model()->rowCount() == 0);
    REQUIRE(agenda.errorText().contains(QStringLiteral("could not be read")));

    // Readable again: the error goes, the client is there.
    REQUIRE(store.value()->db().exec(u"ALTER TABLE milestone_elsewhere RENAME TO milestone").ok());
    caseload.reload(*store.value());
    agenda.reload(*store.value());
    REQUIRE(caseload.errorText().isEmpty());
    REQUIRE(caseload.model()->rowCount() == 1);
    REQUIRE(agenda.errorText().isEmpty());
}

TEST_CASE("A damaged file shows the caseload's error in the window instead of an empty caseload", "[ui][caseload]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("damaged.koers"));
    {
        auto store = Store::create(path, "pass", clock, QStringLiteral("t"));
        REQUIRE(store.ok());
        REQUIRE(DemoLoader::load(*store.value(), 300, 5).ok());
        REQUIRE(store.value()->db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    // One byte flipped in every page of the second half, where the records are (the schema lies in the first pages,
    // written when the file was made): the cipher's page check fails wherever the caseload reads them.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    REQUIRE(pages > 20);
    for (qint64 page = pages / 2; page < pages; ++page) {
        file.seek(page * 4096 + 100);
        char byte = 0;
        file.getChar(&byte);
        file.seek(page * 4096 + 100);
        file.putChar(static_cast<char>(byte ^ 0x5a));
    }
    file.close();
    auto store = Store::open(path, "pass", clock, QStringLiteral("t"));
    REQUIRE(store.ok()); // the first pages are intact: the file opens
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    REQUIRE(window.caseload()->model()->rowCount() == 0);
    REQUIRE_FALSE(window.caseload()->errorText().isEmpty());
    window.tabs()->setCurrentWidget(window.agenda()); // the agenda is read when it is shown
    REQUIRE_FALSE(window.agenda()->errorText().isEmpty());
    if (const QString shots = qEnvironmentVariable("KOERS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        window.resize(1280, 720);
        window.show();
        window.grab().save(QDir(shots).filePath(QStringLiteral("koers-caseload-damaged.png")));
    }
}
