# Posta: English messages. This file is the reference: every other language
# has exactly these ids and uses the same variables.
#
# Ids are kebab-case, grouped by screen (app-, home-, settings-, mailbox-,
# sync-, folder-, error-). Numbers passed as variables select plural forms
# and are written with the language's own separators.

## Application

app-title = Posta
# $version (text): the running version, e.g. "0.1.0".
app-version = Version { $version }
# $language (text): the language's own name, e.g. "Polski".
app-language = Language: { $language }

## Home: the window shown before any account exists

home-welcome = Posta is ready. Add your first mail account to begin.

## Settings

settings-language = Language
settings-language-hint = Posta switches language immediately; there is no need to restart.

## Mailbox

# $count (number)
mailbox-unread-count =
    { $count ->
        [one] { $count } unread message
       *[other] { $count } unread messages
    }
# $count (number)
mailbox-message-count =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }

## Synchronisation

# $count (number): local changes (flags, moves, deletions) not yet on the server.
sync-queued-changes =
    { $count ->
        [one] { $count } change waiting to be sent
       *[other] { $count } changes waiting to be sent
    }
# $done (number) of $total (number) messages synchronised so far.
sync-progress =
    { $total ->
        [one] Synchronizing: { $done } of { $total } message
       *[other] Synchronizing: { $done } of { $total } messages
    }

## POP3 account settings

# $days (number)
pop3-keep-days =
    { $days ->
        [one] Keep messages on the server for { $days } day
       *[other] Keep messages on the server for { $days } days
    }

## Standard folders

folder-inbox = Inbox
folder-sent = Sent
folder-drafts = Drafts
folder-trash = Trash
folder-junk = Junk
folder-archive = Archive

## Errors from the account layer: what happened, then what to do about it

# $host (text): the server name the user entered.
error-host-not-found = The server “{ $host }” could not be found. Check the server name for typing mistakes and make sure you are connected to the internet.
# $host (text), $port (number, or text such as "993"; never digit-grouped).
error-connection-refused = The server { $host } refused the connection on port { NUMBER($port, useGrouping: "false") }. Check the port number and the security setting (SSL/TLS or STARTTLS); your mail provider’s help pages list the right values.
# $host (text)
error-timed-out = The server { $host } did not answer in time. Check your internet connection and try again. If it keeps happening, the server may be down or a firewall may be blocking the connection.
# $fingerprint (text): the certificate's SHA-256 fingerprint.
error-tls-untrusted = Posta cannot confirm the server’s identity (certificate fingerprint { $fingerprint }). Continue only if your mail provider confirms this fingerprint; otherwise someone may be intercepting the connection.
# $details (text): the TLS library's own words.
error-tls-failed = A secure connection to the server could not be set up: { $details }. Check the security setting (SSL/TLS or STARTTLS) and the port.
# $host (text)
error-starttls-unavailable = The server { $host } does not offer STARTTLS, so the connection cannot be encrypted on this port. Choose SSL/TLS instead (usually port 993 for IMAP and 995 for POP3).
error-authentication-failed = The server did not accept the user name or password. Check both. If your provider uses two-step verification, create an app password and enter it here instead of your usual password.
# $details (text): the server's reply, quoted as it came.
error-protocol = The server reported a problem: “{ $details }”. Try again later; if it keeps happening, send this message to your mail provider.
# $details (text): the operating system's description.
error-io = Reading or writing data failed: { $details }. Try again; if it keeps happening, check the disk and the network connection.
error-disk-full = The disk is full, so Posta cannot save your mail. Free some space, then try again.
# Why a certificate is not trusted; the CLI and the UI put one of these
# before error-tls-untrusted.
error-tls-reason-unknown-issuer = The server’s certificate was issued by an authority this computer does not trust, or the server signed it itself.
error-tls-reason-expired = The server’s certificate has expired or is not valid yet. Also check that this computer’s date and time are right.
# $host (text): the server name the user entered.
error-tls-reason-host-mismatch = The certificate was issued for a different server, not for { $host }. Check that the server name is right.
error-tls-reason-other = The server’s certificate could not be verified.
error-unsupported = A POP3 account cannot do this: POP3 only downloads the messages in the inbox, while folders on the server, flags and sharing need IMAP. If your provider offers IMAP, set the account up with IMAP instead.
error-cancelled = Stopped. Nothing was lost: what was already downloaded stays, and the rest comes with the next sync.

## Command line: posta check

# $host (text), $port (text, e.g. "993"), $protocol (text: IMAP or POP3).
check-ok = Connected to { $host } (port { $port }, { $protocol }) and logged in.
check-server-capabilities = Server capabilities
check-folders = Folders
check-yes = yes
check-no = no
# $path (text), $details (text): the operating system's description.
check-ca-unreadable = The certificate authority file { $path } could not be read: { $details }. Check the path and the file’s permissions.
check-bad-fingerprint = That fingerprint is not valid. Give the SHA-256 fingerprint as 64 hexadecimal digits, with or without colons (AB:CD:…).
check-insecure-warning = Warning: this connection is not encrypted. Your password and your mail cross the network as plain text; use it only for testing on a network you trust.

## Server capabilities, as the account check lists them

capability-server-folders = Folders on the server
capability-server-flags = Read and flagged status kept on the server
capability-keywords = Tags (keywords)
capability-shared-folders = Shared folders
capability-metadata = Folder annotations (METADATA)
capability-push = New mail announced instantly (IDLE)
capability-partial-fetch = Parts of a message downloaded on demand (attachments)
