# Settings: accounts, identities, general preferences (keys start with settings-).

## Why a change was not made
settings-error-no-account = The account no longer exists.
settings-error-not-saved = The new settings were not saved.
settings-keyring-unavailable = No keyring is running (such as GNOME Keyring or KWallet), and Posta never writes passwords to disk. Start the keyring and try again.
settings-keyring-locked = The keyring is locked. Unlock it (usually by logging in to the desktop), then try again.
settings-keyring-no-password = No password is stored for this account. Give it with “posta account password”.
settings-invalid-empty-name = The account needs a name.
# $account (text)
settings-invalid-name-taken = An account called “{ $account }” already exists. Choose another name.
# $email (text)
settings-invalid-email = “{ $email }” is not an e-mail address.
settings-invalid-empty-host = The server name is empty.
settings-invalid-port = The port must be a number from 1 to 65535.
settings-invalid-keep-copy-imap = Keeping a copy applies to POP3 accounts only: an IMAP account always keeps its mail on the server.
# $min (number): seconds
settings-invalid-check-interval =
    { $min ->
        [one] Folders can be checked at most every { $min } second.
       *[other] Folders can be checked at most every { $min } seconds.
    }
settings-invalid-no-outgoing = This account has no outgoing server yet: give its host name first.
# $color (text)
settings-invalid-color = “{ $color }” is not a colour. Write it as #1a2b3c.
# $email (text)
settings-invalid-identity-not-found = The account has no identity with the address “{ $email }”.

## What a change will do to mail
# $count (number): downloaded messages still on the server
settings-effect-delete-after-download =
    { $count ->
        [one] From now on, messages will be deleted from the server after download: { $count } message is on the server now.
       *[other] From now on, messages will be deleted from the server after download: { $count } messages are on the server now.
    }
# $days (number), $count (number): downloaded messages still on the server
settings-effect-delete-after-days =
    { $days ->
        [one] From now on, messages will be deleted from the server { $days } day after download
       *[other] From now on, messages will be deleted from the server { $days } days after download
    }: { $count ->
        [one] { $count } message is on the server now.
       *[other] { $count } messages are on the server now.
    }
# $count (number)
settings-effect-delete-when-deleted-here =
    { $count ->
        [one] From now on, a message will be deleted from the server when you delete it here; { $count } downloaded message is on the server now.
       *[other] From now on, a message will be deleted from the server when you delete it here; { $count } downloaded messages are on the server now.
    }
settings-effect-keep = From now on, messages stay on the server after download.
# $size (text): e.g. "25 MB"
settings-effect-download-limit = Messages larger than { $size } will stay on the server until you download them.
settings-effect-no-download-limit = Messages of any size will be downloaded.
# $count (number)
settings-effect-download-bodies =
    { $count ->
        [one] The body of { $count } message will be downloaded for reading offline.
       *[other] The bodies of up to { $count } messages will be downloaded for reading offline.
    }
settings-effect-bodies-on-demand = From now on, a message's body is downloaded when you open it; those already downloaded stay.

## Removing an account
# $account (text)
settings-remove-intro = Removing the account “{ $account }”:
# $account (text), $count (number)
settings-remove-kept =
    { $count ->
        [one] { $count } downloaded message stays on this computer, in local folders called “{ $account }”.
       *[other] { $count } downloaded messages stay on this computer, in local folders called “{ $account }”.
    }
# $count (number)
settings-remove-headers-only =
    { $count ->
        [one] { $count } message that was never downloaded is removed from the list here.
       *[other] { $count } messages that were never downloaded are removed from the list here.
    }
# $count (number)
settings-remove-messages =
    { $count ->
        [one] { $count } message is deleted from this computer.
       *[other] { $count } messages are deleted from this computer.
    }
# $count (number)
settings-remove-queued =
    { $count ->
        [one] { $count } change made here that has not reached the server is dropped.
       *[other] { $count } changes made here that have not reached the server are dropped.
    }
# $count (number)
settings-remove-unsent =
    { $count ->
        [one] { $count } message written here and not sent yet is deleted.
       *[other] { $count } messages written here and not sent yet are deleted.
    }
