// Hub test runner: a QApplication on the offscreen platform (the sync dialog is tested here, against the
// real hub), English texts unless KOERS_LANG asks otherwise (Dutch screenshots: KOERS_LANG=nl).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Startup.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (!qEnvironmentVariableIsEmpty("KOERS_LANG"))
        koers::installTranslators(app);
    return Catch::Session().run(argc, argv);
}
