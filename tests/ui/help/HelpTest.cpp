// Help in the window: the user guide (F1) with its chapters and search, and About with version and licence.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "core/storage/TestSupport.h"
#include "help/AboutDialog.h"
#include "help/GuideDialog.h"
#include "settings/AppSettings.h"
#include "storage/Store.h"
#include "ui/ScriptedPrompts.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace koers;
using namespace koers::test;

TEST_CASE("F1 opens the user guide: chapters, search, Esc; About names version and licence", "[ui][help]") {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    FixedClock clock(fixedNow());
    const QString path = dir.filePath(QStringLiteral("team.koers"));
    auto store = Store::create(path, "help test pass", clock, QStringLiteral("coach"));
    REQUIRE(store.ok());
    MainWindow window(settings, clock, prompts);
    window.setStore(std::move(store.value()), path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The guide built into the program is the one in docs/, word for word.
    QFile source(QStringLiteral(KOERS_TEST_DATA_DIR "/../../docs/handleiding.md"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    REQUIRE(GuideDialog::guideText() == QString::fromUtf8(source.readAll()));

    REQUIRE(window.guide() == nullptr);
    QTest::keyClick(&window, Qt::Key_F1);
    GuideDialog* guide = window.guide();
    REQUIRE(guide != nullptr);
    REQUIRE(guide->isVisible());
    REQUIRE(guide->browser()->toPlainText().contains(QStringLiteral("Handleiding Koers")));
    REQUIRE(guide->chapters()->count() > 10);

    // A chapter from the list: its heading is where the cursor stands (not a mention in the running text).
    const QString chapter = QStringLiteral("7. Back-ups, logboek en bewaartermijn");
    const auto found = guide->chapters()->findItems(chapter, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    guide->chapters()->setCurrentItem(found.first());
    REQUIRE(guide->browser()->textCursor().block().text() == chapter);
    REQUIRE(guide->browser()->textCursor().block().blockFormat().headingLevel() == 2);

    // Search: Enter finds the next place, wrapping round; an unknown word says so; Esc clears first.
    QTest::keyClick(guide, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(guide->searchField(), QStringLiteral("USB-stick"));
    QTest::keyClick(guide->searchField(), Qt::Key_Return);
    REQUIRE(guide->browser()->textCursor().selectedText() == QStringLiteral("USB-stick"));
    const int first = guide->browser()->textCursor().position();
    QTest::keyClick(guide->searchField(), Qt::Key_Return);
    REQUIRE(guide->browser()->textCursor().position() != first); // the next place (the guide has two)
    for (int i = 0; i < 10 && guide->browser()->textCursor().position() != first; ++i)
        QTest::keyClick(guide->searchField(), Qt::Key_Return);
    REQUIRE(guide->browser()->textCursor().position() == first); // came round to the first place again
    guide->searchField()->clear();
    QTest::keyClicks(guide->searchField(), QStringLiteral("xyzzy-nergens"));
    QTest::keyClick(guide->searchField(), Qt::Key_Return);
    REQUIRE(guide->searchStatus()->text() == QStringLiteral("Not found"));
    QTest::keyClick(guide->searchField(), Qt::Key_Escape);
    REQUIRE(guide->searchField()->text().isEmpty());
    REQUIRE(guide->isVisible()); // the first Esc only cleared the search
    QTest::keyClick(guide, Qt::Key_Escape);
    REQUIRE_FALSE(guide->isVisible());
    QTest::keyClick(&window, Qt::Key_F1); // the same window again
    REQUIRE(window.guide() == guide);
    REQUIRE(guide->isVisible());
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(guide->grab().save(QStringLiteral("/tmp/koers-guide.png")));
    guide->close();

    // About: version, licence and the libraries, the cipher's as the open file reports it.
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    window.showAbout();
    auto* about = window.findChild<AboutDialog*>();
    REQUIRE(about != nullptr);
    REQUIRE(about->isVisible());
    const QString text = about->textLabel()->text();
    REQUIRE(text.contains(QStringLiteral("Koers 9.8.7")));
    REQUIRE(text.contains(QStringLiteral("GPL-3.0-or-later")));
    REQUIRE(text.contains(QStringLiteral("without any warranty")));
    INFO(text.toStdString());
    REQUIRE(text.contains(QRegularExpression(QStringLiteral("SQLCipher [0-9]+\\.[0-9]+"))));
    if (!qEnvironmentVariableIsEmpty("KOERS_SCREENSHOTS"))
        REQUIRE(about->grab().save(QStringLiteral("/tmp/koers-about.png")));
    about->close();
    QCoreApplication::setApplicationVersion(QString());
}
