#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "directory/CoachesPage.h"
#include "directory/DirectoryDialog.h"
#include "directory/MunicipalitiesPage.h"
#include "dossier/NewClientDialog.h"
#include "services/ClientService.h"
#include "settings/AppSettings.h"
#include "ui/ScriptedPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {
QStringList itemsOf(QComboBox* box) {
    QStringList out;
    for (int i = 1; i < box->count(); ++i) // after "all ..." / "(none)"
        out << box->itemText(i);
    return out;
}
QComboBox* comboNamed(QWidget* parent, const QString& name) {
    for (QComboBox* c : parent->findChildren<QComboBox*>())
        if (c->accessibleName() == name)
            return c;
    return nullptr;
}
} // namespace

TEST_CASE("A new file gets its coaches and municipalities in the window", "[ui][directory]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("leeg.koers"));
    auto store = Store::create(path, "een lange wachtzin", clock, QStringLiteral("t"));
    REQUIRE(store.ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    QComboBox* coachFilter = comboNamed(window.caseload(), QStringLiteral("Filter by coach"));
    REQUIRE(coachFilter);
    REQUIRE(itemsOf(coachFilter).isEmpty());

    DirectoryDialog dialog(*window.store(), prompts, &window);
    dialog.show();
    CoachesPage* coaches = dialog.coaches();
    auto addCoach = [&](const QString& name, const QString& team) {
        coaches->startNew();
        QTest::keyClicks(coaches->nameField(), name);
        QTest::keyClicks(coaches->teamField(), team);
        return coaches->save();
    };
    REQUIRE(addCoach(QStringLiteral("Zeynep Kaya"), QStringLiteral("Noord")));
    REQUIRE(addCoach(QStringLiteral("Ömer Demir"), QString()));
    REQUIRE(addCoach(QStringLiteral("Anna Bakker"), QString()));
    REQUIRE_FALSE(addCoach(QStringLiteral("anna bakker"), QString()));
    REQUIRE(coaches->message()->text().contains(QStringLiteral("already")));
    REQUIRE(coaches->table()->rowCount() == 3);
    REQUIRE(coaches->table()->item(0, CoachesPage::Name)->text() == QStringLiteral("Anna Bakker"));

    MunicipalitiesPage* places = dialog.municipalities();
    QTest::keyClicks(places->nameField(), QStringLiteral("Soest"));
    QTest::keyClicks(places->codeField(), QStringLiteral("0342"));
    REQUIRE_FALSE(places->save());
    REQUIRE(places->message()->text().contains(QStringLiteral("GM")));
    places->codeField()->setText(QStringLiteral("GM0342"));
    REQUIRE(places->save());

    // The caseload's coach filter follows at once, in Dutch alphabetical order.
    QTRY_COMPARE(itemsOf(coachFilter), (QStringList{QStringLiteral("Anna Bakker"), QStringLiteral("Ömer Demir"),
                                                    QStringLiteral("Zeynep Kaya")}));

    // A deactivated coach is not offered for a new client.
    coaches->table()->selectRow(2);
    REQUIRE(coaches->nameField()->text() == QStringLiteral("Zeynep Kaya"));
    coaches->activeBox()->setChecked(false);
    REQUIRE(coaches->save());
    REQUIRE(coaches->table()->item(2, CoachesPage::Active)->text() == QStringLiteral("no (inactive)"));
    auto service = ClientService::forStore(*window.store());
    NewClientDialog newClient(*window.store(), service.value(), prompts, &window);
    QStringList offered;
    for (QComboBox* c : newClient.findChildren<QComboBox*>())
        for (int i = 0; i < c->count(); ++i)
            offered << c->itemText(i);
    REQUIRE(offered.contains(QStringLiteral("Anna Bakker")));
    REQUIRE(offered.contains(QStringLiteral("Soest")));
    REQUIRE_FALSE(offered.contains(QStringLiteral("Zeynep Kaya")));
}
