// koers: the desktop window. Opens a file through the start dialog (optionally given on the command
// line), then the main window; the idle lock and all data handling live in ui/ and core/.
#include "MainWindow.h"
#include "Startup.h"
#include "prompts/QtPrompts.h"
#include "settings/AppSettings.h"
#include "start/StartDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char** argv) {
    koers::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Koers"));
    QApplication::setOrganizationName(QStringLiteral("Koers"));
    QApplication::setApplicationVersion(QStringLiteral(KOERS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("koers"));
    koers::installTranslators(app);
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/koers-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    koers::AppSettings settings;
    koers::SystemClock clock;
    koers::QtPrompts prompts;
    const QStringList args = QApplication::arguments();
    const QString given = args.size() > 1 ? QFileInfo(args.at(1)).absoluteFilePath() : QString();

    koers::StartDialog start(settings, clock, prompts, koers::StartDialog::Mode::Start, given);
    if (start.exec() != QDialog::Accepted)
        return 0;
    koers::MainWindow window(settings, clock, prompts);
    window.setStore(start.takeStore(), start.openedPath());
    window.show();
    return QApplication::exec();
}
