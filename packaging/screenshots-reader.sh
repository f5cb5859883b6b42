#!/usr/bin/env bash
# Screenshots of the reader under Xvfb from the real binary (#12): the
# Polish invoice, and the Slovak newsletter with its remote images blocked
# and then shown (served by a local web server, so "Show" really fetches).
#
#   bash packaging/screenshots-reader.sh
#
# Saves docs/screenshots/reader-{invoice,invitation,newsletter-blocked,newsletter-shown}-<lang>.png
# Needs: xvfb, xdotool, imagemagick, python3.
# Environment: POSTA_BIN (default target/debug/posta), DISPLAY_NUM (97),
# OUT (docs/screenshots), LANGS (default "pl sk").
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTA_BIN:-target/debug/posta}
display=":${DISPLAY_NUM:-97}"
out=${OUT:-docs/screenshots}
read -r -a languages <<<"${LANGS:-pl sk}"
declare -A locales=([en]=en_US.UTF-8 [pl]=pl_PL.UTF-8 [sk]=sk_SK.UTF-8 [bg]=bg_BG.UTF-8)
[ -n "${POSTA_BIN:-}" ] || cargo build
mkdir -p "$out"
work=$(mktemp -d)
xvfb_pid= app_pid= web_pid=
cleanup() {
    for pid in $app_pid $web_pid $xvfb_pid; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# The remote images, on a local web server.
mkdir -p "$work/web"
convert -size 600x200 gradient:'#1d4e89-#7fb3d5' -font "$PWD/resources/fonts/DejaVuSans-Bold.ttf" -gravity center -fill white -pointsize 44 \
    -annotate 0 'ZIMA −20 %' "$work/web/banner-zima.jpg"
convert -size 1x1 xc:white "$work/web/open.gif"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$work/web" && exec python3 -m http.server "$port" --bind 127.0.0.1 >"$work/web.log" 2>&1) &
web_pid=$!
for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1',$port))" 2>/dev/null && break; sleep 0.1; done

POSTA_FIXTURE_HOME="$work/fixture" POSTA_REMOTE_BASE="http://127.0.0.1:$port" \
    cargo test --quiet --test cli -- --ignored fill_reading_home >/dev/null

Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

shot() { sleep "${2:-1.5}"; DISPLAY=$display import -window root "$1"; echo "$1"; }
# Rows, newest first: 1 hostile … 7 newsletter, 8 invoice (26 px each).
row_y() { echo $((114 + ($1 - 1) * 26)); }

for lang in "${languages[@]}"; do
    rm -rf "$work/home"; cp -r "$work/fixture" "$work/home"
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY DISPLAY="$display" \
        LANG="${locales[$lang]}" POSTA_HOME="$work/home" POSTA_OFFLINE=1 "$bin" >"$work/posta-$lang.log" 2>&1 &
    app_pid=$!
    DISPLAY=$display timeout 60 xdotool search --sync --name '^Posta' >/dev/null
    sleep 3
    DISPLAY=$display xdotool mousemove 560 "$(row_y 8)" click 1
    shot "$out/reader-invoice-$lang.png"
    DISPLAY=$display xdotool mousemove 560 "$(row_y 6)" click 1
    shot "$out/reader-invitation-$lang.png"
    DISPLAY=$display xdotool mousemove 560 "$(row_y 7)" click 1
    shot "$out/reader-newsletter-blocked-$lang.png"
    # "Show for this message": SHOW_X/SHOW_Y from the blocked screenshot.
    declare -A show_x=([pl]=748 [sk]=748 [en]=748 [bg]=748)
    DISPLAY=$display xdotool mousemove "${SHOW_X:-${show_x[$lang]}}" "${SHOW_Y:-422}" click 1
    shot "$out/reader-newsletter-shown-$lang.png" 3
    kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=
done
