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
source packaging/screenshot-lib.sh

display=":${DISPLAY_NUM:-98}"
read -r -a languages <<<"${LANGS:-en pl sk bg}"

screenshot_prepare

# The demo mailbox, filled once and copied for each language (opening a
# message marks it read, so every run starts from the same state).
POSTA_FIXTURE_HOME="$work/fixture" cargo test --quiet --test ui -- --ignored fill_posta_home >/dev/null

start_xvfb

for lang in "${languages[@]}"; do
    rm -rf "$work/home"
    cp -r "$work/fixture" "$work/home"
    launch "$lang" "$work/posta-$lang.log" POSTA_HOME="$work/home" POSTA_OFFLINE=1
    wait_window '^Posta( \([0-9]+\))?$' "$lang" "$work/posta-$lang.log"
    capture "$out/mailbox-$lang.png" || { echo "$lang: nothing drawn" >&2; cat "$work/posta-$lang.log" >&2; exit 1; }
    echo "$out/mailbox-$lang.png"

    # Open the newest message: a click on the first row of the list.
    DISPLAY=$display xdotool mousemove 560 114 click 1
    sleep 1.5
    DISPLAY=$display import -window root "$out/mailbox-reader-$lang.png"
    echo "$out/mailbox-reader-$lang.png"

    stop_app
done
