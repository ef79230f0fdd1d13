// The passphrase fields: a strength bar under a new passphrase, a show-passphrase toggle, a Caps Lock warning,
// and the start screen's "Stored at" label with its mnemonic (it showed a literal "&").
#include "core/CatchQtPrinters.h"

#include "core/storage/TestSupport.h"
#include "rules/PassphraseStrength.h"
#include "settings/AppSettings.h"
#include "start/ChangePassphraseDialog.h"
#include "start/StartDialog.h"
#include "ui/ScriptedPrompts.h"
#include "widgets/PassphraseAids.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>

using namespace koers;
using namespace koers::test;

namespace {

void type(QLineEdit* field, Qt::Key key, const QString& text, Qt::KeyboardModifiers modifiers) {
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(field, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(field, &release);
}

// The warning in the same form as the field (the start screen has one per page).
QLabel* capsWarningOf(QLineEdit* field) {
    for (QLabel* label : field->parentWidget()->findChildren<QLabel*>())
        if (label->text() == QStringLiteral("Caps Lock is on."))
            return label;
    return nullptr;
}

} // namespace

TEST_CASE("A new passphrase shows its strength as a bar, can be shown, and warns of Caps Lock", "[ui][trust]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    StartDialog start(settings, clock, prompts, StartDialog::Mode::Start, QString());
    start.show();
    start.showNewFilePage(false);

    // "Stored at" is a real label for the path field: its "&" is a mnemonic, not text.
    QLabel* storedAt = nullptr;
    for (QLabel* label : start.findChildren<QLabel*>())
        if (label->text() == QStringLiteral("&Stored at"))
            storedAt = label;
    REQUIRE(storedAt != nullptr);
    REQUIRE(storedAt->buddy() != nullptr);
    REQUIRE(qobject_cast<QLineEdit*>(storedAt->buddy()) != nullptr);

    QLineEdit* field = start.newPassphraseField();
    REQUIRE(start.strengthBar()->value() == 0);
    const QString strong = QStringLiteral("paard batterij nietje kaars 7");
    QTest::keyClicks(field, strong);
    REQUIRE(start.strengthBar()->value() == static_cast<int>(PassphraseStrength::assess(strong)));
    REQUIRE(start.strengthBar()->value() == start.strengthBar()->maximum());
    REQUIRE(start.strengthLabel()->text() == PassphraseStrength::text(PassphraseStrength::Level::Strong));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("kort"));
    REQUIRE(start.strengthBar()->value() == 0);

    // The eye at the end of the field shows what was typed, until the coach leaves the field.
    REQUIRE(field->echoMode() == QLineEdit::Password);
    REQUIRE(field->actions().size() == 1);
    QAction* reveal = field->actions().first();
    REQUIRE(reveal->toolTip() == QStringLiteral("Show the passphrase"));
    reveal->trigger();
    REQUIRE(field->echoMode() == QLineEdit::Normal);
    REQUIRE(reveal->toolTip() == QStringLiteral("Hide the passphrase"));
    reveal->trigger();
    REQUIRE(field->echoMode() == QLineEdit::Password);
    reveal->trigger();
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(field, &out);
    REQUIRE(field->echoMode() == QLineEdit::Password);

    // Caps Lock: a capital without Shift, or a small letter with it; off again on the opposite; digits say nothing.
    QLabel* caps = capsWarningOf(field);
    REQUIRE(caps != nullptr);
    REQUIRE(caps->isHidden());
    type(field, Qt::Key_A, QStringLiteral("A"), Qt::NoModifier);
    REQUIRE_FALSE(caps->isHidden());
    type(field, Qt::Key_7, QStringLiteral("7"), Qt::NoModifier);
    REQUIRE_FALSE(caps->isHidden());
    type(field, Qt::Key_A, QStringLiteral("A"), Qt::ShiftModifier);
    REQUIRE(caps->isHidden());
    type(field, Qt::Key_B, QStringLiteral("b"), Qt::ShiftModifier);
    REQUIRE_FALSE(caps->isHidden());
    type(start.passphraseField(), Qt::Key_B, QStringLiteral("b"), Qt::NoModifier); // another form's field
    REQUIRE_FALSE(caps->isHidden());
    type(field, Qt::Key_B, QStringLiteral("b"), Qt::NoModifier);
    REQUIRE(caps->isHidden());
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(start.grab().save(QStringLiteral("/tmp/koers-start-new.png")));
}

TEST_CASE("Changing the passphrase shows the new one's strength as a bar and has the same aids", "[ui][trust]") {
    ChangePassphraseDialog change([](QByteArrayView, QByteArrayView) { return Status(); });
    change.show();
    REQUIRE(change.strengthBar()->value() == 0);
    QTest::keyClicks(change.newField(), QStringLiteral("paard batterij nietje kaars 7"));
    REQUIRE(change.strengthBar()->value() == change.strengthBar()->maximum());
    for (QLineEdit* f : {change.oldField(), change.newField(), change.repeatField()}) {
        REQUIRE(f->echoMode() == QLineEdit::Password);
        REQUIRE(f->actions().size() == 1);
    }
    QLabel* caps = capsWarningOf(change.oldField());
    REQUIRE(caps != nullptr);
    type(change.oldField(), Qt::Key_Q, QStringLiteral("Q"), Qt::NoModifier);
    REQUIRE_FALSE(caps->isHidden());
}
