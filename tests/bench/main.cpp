// Benchmark runner: a QCoreApplication exists so translations and Qt's event machinery behave as in the
// program. Benchmarks run on demand (`build/tests/bench/koers_bench`), never as part of ctest.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
