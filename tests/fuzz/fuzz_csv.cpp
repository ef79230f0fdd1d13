// libFuzzer entry point: koers::fuzz::csvInput (see FuzzTargets.h). Built with KOERS_FUZZ=ON; run by scripts/fuzz.sh.
#include "FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)koers::fuzz::csvInput(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
