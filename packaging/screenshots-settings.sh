#!/usr/bin/env bash
# Screenshots of the settings screen and the password bar under Xvfb, in
# Polish and Bulgarian (and any languages given as arguments):
#
#   bash packaging/screenshots-settings.sh [pl bg en sk]
#
# A sample POP3 account (a pinned certificate, a second identity) and an
# IMAP account with a few folders (one unsubscribed) are written to a
# temporary POSTA_HOME, with two senders allowed remote content; POSTA_SCREENSHOT_SETTINGS opens a page of the
# settings and POSTA_SCREENSHOT_BAR shows a bar (see crates/posta-ui/src/app.rs and
# crates/posta-ui/src/screen/mailbox/bars.rs); nothing connects to a server. Saves
# docs/screenshots/{settings-general,settings-account,settings-incoming,settings-mail,
# settings-folders,settings-identities,settings-remove,bar-password,bar-certificate}-<lang>.png.
# Needs: xvfb, xdotool, imagemagick, sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${POSTA_BIN:-target/debug/posta}
display=":${DISPLAY_NUM:-97}"
out=${OUT:-docs/screenshots}
wait_secs=${WAIT_SECS:-60}
languages=("$@")
[ ${#languages[@]} -eq 0 ] && languages=(pl bg)
declare -A locales=([en]=en_US.UTF-8 [pl]=pl_PL.UTF-8 [sk]=sk_SK.UTF-8 [bg]=bg_BG.UTF-8)
shots=(settings-general settings-account settings-incoming settings-mail settings-folders settings-identities settings-remove bar-password bar-certificate)

for tool in Xvfb xdotool import identify sqlite3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
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

cat >"$home/config.toml" <<'TOML'
[[accounts]]
id = 1
name = "Poczta służbowa — Przedsiębiorstwo"
email = "malgorzata.wisniewska@przedsiebiorstwo.pl"
display_name = "Małgorzata Wiśniewska"
protocol = "pop3"
host = "pop3.przedsiebiorstwo.pl"
port = 995
security = "tls"
user = "malgorzata.wisniewska"
pinned_fingerprint = "3A:1F:9C:07:B2:44:E8:51:6D:0A:C3:97:2E:F1:58:BB:64:09:D7:3C:A2:81:5E:F0:12:6B:9D:C4:77:30:E5:AF"
keep_copy = "days:14"
max_download_size = 26214400

[accounts.smtp]
host = "smtp.przedsiebiorstwo.pl"
port = 465
security = "tls"
user = "malgorzata.wisniewska"

[[identities]]
account = 1
name = "Dział sprzedaży"
email = "sprzedaz@przedsiebiorstwo.pl"
reply_to = "biuro@przedsiebiorstwo.pl"
signature = "--\nDział sprzedaży\ntel. +48 22 123 45 67"

[[accounts]]
id = 2
name = "Uczelnia"
email = "m.wisniewska@uczelnia.edu.pl"
protocol = "imap"
host = "imap.uczelnia.edu.pl"
port = 993
security = "tls"
user = "m.wisniewska"

[[account_colors]]
account = 1
color = "#2a7ab8"
TOML

# The store: senders allowed remote content, and the IMAP account's folders
# as a sync would have left them (Archiwum/2019 unsubscribed).
POSTA_HOME="$home" "$bin" remote-content allow newsletter@ksiegarnia-wysylkowa.pl >/dev/null
POSTA_HOME="$home" "$bin" remote-content allow biuletyn@uczelnia.edu.pl >/dev/null
sqlite3 "$home/posta.sqlite3" <<'SQL'
INSERT OR IGNORE INTO accounts (id, name) VALUES (2, 'Uczelnia');
INSERT INTO folders (account_id, name, wire_name, delimiter, role, subscribed) VALUES
    (2, 'INBOX', 'INBOX', '/', 'inbox', 1),
    (2, 'Sent', 'Sent', '/', 'sent', 1),
    (2, 'Trash', 'Trash', '/', 'trash', 1),
    (2, 'Dydaktyka', 'Dydaktyka', '/', NULL, 1),
    (2, 'Dydaktyka/Prace dyplomowe', 'Dydaktyka/Prace dyplomowe', '/', NULL, 1),
    (2, 'Archiwum/2019', 'Archiwum/2019', '/', NULL, 0),
    (2, 'Konferencje zagraniczne', 'Konferencje zagraniczne', '/', NULL, 1);
SQL

Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done

for lang in "${languages[@]}"; do
    for shot in "${shots[@]}"; do
        page=
        bar=
        case "$shot" in
            settings-*) page=${shot#settings-} ;;
            bar-*) bar=${shot#bar-} ;;
        esac
        env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY \
            DISPLAY="$display" LANG="${locales[$lang]}" POSTA_HOME="$home" POSTA_OFFLINE=1 \
            POSTA_SCREENSHOT_SETTINGS="$page" POSTA_SCREENSHOT_BAR="$bar" \
            "$bin" >"$logs/posta-$lang-$shot.log" 2>&1 &
        app_pid=$!
        if ! DISPLAY=$display timeout "$wait_secs" xdotool search --sync --name '^Posta$' >/dev/null; then
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
        sleep 1
        DISPLAY=$display import -window root "$file"
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=
        echo "saved $file"
    done
done
