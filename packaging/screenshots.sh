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

bin=${POSTA_BIN:-target/debug/posta}
display=":${DISPLAY_NUM:-99}"
out=${OUT:-docs/screenshots}
wait_secs=${WAIT_SECS:-60}
languages=(en pl sk bg)
declare -A locales=([en]=en_US.UTF-8 [pl]=pl_PL.UTF-8 [sk]=sk_SK.UTF-8 [bg]=bg_BG.UTF-8)

for tool in Xvfb xdotool import identify; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
# The screenshot pages exist only in a test-kit build (Cargo.toml).
[ -n "${POSTA_BIN:-}" ] || cargo build --features test-kit
mkdir -p "$out"
logs=$(mktemp -d)

xvfb_pid=
app_pid=
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$logs"
}
trap cleanup EXIT

if [ -e "/tmp/.X11-unix/X${display#:}" ]; then
    echo "display $display is already in use; set DISPLAY_NUM to a free one" >&2
    exit 1
fi
Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done
DISPLAY=$display xdotool getdisplaygeometry >/dev/null || { cat "$logs/xvfb.log" >&2; exit 1; }

for lang in "${languages[@]}"; do
    # Only LANG decides: clear the variables that would override it, and
    # Wayland, so winit talks to the virtual X server.
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY \
        DISPLAY="$display" LANG="${locales[$lang]}" \
        "$bin" >"$logs/posta-$lang.log" 2>&1 &
    app_pid=$!

    if ! DISPLAY=$display timeout "$wait_secs" xdotool search --sync --name '^Posta( \([0-9]+\))?$' >/dev/null; then
        echo "$lang: no Posta window within ${wait_secs}s" >&2
        cat "$logs/posta-$lang.log" >&2
        exit 1
    fi

    # The window is mapped before its first frame is drawn: wait until the
    # screen shows more than a couple of colours (text is anti-aliased).
    shot="$out/home-$lang.png"
    drawn=0
    for _ in $(seq $((wait_secs * 2))); do
        sleep 0.5
        DISPLAY=$display import -window root "$shot"
        if [ "$(identify -format '%k' "$shot")" -gt 16 ]; then
            drawn=1
            break
        fi
    done
    # One more capture after the frame settled (fonts, layout).
    sleep 1
    DISPLAY=$display import -window root "$shot"

    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=

    if [ "$drawn" -ne 1 ]; then
        echo "$lang: the window never drew anything" >&2
        cat "$logs/posta-$lang.log" >&2
        exit 1
    fi
    echo "$shot"
done
