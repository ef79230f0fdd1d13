// Benchmark runner: a QCoreApplication exists so QProcess and translations behave as in the program.
// Run on demand, e.g. `build-release/tests/bench/koers_bench "[import]"`; never part of ctest.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
