#!/usr/bin/env bash
# Real screenshots of Posta's main window, taken under Xvfb from the real
# binary on a demo mailbox (crates/posta-testkit/src/mailbox_fixture.rs: two accounts, a
# folder shared by another user, unread counts, coloured tags, a message
# with an attachment).
#
#   bash packaging/screenshots-mailbox.sh
#
# For each language it saves
#   docs/screenshots/mailbox-<lang>.png         folder tree and message list
#   docs/screenshots/mailbox-reader-<lang>.png  the first message opened
# The window runs with POSTA_OFFLINE=1, so it never tries to connect (the
# demo accounts point at mail.example.invalid).
# Needs: xvfb, xdotool, imagemagick.
#
# Environment:
#   POSTA_BIN    the binary to run (default target/debug/posta, built with the test-kit feature)
#   DISPLAY_NUM  the X display number to use (default 98)
#   OUT          where to save the images (default docs/screenshots)
#   WAIT_SECS    how long to wait for each window (default 60)
#   LANGS        languages to shoot (default "en pl sk bg")
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTA_BIN:-target/debug/posta}
display=":${DISPLAY_NUM:-98}"
out=${OUT:-docs/screenshots}
wait_secs=${WAIT_SECS:-60}
read -r -a languages <<<"${LANGS:-en pl sk bg}"
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

# The demo mailbox, filled once and copied for each language (opening a
# message marks it read, so every run starts from the same state).
POSTA_FIXTURE_HOME="$work/fixture" cargo test --quiet --test ui -- --ignored fill_posta_home >/dev/null

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
DISPLAY=$display xdotool getdisplaygeometry >/dev/null || { cat "$work/xvfb.log" >&2; exit 1; }

# Waits until the screen shows a drawn frame (more than a few colours),
# then captures it again once it has settled.
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

for lang in "${languages[@]}"; do
    rm -rf "$work/home"
    cp -r "$work/fixture" "$work/home"
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY \
        DISPLAY="$display" LANG="${locales[$lang]}" \
        POSTA_HOME="$work/home" POSTA_OFFLINE=1 \
        "$bin" >"$work/posta-$lang.log" 2>&1 &
    app_pid=$!

    if ! DISPLAY=$display timeout "$wait_secs" xdotool search --sync --name '^Posta( \([0-9]+\))?$' >/dev/null; then
        echo "$lang: no Posta window within ${wait_secs}s" >&2
        cat "$work/posta-$lang.log" >&2
        exit 1
    fi
    capture "$out/mailbox-$lang.png" || { echo "$lang: nothing drawn" >&2; cat "$work/posta-$lang.log" >&2; exit 1; }
    echo "$out/mailbox-$lang.png"

    # Open the newest message: a click on the first row of the list.
    DISPLAY=$display xdotool mousemove 560 114 click 1
    sleep 1.5
    DISPLAY=$display import -window root "$out/mailbox-reader-$lang.png"
    echo "$out/mailbox-reader-$lang.png"

    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
done
