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
source packaging/screenshot-lib.sh

display=":${DISPLAY_NUM:-97}"
languages=("$@")
[ ${#languages[@]} -eq 0 ] && languages=(pl bg)
# SHOTS="settings-account …" takes only those.
read -ra shots <<<"${SHOTS:-settings-general settings-account settings-incoming settings-mail settings-folders settings-identities settings-remove bar-password bar-certificate}"

screenshot_prepare sqlite3
home="$work/home"
mkdir "$home"

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
color = "#0099cc"
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

start_xvfb

for lang in "${languages[@]}"; do
    for shot in "${shots[@]}"; do
        page=
        bar=
        case "$shot" in
            settings-*) page=${shot#settings-} ;;
            bar-*) bar=${shot#bar-} ;;
        esac
        log="$work/posta-$lang-$shot.log"
        launch "$lang" "$log" POSTA_HOME="$home" POSTA_OFFLINE=1 \
            POSTA_SCREENSHOT_SETTINGS="$page" POSTA_SCREENSHOT_BAR="$bar"
        wait_window '^Posta$' "$lang $shot" "$log"
        file="$out/$shot-$lang.png"
        capture "$file" || true
        stop_app
        echo "saved $file"
    done
done
