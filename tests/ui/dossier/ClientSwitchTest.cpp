// What one client's dossier leaves behind for the next: a new client starts on the first tab, and the PIP tab shows
// the next client's plan (or an empty form), not the provider, hours or chosen version of the previous one.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "core/storage/TestSupport.h"
#include "dossier/ClientForm.h"
#include "dossier/DossierView.h"
#include "dossier/NewClientDialog.h"
#include "dossier/PlanTab.h"
#include "services/ClientService.h"
#include "settings/AppSettings.h"
#include "ui/ScriptedPrompts.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace koers;
using namespace koers::test;

namespace {

struct Desk {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    FixedClock clock{fixedNow()};
    QString path = dir.filePath(QStringLiteral("s.koers"));
    MainWindow window{settings, clock, prompts};
    QString withPlans;
    QString withoutPlan;
    QString alsoPlans;

    Desk() {
        auto store = Store::create(path, "een lange wachtzin voor de test", clock, QStringLiteral("t"));
        REQUIRE(store.ok());
        ClientService clients(*store.value());
        auto add = [&clients](const char* last) {
            Client c;
            c.firstNames = QStringLiteral("Testa");
            c.lastName = QString::fromLatin1(last);
            c.koppelingDate = QDate(2026, 6, 1);
            return clients.addClient(c).value().meta.id;
        };
        withPlans = add("Metplan");
        withoutPlan = add("Zonderplan");
        alsoPlans = add("Ookplan");
        for (const QString& id : {withPlans, alsoPlans})
            for (int v = 1; v <= 2; ++v) {
                PlanVersion p;
                p.clientId = id;
                p.decisionDate = QDate(2026, 8, v);
                p.route = Route::B1;
                p.languageProvider = id == withPlans ? QStringLiteral("Taalschool Noord") : QStringLiteral("Taalhuis");
                p.hoursPerWeek = id == withPlans ? 12 : 6;
                REQUIRE(clients.addPlanVersion(p).ok());
            }
        window.setStore(std::move(store.value()), path);
        window.show();
    }
    PlanTab* plan() { return window.dossier()->planTab(); }
};

} // namespace

TEST_CASE("The PIP tab starts afresh for each client: an empty form without a PIP, the newest version with one",
          "[ui][dossier]") {
    Desk desk;
    desk.window.openClient(desk.withPlans);
    desk.window.dossier()->tabs()->setCurrentWidget(desk.plan());
    REQUIRE(desk.plan()->providerField()->text() == QStringLiteral("Taalschool Noord")); // the next version's base
    REQUIRE(desk.plan()->versionTable()->currentRow() == 1);
    desk.plan()->versionTable()->selectRow(0); // the coach looks at the first version

    desk.window.openClient(desk.withoutPlan);
    REQUIRE(desk.window.dossier()->clientId() == desk.withoutPlan);
    REQUIRE(desk.plan()->versionTable()->rowCount() == 0);
    REQUIRE(desk.plan()->providerField()->text().isEmpty());
    REQUIRE(desk.plan()->hoursField()->value() == 0);
    REQUIRE_FALSE(desk.plan()->hasUnsavedEdits());
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS")) {
        desk.window.resize(1280, 720);
        REQUIRE(desk.window.grab().save(QStringLiteral("/tmp/koers-plan-new-client.png")));
    }

    // Back to a client with versions: the newest is chosen, not the row the previous client had.
    desk.window.openClient(desk.withPlans);
    desk.plan()->versionTable()->selectRow(0);
    desk.window.openClient(desk.alsoPlans);
    REQUIRE(desk.plan()->versionTable()->currentRow() == 1);
    REQUIRE(desk.plan()->providerField()->text() == QStringLiteral("Taalhuis"));
    REQUIRE(desk.plan()->hoursField()->value() == 6);
}

TEST_CASE("A new client's dossier opens on its first tab, not on the tab used last", "[ui][dossier]") {
    Desk desk;
    desk.window.openClient(desk.withPlans);
    desk.window.dossier()->tabs()->setCurrentWidget(desk.plan());
    REQUIRE(desk.window.dossier()->tabs()->currentIndex() > 0);

    // Opening another existing client keeps the tab (the coach goes through plans one by one) ...
    desk.window.openClient(desk.alsoPlans);
    REQUIRE(desk.window.dossier()->tabs()->currentWidget() == desk.plan());

    // ... a new one starts at its personal data.
    bool filled = false;
    QTimer::singleShot(0, &desk.window, [&] {
        auto* dialog = desk.window.findChild<NewClientDialog*>();
        REQUIRE(dialog);
        QTest::keyClicks(dialog->form()->firstNamesField(), QStringLiteral("Nieuwe"));
        QTest::keyClicks(dialog->form()->lastNameField(), QStringLiteral("Nieuwkomer"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        REQUIRE(buttons);
        filled = true;
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    desk.window.newClient();
    REQUIRE(filled);
    REQUIRE(desk.window.dossier()->clientName().contains(QStringLiteral("Nieuwkomer")));
    REQUIRE(desk.window.tabs()->currentWidget() == desk.window.dossier());
    REQUIRE(desk.window.dossier()->tabs()->currentIndex() == 0);
    REQUIRE(desk.plan()->providerField()->text().isEmpty());
}
