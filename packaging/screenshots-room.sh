#!/usr/bin/env bash
# Screenshots of what the server's promises look like in the window, under
# Xvfb from the real binary, on the demo mailbox of tests/ui/room_fixture.rs
# (an IMAP account at 88 % of its quota, a POP3 account with three large
# messages held back on the server).
#
#   bash packaging/screenshots-room.sh
#
# For each language it saves, in docs/screenshots/:
#   quota-<lang>.png        the quota meter in the folder tree and the 80 % bar
#   make-room-<lang>.png    "Make room": the largest messages
#   server-<lang>.png       the POP3 server mailbox
#   held-back-<lang>.png    the POP3 INBOX with its held-back placeholders
# The window runs with POSTA_OFFLINE=1 and never connects.
# Needs: xvfb, xdotool, imagemagick.
#
# Environment: POSTA_BIN (default target/debug/posta), DISPLAY_NUM (97),
# OUT (docs/screenshots), WAIT_SECS (60), LANGS (default "pl sk").
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTA_BIN:-target/debug/posta}
display=":${DISPLAY_NUM:-97}"
out=${OUT:-docs/screenshots}
wait_secs=${WAIT_SECS:-60}
read -r -a languages <<<"${LANGS:-pl sk}"
declare -A locales=([en]=en_US.UTF-8 [pl]=pl_PL.UTF-8 [sk]=sk_SK.UTF-8 [bg]=bg_BG.UTF-8)

for tool in Xvfb xdotool import identify; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
# The screenshot pages exist only in a test-kit build (Cargo.toml).
[ -n "${POSTA_BIN:-}" ] || cargo build --features test-kit
mkdir -p "$out"
work=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

POSTA_FIXTURE_HOME="$work/fixture" cargo test --quiet --test ui -- --ignored fill_room_home >/dev/null

if [ -e "/tmp/.X11-unix/X${display#:}" ]; then
    echo "display $display is already in use; set DISPLAY_NUM to a free one" >&2
    exit 1
fi
Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done

# Waits until the screen shows a drawn frame, then captures it settled.
capture() {
    local shot=$1
    for _ in $(seq $((wait_secs * 2))); do
        sleep 0.5
        DISPLAY=$display import -window root "$shot"
        if [ "$(identify -format '%k' "$shot")" -gt 16 ]; then
            sleep 1
            DISPLAY=$display import -window root "$shot"
            return 0
        fi
    done
    return 1
}

# shot NAME LANG VIEW: the window with POSTA_SCREENSHOT_ROOM=VIEW.
shot() {
    local name=$1 lang=$2 view=$3
    rm -rf "$work/home"
    cp -r "$work/fixture" "$work/home"
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY \
        DISPLAY="$display" LANG="${locales[$lang]}" \
        POSTA_HOME="$work/home" POSTA_OFFLINE=1 POSTA_SCREENSHOT_ROOM="$view" \
        "$bin" >"$work/posta-$lang.log" 2>&1 &
    app_pid=$!
    if ! DISPLAY=$display timeout "$wait_secs" xdotool search --sync --name '^Posta' >/dev/null; then
        echo "$lang: no Posta window within ${wait_secs}s" >&2
        cat "$work/posta-$lang.log" >&2
        exit 1
    fi
    capture "$out/$name-$lang.png" || { echo "$lang: nothing drawn" >&2; exit 1; }
    echo "$out/$name-$lang.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}

for lang in "${languages[@]}"; do
    shot quota "$lang" "1:inbox"
    shot make-room "$lang" "1:make-room"
    shot server "$lang" "2:server"
    shot held-back "$lang" "2:inbox"
done
