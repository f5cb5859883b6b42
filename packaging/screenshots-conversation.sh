#!/usr/bin/env bash
# Real screenshots of a conversation and of the keyboard help, taken under
# Xvfb from the real binary on the demo mailbox with its inbox grouped by
# conversation (tests/ui/ui_conversation.rs, fill_conversation_home).
#
#   bash packaging/screenshots-conversation.sh
#
# For each language it saves
#   docs/screenshots/conversation-<lang>.png  a conversation of four open
#   docs/screenshots/keys-<lang>.png          the ? overlay
# The window runs with POSTA_OFFLINE=1, so it never tries to connect.
# Needs: xvfb, xdotool, imagemagick.
#
# Environment:
#   POSTA_BIN    the binary to run (default target/debug/posta, built with the test-kit feature)
#   DISPLAY_NUM  the X display number to use (default 97)
#   OUT          where to save the images (default docs/screenshots)
#   WAIT_SECS    how long to wait for each window (default 60)
#   LANGS        languages to shoot (default "pl bg")
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTA_BIN:-target/debug/posta}
display=":${DISPLAY_NUM:-97}"
out=${OUT:-docs/screenshots}
wait_secs=${WAIT_SECS:-60}
read -r -a languages <<<"${LANGS:-pl bg}"
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
POSTA_FIXTURE_HOME="$work/fixture" cargo test --quiet --test ui -- --ignored fill_conversation_home >/dev/null

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

# Runs the window in `lang` with the screenshot page `page` and saves `shot`.
shoot() {
    local lang=$1 page=$2 shot=$3
    rm -rf "$work/home"
    cp -r "$work/fixture" "$work/home"
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY \
        DISPLAY="$display" LANG="${locales[$lang]}" \
        POSTA_HOME="$work/home" POSTA_OFFLINE=1 "$page=1" \
        "$bin" >"$work/posta-$lang.log" 2>&1 &
    app_pid=$!
    if ! DISPLAY=$display timeout "$wait_secs" xdotool search --sync --name '^Posta' >/dev/null; then
        echo "$lang: no Posta window within ${wait_secs}s" >&2
        cat "$work/posta-$lang.log" >&2
        exit 1
    fi
    capture "$shot" || { echo "$lang: nothing drawn" >&2; cat "$work/posta-$lang.log" >&2; exit 1; }
    echo "$shot"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}

for lang in "${languages[@]}"; do
    shoot "$lang" POSTA_SCREENSHOT_CONVERSATION "$out/conversation-$lang.png"
    shoot "$lang" POSTA_SCREENSHOT_HELP "$out/keys-$lang.png"
done
