#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and UBSan in build-fuzz, seeds their
# corpora from tests/data and tests/fuzz/seeds, and runs each target for a bounded time.
#   scripts/fuzz.sh [seconds per target, default 60] [target ...]
# A crash, leak, timeout or out-of-memory input lands in build-fuzz/findings/<target>/. Once fixed, commit it
# to tests/data/fuzz/<target>/: the normal test suite replays every file there (tests/core/fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv sync_archive sync_package)
build=${KOERS_FUZZ_BUILD_DIR:-build-fuzz}

bash scripts/deps.sh fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKOERS_FUZZ=ON -DKOERS_BUILD_TESTS=OFF \
    -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

declare -A seeds=(
    [csv]="tests/data/csv tests/data/import tests/data/sync"
    [sync_archive]="tests/fuzz/seeds/sync_archive"
    [sync_package]="tests/fuzz/seeds/sync_package tests/data/sync"
)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

status=0
summary=()
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    findings="$build/findings/$target"
    mkdir -p "$corpus" "$findings"
    for dir in ${seeds[$target]} "tests/data/fuzz/$target"; do
        [ -d "$dir" ] && find "$dir" -maxdepth 1 -type f -exec cp {} "$corpus/" \;
    done
    log="$build/fuzz-$target.log"
    echo "== $target: $seconds s, corpus $(ls "$corpus" | wc -l) files"
    if "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1; then
        result="clean"
    else
        result="FINDING (see $log)"
        status=1
    fi
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    found=$(find "$findings" -type f | wc -l)
    summary+=("$target: $execs executions, $found finding file(s) in $findings, $result")
done
printf '%s\n' "${summary[@]}"
exit $status
