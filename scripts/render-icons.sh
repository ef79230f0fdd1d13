#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from resources/icons/koers.svg (needs rsvg-convert from
# Debian's librsvg2-bin). The PNGs are committed, so building Koers does not need this tool.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" koers.svg --output "koers-$size.png"
done
