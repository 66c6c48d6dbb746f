#!/usr/bin/env bash
# Renders the app icon (resources/icons/quorum.svg) at the hicolor theme's standard sizes into
# packaging/icons/SIZE.png. Run it after changing the SVG and commit the result (rsvg-convert,
# Debian's librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio resources/icons/quorum.svg -o "packaging/icons/$size.png"
done
