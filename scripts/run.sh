#!/usr/bin/env bash
# Installs what is missing, builds, and starts Koers on a demo database that is made on first start.
# The demo file is build/demo.koers with the passphrase "demo" (invented clients only).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
build=${KOERS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2

demo="$build/demo.koers"
if [ ! -f "$demo" ]; then
    echo "Making the demo database $demo (500 invented clients; passphrase: demo)"
    echo "demo" | "$build/app/koers-cli" --db "$demo" demo --clients 500 --seed 1
fi
echo "Starting Koers on $demo - the passphrase is: demo"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting under xvfb-run (nothing will be visible)." >&2
    exec xvfb-run -a "$build/app/koers" "$demo"
fi
exec "$build/app/koers" "$demo"
