#!/usr/bin/env bash
# Screenshots of the compose window and the folder sharing dialog under
# Xvfb, in English and Slovak (and any languages given as arguments):
#
#   bash packaging/screenshots-compose.sh [en sk pl bg]
#
# Opens each window straight away through POSTA_SCREENSHOT_OVERLAY (see
# crates/posta-ui/src/screen/compose/screenshot.rs), with sample data from the
# environment; nothing connects to a server. Saves
# docs/screenshots/{compose-new,compose-reply,share,share-custom,share-shared,share-pop3}-<lang>.png.
# Needs: xvfb, xdotool, imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTA_BIN:-target/debug/posta}
display=":${DISPLAY_NUM:-98}"
out=${OUT:-docs/screenshots}
wait_secs=${WAIT_SECS:-60}
languages=("$@")
[ ${#languages[@]} -eq 0 ] && languages=(en sk)
declare -A locales=([en]=en_US.UTF-8 [pl]=pl_PL.UTF-8 [sk]=sk_SK.UTF-8 [bg]=bg_BG.UTF-8)
shots=(compose-new compose-reply share share-custom share-shared share-pop3)

for tool in Xvfb xdotool import identify; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
# The screenshot pages exist only in a test-kit build (Cargo.toml).
[ -n "${POSTA_BIN:-}" ] || cargo build --features test-kit
mkdir -p "$out"
logs=$(mktemp -d)
home=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$logs" "$home"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done

for lang in "${languages[@]}"; do
    for shot in "${shots[@]}"; do
        acl="bob:lr;carol:lrswikxte;alice:lrswipkxtea"
        [ "$shot" = share-shared ] && acl="bob:lr"
        folder="Projekty"
        [ "$shot" = share-shared ] && folder="shared/alice/Projekty"
        env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY \
            DISPLAY="$display" LANG="${locales[$lang]}" POSTA_HOME="$home" POSTA_OFFLINE=1 \
            POSTA_SCREENSHOT_OVERLAY="$shot" \
            POSTA_SCREENSHOT_ACCOUNT="Alica Malá|alica@example.sk|alice" \
            POSTA_SCREENSHOT_FOLDER="$folder" POSTA_SCREENSHOT_ACL="$acl" \
            "$bin" >"$logs/posta-$lang-$shot.log" 2>&1 &
        app_pid=$!
        if ! DISPLAY=$display timeout "$wait_secs" xdotool search --sync --name '^Posta( \([0-9]+\))?$' >/dev/null; then
            echo "$lang $shot: no window" >&2
            cat "$logs/posta-$lang-$shot.log" >&2
            exit 1
        fi
        file="$out/$shot-$lang.png"
        for _ in $(seq $((wait_secs * 2))); do
            sleep 0.5
            DISPLAY=$display import -window root "$file"
            [ "$(identify -format '%k' "$file")" -gt 16 ] && break
        done
        # One more frame, so text that was still being laid out is there.
        sleep 1
        DISPLAY=$display import -window root "$file"
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=
        echo "saved $file"
    done
done
