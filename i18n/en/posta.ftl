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
error-tls-failed = A secure connection to the server could not be set up. Check the security setting (SSL/TLS or STARTTLS) and the port: SSL/TLS usually goes with ports 993, 995 and 465, STARTTLS with 143, 110 and 587.
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

## Command line

# $account (text): the name of an account, as the user gave it.
cli-account-not-found = There is no account called “{ $account }”. “posta account list” shows the accounts.
# $account (text)
cli-account-exists = An account called “{ $account }” already exists. Choose another name.
cli-keep-copy-imap = --keep-copy applies to POP3 accounts only: an IMAP account always keeps its mail on the server.
# $account (text), $id (number): the account's number, never digit-grouped.
cli-account-added = Account “{ $account }” added as number { NUMBER($id, useGrouping: "false") }.
cli-account-added-no-password = No password was stored for it. Give the password to “posta sync” with --password-stdin each time, or add the account again with --password-stdin on a computer with a keyring.
cli-keyring-unavailable = No keyring is running (such as GNOME Keyring or KWallet), and Posta never writes passwords to disk, so the password could not be kept. Start the keyring and try again. Scripts can leave out --password-stdin here and give the password to “posta sync --password-stdin” instead.
cli-keyring-locked = The keyring is locked. Unlock it (usually by logging in to the desktop), then try again.
# $account (text)
cli-password-missing = No password is stored for the account “{ $account }”. Add the account again with --password-stdin, or give the password to “posta sync --password-stdin”.
# $details (text): the keyring's own words.
cli-keyring-failed = The keyring did not do what was asked: { $details }. Try again; if it keeps happening, restart the keyring.
cli-no-accounts = There are no accounts yet. Add one with “posta account add”.
cli-security-tls = SSL/TLS
cli-security-starttls = STARTTLS
cli-security-none = not encrypted
# $id (number), $account (text), $email (text), $protocol (text: IMAP or
# POP3), $host (text), $port (number), $security (one of cli-security-*).
cli-account-line = { NUMBER($id, useGrouping: "false") }. { $account } <{ $email }>: { $protocol }, { $host } port { NUMBER($port, useGrouping: "false") }, { $security }
# After an account line, what happens to a POP3 account's mail on the server.
cli-keep-copy-keep = mail stays on the server
# $days (number)
cli-keep-copy-days =
    { $days ->
        [one] mail is deleted from the server { $days } day after download
       *[other] mail is deleted from the server { $days } days after download
    }
cli-keep-copy-until-deleted = mail is deleted from the server when you delete it here
cli-keep-copy-delete = mail is deleted from the server right after download
# $account (text)
cli-sync-failed = Synchronizing “{ $account }” failed.
# $account (text), $folder (text), $done (number) of $total (number) messages.
cli-sync-progress =
    { $total ->
        [one] { $account }, { $folder }: { $done } of { $total } message
       *[other] { $account }, { $folder }: { $done } of { $total } messages
    }
# $account (text), $new (number) new messages in $folders (number) folders.
cli-sync-done-imap =
    { $account }: { $new ->
        [one] { $new } new message
       *[other] { $new } new messages
    } in { $folders ->
        [one] { $folders } folder
       *[other] { $folders } folders
    }.
# $account (text), $new (number)
cli-sync-done-pop3 =
    { $new ->
        [one] { $account }: { $new } new message downloaded.
       *[other] { $account }: { $new } new messages downloaded.
    }
# The sentences below follow cli-sync-done-* on the same line when their
# $count (number) is not zero.
cli-sync-changed =
    { $count ->
        [one] { $count } message changed on the server.
       *[other] { $count } messages changed on the server.
    }
cli-sync-removed =
    { $count ->
        [one] { $count } message was removed on the server.
       *[other] { $count } messages were removed on the server.
    }
cli-sync-sent =
    { $count ->
        [one] { $count } change made here was sent to the server.
       *[other] { $count } changes made here were sent to the server.
    }
cli-sync-refused =
    { $count ->
        [one] The server refused { $count } change made here; it is kept, so you can see what it was.
       *[other] The server refused { $count } changes made here; they are kept, so you can see what they were.
    }
cli-sync-deleted-on-server =
    { $count ->
        [one] As the account's settings say, { $count } message was deleted from the server.
       *[other] As the account's settings say, { $count } messages were deleted from the server.
    }
cli-sync-held-back =
    { $count ->
        [one] { $count } message is larger than the download limit and was left on the server.
       *[other] { $count } messages are larger than the download limit and were left on the server.
    }
cli-sync-outbox-sent =
    { $count ->
        [one] { $count } message from the outbox was sent.
       *[other] { $count } messages from the outbox were sent.
    }
# $folder (text)
cli-folder-not-found-anywhere = No account has a folder called “{ $folder }”. “posta folders” lists the folders; if the folder is new, run “posta sync” first.
# $folder (text), $account (text)
cli-folder-not-found = The account “{ $account }” has no folder called “{ $folder }”. “posta folders” lists its folders; if the folder is new, run “posta sync” first.
# $folder (text)
cli-folder-ambiguous = Several accounts have a folder called “{ $folder }”. Choose one with --account.
cli-no-sender = (unknown sender)
cli-no-subject = (no subject)
# $account (text): a heading above the account's folders.
cli-folders-account = Account “{ $account }”:
# $account (text)
cli-folders-none = The account “{ $account }” has no folders on this computer yet. Run “posta sync” to download them.
# $folder (text), $total (number) messages, $unread (number) of them unread.
cli-folder-line =
    { $folder }: { $total ->
        [one] { $total } message
       *[other] { $total } messages
    }, { $unread } unread
# $text (text): what the user searched for.
cli-search-nothing = Nothing was found for “{ $text }”.

## Desktop entry and AppStream (packaging/); tests/i18n/i18n_desktop.rs keeps them in step
desktop-generic-name = Mail Client
desktop-comment = Read and write e-mail over IMAP or POP3
desktop-keywords = mail;e-mail;IMAP;POP3;inbox;
appstream-summary = A mail client that explains IMAP and POP3 in plain words
# The two paragraphs of the AppStream description.
appstream-description-1 = Posta is a desktop mail client for IMAP and POP3. Its setup wizard explains in plain words what each protocol does to your mail, finds the server settings from your address, tells you what your provider asks first (switching IMAP on, an app password) and tests the connection.
appstream-description-2 = With IMAP, folders, read state, coloured tags and shared folders look the same on every device; changes made offline reach the server later. The interface is in English, Polish, Slovak and Bulgarian, and an administrator can set defaults and the organisation's own servers once for every user.
