// Edit > Settings: this laptop's names, idle lock and report threshold, and the file's periods.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "core/storage/TestSupport.h"
#include "lock/IdleLock.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/DeviceNames.h"
#include "storage/RuleSettingsStore.h"
#include "storage/Store.h"
#include "ui/ScriptedPrompts.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace koers;
using namespace koers::test;

namespace {

QAction* menuAction(QMainWindow& window, const QString& text) {
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

} // namespace

TEST_CASE("The settings dialog keeps names, idle lock, threshold and periods, and nothing before OK",
          "[ui][settings]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    auto created =
        Store::create(dir.filePath(QStringLiteral("team.koers")), "settings test pass", clock, QStringLiteral("login"));
    REQUIRE(created.ok());
    Store& store = *created.value();

    SettingsDialog dialog(store, settings, prompts);
    dialog.show();
    REQUIRE(dialog.userNameField()->text().isEmpty());
    REQUIRE(dialog.userNameField()->placeholderText() == QStringLiteral("login"));
    REQUIRE(dialog.idleLockField()->value() == settings.idleLockMinutes());
    REQUIRE(dialog.thresholdField()->value() == 5);
    // Every rule setting has its field, showing the file's value.
    int rules = 0;
    const RuleSettings standard;
    RuleSettings::fields(standard, [&](const char* name, const int& value) {
        QSpinBox* field = dialog.ruleField(QString::fromLatin1(name));
        REQUIRE(field != nullptr);
        REQUIRE(field->value() == value);
        ++rules;
    });
    REQUIRE(rules == 15);
    if (qEnvironmentVariableIsSet("KOERS_SCREENSHOTS"))
        dialog.grab().save(QStringLiteral("/tmp/koers-settings.png"));

    QTest::keyClicks(dialog.userNameField(), QStringLiteral("Fatima el Amrani"));
    QTest::keyClicks(dialog.deviceNameField(), QStringLiteral("Laptop Tiel"));
    dialog.idleLockField()->setValue(0);
    REQUIRE(dialog.idleLockField()->text() == QStringLiteral("never"));
    dialog.thresholdField()->setValue(10);
    dialog.ruleField(QStringLiteral("intake_weeks"))->setValue(12);
    dialog.ruleField(QStringLiteral("retention_years"))->setValue(7);

    SECTION("OK keeps everything") {
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        REQUIRE(prompts.warnings.isEmpty());
        REQUIRE(DeviceNames(store).own()->userName == QStringLiteral("Fatima el Amrani"));
        REQUIRE(DeviceNames(store).own()->name == QStringLiteral("Laptop Tiel"));
        REQUIRE(store.actor() == QStringLiteral("Fatima el Amrani"));
        REQUIRE(settings.idleLockMinutes() == 0);
        REQUIRE(settings.reportThreshold() == 10);
        const RuleSettings kept = RuleSettingsStore::load(store).value();
        REQUIRE(kept.intakeWeeks == 12);
        REQUIRE(kept.retentionYears == 7);
        REQUIRE(kept.pipWeeks == RuleSettings{}.pipWeeks);

        SettingsDialog again(store, settings, prompts);
        REQUIRE(again.userNameField()->text() == QStringLiteral("Fatima el Amrani"));
        REQUIRE(again.ruleField(QStringLiteral("intake_weeks"))->value() == 12);
        // Standard values puts back the law's periods; Cancel keeps what the file has.
        for (QPushButton* b : again.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("&Standard values"))
                QTest::mouseClick(b, Qt::LeftButton);
        REQUIRE(again.ruleField(QStringLiteral("intake_weeks"))->value() == 10);
        again.reject();
        REQUIRE(RuleSettingsStore::load(store)->intakeWeeks == 12);
    }
    SECTION("Cancel keeps nothing") {
        dialog.reject();
        REQUIRE(DeviceNames(store).own()->userName.isEmpty());
        REQUIRE(store.actor() == QStringLiteral("login"));
        REQUIRE(settings.reportThreshold() == 5);
        REQUIRE(RuleSettingsStore::load(store)->intakeWeeks == 10);
    }
    SECTION("a name that cannot be kept is said, the dialog stays open and nothing is kept") {
        dialog.deviceNameField()->setText(QStringLiteral("Laptop") + QChar(0x202E) + QStringLiteral("leiT"));
        dialog.accept();
        REQUIRE(dialog.isVisible());
        REQUIRE(prompts.warnings.size() == 1);
        REQUIRE(DeviceNames(store).own()->name.isEmpty());
        REQUIRE(settings.reportThreshold() == 5);
        REQUIRE(RuleSettingsStore::load(store)->intakeWeeks == 10);
    }
}

TEST_CASE("Edit > Settings sets the idle lock of the open window", "[ui][settings]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    auto store = Store::create(path, "settings test pass", clock, QStringLiteral("coach"));
    REQUIRE(store.ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    window.show();
    QAction* action = menuAction(window, QStringLiteral("&Settings..."));
    REQUIRE(action != nullptr);
    REQUIRE(action->shortcut() == QKeySequence(QKeySequence::Preferences));

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* open = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
        REQUIRE(open != nullptr);
        seen = true;
        open->idleLockField()->setValue(7);
        open->accept();
    });
    action->trigger();
    REQUIRE(seen);
    REQUIRE(settings.idleLockMinutes() == 7);
    REQUIRE(window.idleLock()->timeoutMs() == 7 * 60 * 1000);
}
