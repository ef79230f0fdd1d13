// libFuzzer entry point: koers::fuzz::syncArchiveInput (see FuzzTargets.h). Built with KOERS_FUZZ=ON; run by
// scripts/fuzz.sh.
#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)koers::fuzz::syncArchiveInput(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
