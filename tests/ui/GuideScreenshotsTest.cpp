// Screenshots of the screens the user guide shows, in the language of KOERS_LANG, at 1280x720 and 1920x1080:
//   KOERS_LANG=nl KOERS_SCREENSHOT_DIR=/tmp/shots build/tests/koers_ui_tests "[.guide]"
// Not part of the suite: writing files is not what it is for. The guide's pictures (docs/images/) come from here.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "demo/DemoLoader.h"
#include "dossier/ContactsTab.h"
#include "dossier/DossierView.h"
#include "dossier/PlanTab.h"
#include "settings/AppSettings.h"
#include "ui/ScriptedPrompts.h"

#include <QDir>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

struct Shooter {
    QString dir = qEnvironmentVariable("KOERS_SCREENSHOT_DIR");
    void shoot(QWidget& w, const QString& name) {
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            w.resize(size);
            QTest::qWait(80);
            w.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(size.width())));
        }
    }
};

} // namespace

TEST_CASE("Screenshots for the user guide", "[.guide]") {
    Shooter shots;
    if (shots.dir.isEmpty())
        return;
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("demo.koers"));
    auto store = Store::create(path, "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    REQUIRE(DemoLoader::load(*store.value(), 300, 1).ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    window.show();
    window.caseload()->table()->selectRow(2);
    window.openClient(window.caseload()->currentClientId());

    DossierView* dossier = window.dossier();
    dossier->tabs()->setCurrentWidget(dossier->contactsTab());
    ContactsTab* talks = dossier->contactsTab();
    if (talks->table()->rowCount() > 0) {
        talks->table()->selectRow(0);
        talks->open(0);
    }
    shots.shoot(window, QStringLiteral("koers-gesprek-wijzigen"));
    talks->cancel();

    dossier->tabs()->setCurrentWidget(dossier->planTab());
    if (dossier->planTab()->goalTable()->rowCount() > 0)
        dossier->planTab()->openGoal(0);
    shots.shoot(window, QStringLiteral("koers-doel-wijzigen"));
}
