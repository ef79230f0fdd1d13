// Every field where a passphrase or password is typed has the same aids as the start screen's: the eye that shows
// what was typed and the Caps Lock warning; a strength bar only where a new passphrase is chosen.
#include "core/CatchQtPrinters.h"

#include "backup/BackupDialog.h"
#include "core/sync/SyncTestSupport.h"
#include "hub/HubSyncDialog.h"
#include "prompts/QtPrompts.h"
#include "rules/PassphraseStrength.h"
#include "settings/AppSettings.h"
#include "sync/SyncDialog.h"
#include "ui/ScriptedPrompts.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace koers;
using namespace koers::test;

namespace {

QList<QLineEdit*> secretFields(QWidget* dialog) {
    QList<QLineEdit*> fields;
    for (QLineEdit* f : dialog->findChildren<QLineEdit*>())
        if (f->echoMode() == QLineEdit::Password)
            fields << f;
    return fields;
}

QList<QProgressBar*> strengthBars(QWidget* dialog) {
    QList<QProgressBar*> bars;
    for (QProgressBar* b : dialog->findChildren<QProgressBar*>())
        if (b->accessibleName() == QStringLiteral("Strength of the passphrase"))
            bars << b;
    return bars;
}

// The eye toggles what the field shows, and a capital typed without Shift shows the warning of its form.
void checkAids(QLineEdit* field) {
    INFO("field " << field->accessibleName().toStdString());
    REQUIRE(field->echoMode() == QLineEdit::Password);
    REQUIRE(field->actions().size() == 1);
    QAction* reveal = field->actions().first();
    REQUIRE(reveal->toolTip() == QStringLiteral("Show the passphrase"));
    reveal->trigger();
    REQUIRE(field->echoMode() == QLineEdit::Normal);
    reveal->trigger();
    REQUIRE(field->echoMode() == QLineEdit::Password);

    // The warning of the field's own form (the sync dialog has one on each tab).
    QLabel* caps = nullptr;
    for (QLabel* label : field->parentWidget()->findChildren<QLabel*>())
        if (label->text() == QStringLiteral("Caps Lock is on."))
            caps = label;
    REQUIRE(caps != nullptr);
    REQUIRE(caps->isHidden());
    QKeyEvent press(QEvent::KeyPress, Qt::Key_K, Qt::NoModifier, QStringLiteral("K"));
    QApplication::sendEvent(field, &press);
    REQUIRE_FALSE(caps->isHidden());
    QKeyEvent small(QEvent::KeyPress, Qt::Key_K, Qt::NoModifier, QStringLiteral("k"));
    QApplication::sendEvent(field, &small);
    REQUIRE(caps->isHidden());
    field->clear();
}

} // namespace

TEST_CASE("The package passphrases have the aids, and the one chosen for an export a strength bar", "[ui][trust]") {
    QTemporaryDir dir;
    Replica a(dir, QStringLiteral("A"), 0);
    ScriptedPrompts prompts;
    SyncDialog dialog(*a.store, prompts);
    dialog.resize(1280, 720);
    dialog.show();
    const QList<QLineEdit*> fields = secretFields(&dialog);
    REQUIRE(fields.size() == 3);
    REQUIRE(fields.contains(dialog.exportPassphrase()));
    REQUIRE(fields.contains(dialog.exportRepeat()));
    REQUIRE(fields.contains(dialog.importPassphrase()));
    for (QLineEdit* f : fields)
        checkAids(f);

    // One bar, under the new package passphrase; importing asks for a passphrase chosen elsewhere.
    REQUIRE(strengthBars(&dialog) == QList<QProgressBar*>{dialog.exportStrengthBar()});
    REQUIRE(dialog.exportStrengthBar()->value() == 0);
    const QString strong = QStringLiteral("paard batterij nietje kaars 7");
    QTest::keyClicks(dialog.exportPassphrase(), strong);
    REQUIRE(dialog.exportStrengthBar()->value() == dialog.exportStrengthBar()->maximum());
    REQUIRE(dialog.exportStrengthBar()->accessibleDescription() ==
            PassphraseStrength::text(PassphraseStrength::Level::Strong));
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(dialog.grab().save(QStringLiteral("/tmp/koers-sync-passphrase.png")));
}

TEST_CASE("The backup's passphrase and the server's password have the aids, without a strength bar", "[ui][trust]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    BackupDialog backups(
        dir.filePath(QStringLiteral("none.koers")), [](const QString&, QByteArrayView) { return Status(); },
        [](const QString&) { return Result<QString>(QString()); }, prompts);
    backups.show();
    REQUIRE(secretFields(&backups) == QList<QLineEdit*>{backups.passphraseField()});
    checkAids(backups.passphraseField());
    REQUIRE(strengthBars(&backups).isEmpty());

    Replica a(dir, QStringLiteral("A"), 0);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    HubSyncDialog hub(*a.store, settings);
    hub.show();
    REQUIRE(secretFields(&hub) == QList<QLineEdit*>{hub.passwordField()});
    checkAids(hub.passwordField());
    REQUIRE(strengthBars(&hub).isEmpty());
}

TEST_CASE("The passphrase question has the aids too", "[ui][trust]") {
    QtPrompts prompts;
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const QList<QLineEdit*> fields = secretFields(dialog);
        REQUIRE(fields.size() == 1);
        checkAids(fields.first());
        REQUIRE(strengthBars(dialog).isEmpty());
        QTest::keyClicks(fields.first(), QStringLiteral("geheim"));
        checked = true;
        dialog->accept();
    });
    const SecretBytes typed = prompts.passphrase(nullptr, QStringLiteral("Package"), QStringLiteral("Passphrase"));
    REQUIRE(checked);
    REQUIRE(typed.bytes() == QByteArray("geheim"));
}
