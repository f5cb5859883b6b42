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
source packaging/screenshot-lib.sh

display=":${DISPLAY_NUM:-97}"
read -r -a languages <<<"${LANGS:-pl sk}"

screenshot_prepare

POSTA_FIXTURE_HOME="$work/fixture" cargo test --quiet --test ui -- --ignored fill_room_home >/dev/null

start_xvfb

# shot NAME LANG VIEW: the window with POSTA_SCREENSHOT_ROOM=VIEW.
shot() {
    local name=$1 lang=$2 view=$3
    rm -rf "$work/home"
    cp -r "$work/fixture" "$work/home"
    launch "$lang" "$work/posta-$lang.log" POSTA_HOME="$work/home" POSTA_OFFLINE=1 POSTA_SCREENSHOT_ROOM="$view"
    wait_window '^Posta' "$lang" "$work/posta-$lang.log"
    capture "$out/$name-$lang.png" || { echo "$lang: nothing drawn" >&2; exit 1; }
    echo "$out/$name-$lang.png"
    stop_app
}

for lang in "${languages[@]}"; do
    shot quota "$lang" "1:inbox"
    shot make-room "$lang" "1:make-room"
    shot server "$lang" "2:server"
    shot held-back "$lang" "2:inbox"
done
