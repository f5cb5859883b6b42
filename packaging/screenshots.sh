#!/usr/bin/env bash
# Real screenshots of Posta's window, one per language, taken under Xvfb.
#
#   bash packaging/screenshots.sh
#
# Starts a virtual X server, runs the binary once per language with
# LANG=xx_XX.UTF-8, waits for the window and its first drawn frame, and
# saves docs/screenshots/home-<lang>.png. Needs: xvfb, xdotool, imagemagick.
#
# Environment:
#   POSTA_BIN    the binary to run (default target/debug/posta, built with the test-kit feature)
#   DISPLAY_NUM  the X display number to use (default 99)
#   OUT          where to save the images (default docs/screenshots)
#   WAIT_SECS    how long to wait for each window (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/screenshot-lib.sh

display=":${DISPLAY_NUM:-99}"
languages=(en pl sk bg)

screenshot_prepare
start_xvfb

for lang in "${languages[@]}"; do
    launch "$lang" "$work/posta-$lang.log"
    wait_window '^Posta( \([0-9]+\))?$' "$lang" "$work/posta-$lang.log"
    shot="$out/home-$lang.png"
    drawn=1
    capture "$shot" || drawn=0
    stop_app
    if [ "$drawn" -ne 1 ]; then
        echo "$lang: the window never drew anything" >&2
        cat "$work/posta-$lang.log" >&2
        exit 1
    fi
    echo "$shot"
done
