#!/usr/bin/env bash
# Renders the PNG sizes of Posta's icon from the SVGs (needs librsvg2-bin):
# 16 px from the small drawing, the others from the main one. The PNGs are
# committed; run this after changing an SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 48 128 256; do
    svg=org.posta.Posta.svg
    [ "$size" -gt 16 ] || svg=org.posta.Posta-small.svg
    mkdir -p "$size"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$size/org.posta.Posta.png"
done
