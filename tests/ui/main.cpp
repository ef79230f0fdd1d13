// UI test runner: a QApplication (widgets need one). Offscreen unless QT_QPA_PLATFORM says otherwise, so
// the tests (and CTest's test discovery at build time) run without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
