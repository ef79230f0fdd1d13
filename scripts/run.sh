#!/usr/bin/env bash
# Installs what is missing, builds, and starts Koers on a demo database that is made on first start.
# The demo file is build/demo.koers with the passphrase "demo" (synthetic data only).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
build=${KOERS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2

demo="$build/demo.koers"
if [ ! -f "$demo" ]; then
    echo "demo" | "$build/app/koers-cli" --db "$demo" demo --clients 500 --seed 1
fi
# Until the window exists, the command line proves the path: the caseload of the demo file.
echo "demo" | "$build/app/koers-cli" --db "$demo" check
echo "demo" | "$build/app/koers-cli" --db "$demo" list | head -n 25
