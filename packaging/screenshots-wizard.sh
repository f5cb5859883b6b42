#!/usr/bin/env bash
# Screenshots of every page of the setup wizard in English, Polish, Slovak
# and Bulgarian, taken under Xvfb at 1024×700:
#
#   bash packaging/screenshots-wizard.sh
#
# saves docs/screenshots/wizard-<page>-<lang>.png. The pages are opened with
# POSTA_SCREENSHOT_STEP (see crates/posta-ui/src/screen/wizard/screenshot.rs); the ones
# after detection talk to a throw-away Dovecot and SMTP server on loopback
# started by tests/ui/wizard_screenshots.rs, which this script runs. Needs:
# xvfb, xdotool, imagemagick, dovecot-imapd, dovecot-pop3d, openssl.
#
# Environment:
#   POSTA_BIN    the binary (default target/debug/posta, built with the test-kit feature)
#   DISPLAY_NUM  the X display number to use (default 98)
#   OUT          where to save the images (default docs/screenshots)
#   STEPS        comma-separated pages to take (default: all)
#   LANGS        comma-separated languages (default: en,pl,sk,bg)
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTA_BIN:-target/debug/posta}
display=":${DISPLAY_NUM:-98}"
export OUT=${OUT:-docs/screenshots}

for tool in Xvfb xdotool import dovecot openssl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick dovecot-imapd dovecot-pop3d openssl)" >&2; exit 1; }
done
# The screenshot pages exist only in a test-kit build (Cargo.toml).
[ -n "${POSTA_BIN:-}" ] || cargo build --features test-kit
export POSTA_BIN=$(realpath "$bin")
mkdir -p "$OUT"
export OUT=$(realpath "$OUT")

if [ -e "/tmp/.X11-unix/X${display#:}" ]; then
    echo "display $display is already in use; set DISPLAY_NUM to a free one" >&2
    exit 1
fi
log=$(mktemp)
Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >"$log" 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
    DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done
DISPLAY=$display xdotool getdisplaygeometry >/dev/null || { cat "$log" >&2; exit 1; }

DISPLAY=$display cargo test --test ui -- --ignored --nocapture --test-threads=1 wizard_screenshots::
