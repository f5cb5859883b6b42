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
source packaging/screenshot-lib.sh

display=":${DISPLAY_NUM:-98}"
languages=("$@")
[ ${#languages[@]} -eq 0 ] && languages=(en sk)
shots=(compose-new compose-reply share share-custom share-shared share-pop3)

screenshot_prepare
home="$work/home"
mkdir "$home"
start_xvfb

for lang in "${languages[@]}"; do
    for shot in "${shots[@]}"; do
        acl="bob:lr;carol:lrswikxte;alice:lrswipkxtea"
        [ "$shot" = share-shared ] && acl="bob:lr"
        folder="Projekty"
        [ "$shot" = share-shared ] && folder="shared/alice/Projekty"
        log="$work/posta-$lang-$shot.log"
        launch "$lang" "$log" POSTA_HOME="$home" POSTA_OFFLINE=1 \
            POSTA_SCREENSHOT_OVERLAY="$shot" \
            POSTA_SCREENSHOT_ACCOUNT="Alica Malá|alica@example.sk|alice" \
            POSTA_SCREENSHOT_FOLDER="$folder" POSTA_SCREENSHOT_ACL="$acl"
        wait_window '^Posta( \([0-9]+\))?$' "$lang $shot" "$log"
        file="$out/$shot-$lang.png"
        capture "$file" || true
        stop_app
        echo "saved $file"
    done
done