settings-remove-password = The password is removed from the keyring.
settings-remove-server-untouched = The mail on the server is not deleted.
# $key (text): the keyring entry's user name
settings-remove-keyring-left = Remove the keyring entry “posta” / “{ $key }” with the keyring's own tool.

## Command-line sentences
# $account (text)
settings-cli-password-refused = The server refused the password for “{ $account }”. If it was changed, give Posta the new one with “posta account password { $account } --password-stdin”.
settings-cli-nothing-to-change = Nothing to change: give at least one setting, such as --port.
settings-cli-confirm-deletion = This change deletes mail on the server. Run the command again with --yes to make it.
# $account (text)
settings-cli-saved = The settings of “{ $account }” were saved.
# $account (text)
settings-cli-saved-tested = The server accepted the new settings; the settings of “{ $account }” were saved.
settings-cli-password-empty = No password was given on standard input.
# $account (text)
settings-cli-password-saved = The server accepted the new password for “{ $account }”; it is in the keyring now.
settings-cli-password-still-refused = The server refused this password too. Nothing was changed.
# $account (text)
settings-cli-removed = The account “{ $account }” was removed.
# $email (text), $account (text)
settings-cli-identity-saved = “{ $email }” was saved for the account “{ $account }”.
# $email (text), $account (text)
settings-cli-identity-removed = “{ $email }” was removed from the account “{ $account }”.
settings-cli-subscribed = “{ $folder }” will be shown and checked for new mail. The server learns it at the next “posta sync”.
settings-cli-unsubscribed = “{ $folder }” will no longer be shown or checked; its mail stays on the server. The server learns it at the next “posta sync”.
# $account (text)
settings-cli-subscribe-not-imap = The account “{ $account }” uses POP3, which has no server folders to show or hide.
# $folder (text)
settings-cli-subscribe-always = “{ $folder }” is always shown: the Inbox, special folders (Sent, Drafts, Trash…) and folders others share with you cannot be hidden.
# The second column of “posta folders” for an IMAP folder.
settings-cli-folder-subscribed = subscribed
settings-cli-folder-unsubscribed = unsubscribed
settings-cli-local-set-line = { NUMBER($id, useGrouping: "false") }. { $account }: local folders only (the account was removed; its mail was kept on this computer)

## Bars in the main window for an account that needs the user
# $account (text)
settings-bar-password = The server refused the password for “{ $account }” — enter the new password:
# $account (text)
settings-bar-password-again = The server refused this password for “{ $account }” too. Check it and try again:
settings-bar-password-placeholder = New password
settings-bar-password-submit = Test and save
settings-bar-testing = Testing…
# $problem (text): why the keyring could not help, $account (text)
settings-bar-keyring = { $problem } Enter the password of “{ $account }” to use it until Posta is closed:
settings-bar-keyring-submit = Use for this session
settings-bar-retry = Ask the keyring again
# $host (text), $account (text)
settings-bar-certificate = { $host } shows another certificate than the one you accepted for “{ $account }”. Accept it only if you know why it changed (your provider said so); otherwise someone may be listening in.
# $host (text), $account (text)
settings-bar-certificate-refused = Posta does not connect to { $host } for “{ $account }” until you accept its new certificate.
settings-bar-certificate-old = Accepted:
settings-bar-certificate-new = Shown now:
settings-bar-certificate-accept = Accept the new certificate
settings-bar-certificate-refuse = Keep refusing
# $problem (text)
settings-bar-session-only = The server accepted the password, but the keyring could not keep it. { $problem } Posta uses it until you close it.

