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
source packaging/screenshot-lib.sh

display=":${DISPLAY_NUM:-97}"
read -r -a languages <<<"${LANGS:-pl bg}"

screenshot_prepare

# The demo mailbox, filled once and copied for each language (opening a
# message marks it read, so every run starts from the same state).
POSTA_FIXTURE_HOME="$work/fixture" cargo test --quiet --test ui -- --ignored fill_conversation_home >/dev/null

start_xvfb

# Runs the window in `lang` with the screenshot page `page` and saves `shot`.
shoot() {
    local lang=$1 page=$2 shot=$3
    rm -rf "$work/home"
    cp -r "$work/fixture" "$work/home"
    launch "$lang" "$work/posta-$lang.log" POSTA_HOME="$work/home" POSTA_OFFLINE=1 "$page=1"
    wait_window '^Posta' "$lang" "$work/posta-$lang.log"
    capture "$shot" || { echo "$lang: nothing drawn" >&2; cat "$work/posta-$lang.log" >&2; exit 1; }
    echo "$shot"
    stop_app
}

for lang in "${languages[@]}"; do
    shoot "$lang" POSTA_SCREENSHOT_CONVERSATION "$out/conversation-$lang.png"
    shoot "$lang" POSTA_SCREENSHOT_HELP "$out/keys-$lang.png"
done
