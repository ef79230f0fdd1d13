// The keyboard in the main window: no mnemonic of a screen clashes with the menu bar, the search field leads into
// the list, the goal form's Tab order, and Esc on the lock screen.
#include "core/CatchQtPrinters.h"

#include "MainWindow.h"
#include "Startup.h"
#include "caseload/CaseloadView.h"
#include "core/storage/TestSupport.h"
#include "dossier/DossierView.h"
#include "dossier/PlanTab.h"
#include "services/ClientService.h"
#include "settings/AppSettings.h"
#include "start/StartDialog.h"
#include "ui/ScriptedPrompts.h"
#include "widgets/DateField.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace koers;
using namespace koers::test;

namespace {

const QByteArray kPass = "een lange wachtzin voor de test";

// The Dutch texts for the lifetime of the object (the widgets must be made after it).
class Dutch {
public:
    Dutch() {
        qputenv("KOERS_LANG", "nl");
        m_translators = installTranslators(*qApp);
    }
    ~Dutch() {
        for (QTranslator* t : m_translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        qunsetenv("KOERS_LANG");
        QLocale::setDefault(QLocale(QLocale::English));
    }
    Q_DISABLE_COPY(Dutch)

private:
    QList<QTranslator*> m_translators;
};

struct Desk {
    QTemporaryDir dir;
    ScriptedPrompts prompts;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    FixedClock clock{fixedNow()};
    QString path = dir.filePath(QStringLiteral("k.koers"));
    MainWindow window{settings, clock, prompts};
    QString id;

    Desk() {
        auto store = Store::create(path, kPass, clock, QStringLiteral("t"));
        ClientService clients(*store.value());
        for (const char* last : {"Jansen", "Kaya", "Bakker"}) {
            Client c;
            c.firstNames = QStringLiteral("Sam");
            c.lastName = QString::fromUtf8(last);
            id = clients.addClient(c).value().meta.id;
        }
        window.setStore(std::move(store.value()), path);
        window.resize(1280, 720);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

QChar mnemonicOf(const QString& text) {
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    return QKeySequence(key[0].key()).toString().at(0).toLower();
}

// "Name: text" of every visible label (with a buddy), button and tab whose mnemonic is one of `letters`.
QStringList clashes(QWidget* root, const QString& letters) {
    QStringList out;
    auto check = [&](const QString& text) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull() && letters.contains(m))
            out << text;
    };
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisible() && label->buddy())
            check(label->text());
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisible())
            check(button->text());
    for (QTabBar* bar : root->findChildren<QTabBar*>())
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                check(bar->tabText(i));
    return out;
}

} // namespace

TEST_CASE("No label, button or tab of the window takes a letter of the menu bar (Dutch)", "[ui][keyboard]") {
    Dutch dutch;
    Desk desk;
    QString menuLetters;
    for (QAction* menu : desk.window.menuBar()->actions())
        menuLetters += mnemonicOf(menu->text());
    REQUIRE(menuLetters.contains(u'b')); // &Bestand
    desk.window.openClient(desk.id);
    QTabWidget* pages = desk.window.dossier()->tabs();
    QStringList found;
    for (int page = 0; page < desk.window.tabs()->count(); ++page) {
        desk.window.tabs()->setCurrentIndex(page);
        for (int tab = 0; tab < (desk.window.tabs()->currentWidget() == desk.window.dossier() ? pages->count() : 1);
             ++tab) {
            pages->setCurrentIndex(tab);
            QApplication::processEvents();
            found << clashes(desk.window.centralWidget(), menuLetters);
        }
    }
    found.removeDuplicates();
    CAPTURE(menuLetters);
    REQUIRE(found == QStringList{});

    // The BSN field keeps a letter of its own (Alt+B opened it instead of Bestand, and the next key overwrote it).
    QLabel* bsn = nullptr;
    for (QLabel* label : desk.window.dossier()->findChildren<QLabel*>())
        if (label->text().remove(u'&') == u"BSN")
            bsn = label;
    REQUIRE(bsn);
    REQUIRE(mnemonicOf(bsn->text()) == u'n');
}

TEST_CASE("Down and Enter go from the search field into the list; Esc clears the search", "[ui][keyboard]") {
    Desk desk;
    CaseloadView* caseload = desk.window.caseload();
    desk.window.tabs()->setCurrentWidget(caseload);
    QLineEdit* search = caseload->searchField();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("sam"));
    REQUIRE(caseload->proxy()->rowCount() == 3);
    QTest::keyClick(search, Qt::Key_Down);
    REQUIRE(caseload->table()->hasFocus());
    REQUIRE(caseload->table()->currentIndex().row() == 0);

    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    REQUIRE(search->text().isEmpty());
    REQUIRE(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("jansen"));
    caseload->table()->clearSelection();
    caseload->table()->setCurrentIndex({});
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(caseload->table()->hasFocus());
    REQUIRE(caseload->table()->currentIndex().data().toString().contains(QStringLiteral("Jansen")));
}

TEST_CASE("Tab in the goal form reaches Add goal before Add PIP version", "[ui][keyboard]") {
    Desk desk;
    desk.window.openClient(desk.id);
    PlanTab* plan = desk.window.dossier()->planTab();
    desk.window.dossier()->tabs()->setCurrentWidget(plan);
    plan->goalDueField()->setFocus();
    QTest::keyClick(plan->goalDueField(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == static_cast<QWidget*>(plan->addGoalButton()));
    plan->goalField()->setFocus();
    for (int i = 0; i < 4; ++i) // goal, action, who, by, then the button
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == static_cast<QWidget*>(plan->addGoalButton()));
}

TEST_CASE("Esc on the lock screen does not close the file", "[ui][keyboard][lock]") {
    Desk desk;
    desk.window.lock(false);
    REQUIRE(desk.window.isLocked());
    StartDialog* unlock = desk.window.unlockDialog();
    REQUIRE(unlock);
    QTest::keyClick(unlock->passphraseField(), Qt::Key_Escape);
    QApplication::processEvents();
    REQUIRE(desk.window.unlockDialog() == unlock);
    REQUIRE(unlock->isVisible());
    REQUIRE(desk.window.isVisible());
    QTest::keyClicks(unlock->passphraseField(), QString::fromUtf8(kPass));
    QTest::mouseClick(unlock->openButton(), Qt::LeftButton);
    REQUIRE_FALSE(desk.window.isLocked());
}