## The settings screen
settings-open = Settings
settings-title = Settings
settings-back = Back to the mail
settings-general = General
settings-notifications = Tell me about new mail with a desktop notification
settings-remote-title = Remote content
settings-remote-hint = Pictures and other content from the web are loaded without asking for messages from these senders (you allowed it when reading one of their messages).
settings-remote-none = No sender is allowed yet: Posta asks before loading remote content.
settings-remote-remove = Remove
settings-start-on-login = Start Posta when I log in
settings-section-account = Account
settings-section-incoming = Incoming server
settings-section-outgoing = Outgoing server
settings-section-mail = Downloading mail
settings-section-folders = Folders
settings-section-identities = Identities and signatures
settings-section-remove = Remove account
settings-save = Save
settings-save-anyway = Save anyway
settings-cancel = Cancel
settings-saving = Testing the server and saving…
settings-saved = Saved.
settings-invalid-size = The largest size must be a whole number of megabytes, or empty for no limit.
settings-invalid-interval = How often to check must be a whole number of minutes.
settings-account-name = Account name
settings-account-email = E-mail address
settings-account-display-name = Your name
settings-account-display-name-hint = What recipients see beside your address.
settings-account-color = Colour in the folder list
settings-account-color-hint = Pick a colour above, or type one as #1a2b3c; empty for none.
settings-account-identities-hint = More addresses and signatures are under “Identities and signatures”.
# $protocol (text): IMAP or POP3
settings-incoming-protocol = This account gets its mail over { $protocol }.
settings-incoming-host = Server
settings-detect = Detect settings
settings-detecting = Detecting…
# $host (text), $port (number), $security (text)
settings-detect-found = Found { $host }, port { NUMBER($port, useGrouping: "false") }, { $security }. Save to test the server and keep it.
settings-detect-nothing = No settings were found for this address; enter them as your provider gives them.
settings-incoming-port = Port
settings-incoming-security = Security
settings-incoming-user = User name
settings-incoming-ca = Extra certificate authority (PEM file)
settings-incoming-ca-hint = Only for a server whose certificate is signed by your organisation's own authority; empty for none.
settings-incoming-pinned = You accepted this server's certificate by its SHA-256 fingerprint:
settings-incoming-forget = Forget it (Posta asks again if the certificate is not trusted otherwise)
settings-incoming-no-pin = The server's certificate is checked the usual way; you have not accepted one by hand.
settings-incoming-switch-hint = To move this account to IMAP, use “Move to IMAP…” under “On the server…” in the folder list.
settings-outgoing-host = Server
settings-outgoing-port = Port
settings-outgoing-user = User name
settings-outgoing-same-password = The outgoing server uses the same password as the incoming one.
settings-mail-keep-title = After a message is downloaded, the copy on the server…
settings-mail-max-size = Largest message downloaded automatically (MB)
settings-mail-max-size-hint = Larger messages stay on the server until you download them; empty for no limit.
settings-mail-download-bodies = Download whole messages for reading offline
settings-mail-download-bodies-hint = Otherwise a message's body is downloaded when you open it.
settings-mail-folders-hint = Which folders are shown and checked is chosen under “Folders”.
settings-mail-interval = Check every folder for changes every (minutes)
settings-mail-interval-hint = The open folder is kept up to date all the time where the server allows it.
settings-folders-intro = Show and check for new mail only the ticked folders. An unticked folder is hidden here and not downloaded, but nothing in it is deleted.
settings-folders-server = The choice is kept on the server (it is the folder’s subscription), so your other devices that follow subscriptions show the same folders.
settings-folders-none = The account has no folders to choose from yet: the Inbox and special folders are always shown.
settings-folders-always = The Inbox, special folders (Sent, Drafts, Trash…) and folders others share with you are always shown.
settings-identity-new = Add an address
settings-identity-new-hint = Replies go out from the address the message was sent to; new messages let you choose.
settings-identity-email = E-mail address
settings-identity-name = Name
settings-identity-reply-to = Replies to (optional)
settings-identity-signature = Signature
settings-identity-signature-hint = Plain text, added below new messages.
settings-identity-add = Add
settings-identity-remove = Remove
settings-identity-clear = Remove signature and reply-to
# $address (text)
settings-identity-reply-to-is = Replies go to { $address }
settings-remove-keep-local = Keep the downloaded mail on this computer, as local folders
settings-remove-other-accounts = Other accounts are not touched.
# $account (text)
settings-remove-button = Remove “{ $account }”

## The compose window's identity menu
settings-compose-from = From

## posta settings
# $language (text)
settings-cli-unknown-language = “{ $language }” is not a language Posta speaks: use en, pl, sk, bg or system.
