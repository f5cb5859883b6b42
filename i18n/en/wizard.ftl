## The setup wizard (wizard-*): explains POP3 and IMAP, finds or asks for the
## server settings, tests them and saves the account.

## The frame around every page

# $step (number), $total (number)
wizard-step-counter = Step { $step } of { $total }
wizard-back = Back
wizard-cancel = Cancel setup
wizard-continue = Continue

## Names that are the same in every language (kept here so translators can
## adapt the spelling if their users expect another one)

wizard-imap = IMAP
wizard-pop3 = POP3
wizard-smtp = SMTP
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = None (unencrypted)

## Welcome

wizard-welcome-title = Welcome to Posta
wizard-welcome-lead = Let’s set up your mail account. It takes a minute or two.
wizard-welcome-intro = Posta reads and sends your mail through your mail provider’s servers, just like the mail app on your phone or the webmail you may already use. It only needs to know how to reach them, and it finds most of that out by itself.
wizard-welcome-steps = What happens next
wizard-welcome-step-protocol = You choose how Posta gets your mail: IMAP or POP3. The difference is explained in plain words.
wizard-welcome-step-details = You enter your name, your e-mail address and your password.
wizard-welcome-step-detect = Posta looks up your provider’s server settings. You can check them or enter them yourself.
wizard-welcome-step-test = Posta logs in once to make sure everything works, and only then saves the account.
wizard-welcome-privacy = Your password is kept in your system’s keyring, never in Posta’s own files.
wizard-welcome-start = Start

## How should Posta get your mail? IMAP and POP3 side by side

wizard-protocol-title = How should Posta get your mail?
wizard-protocol-lead = Mail programs talk to your provider in one of two ways. Both work with Posta; they differ in where your mail is kept. For most people IMAP is the better choice.
wizard-compare-choose = Choose one:
wizard-choose-imap = IMAP (recommended)
wizard-choose-pop3 = POP3

wizard-compare-where = Where your mail is kept
wizard-compare-where-imap = On your provider’s server. Posta shows it and keeps a copy of what you read, so you can read it offline too.
wizard-compare-where-pop3 = On this computer. Posta downloads new messages; the server’s copy is kept or deleted, as you choose in the next step.

wizard-compare-devices = Phone and laptop
wizard-compare-devices-imap = Every device sees the same mailbox. Read, delete or move a message on your phone and it is read, deleted or moved on your laptop too.
wizard-compare-devices-pop3 = Each device downloads its own copy and nothing is synchronised. A message one device deletes from the server never reaches the others. Best if you read mail on one computer only.

wizard-compare-offline = Reading without internet
wizard-compare-offline-imap = Messages you have opened (or all of them, if you ask Posta to download them) can be read offline. What you change is sent to the server when you are back online.
wizard-compare-offline-pop3 = Everything downloaded can be read offline. The internet is needed only to fetch new mail and to send.

wizard-compare-sent = Sent mail
wizard-compare-sent-imap = Kept in the Sent folder on the server, so you see it on every device.
wizard-compare-sent-pop3 = Kept only on the computer you sent it from.

wizard-compare-state = Read and answered
wizard-compare-state-imap = Stored on the server: your other devices, and people who share the mailbox, see what has been read and answered.
wizard-compare-state-pop3 = Only this computer knows. Other devices show every message as new.

wizard-compare-folders = Folders and sharing
wizard-compare-folders-imap = Your folders are on the server and look the same everywhere. You can share folders with other people if your provider allows it.
wizard-compare-folders-pop3 = Only the Inbox comes from the server. Folders exist on this computer only, and nothing can be shared.

wizard-compare-tags = Coloured tags
wizard-compare-tags-imap = Stored on the server where it allows them, so other programs such as Thunderbird show them too.
wizard-compare-tags-pop3 = Kept on this computer only.

wizard-compare-quota = Space on the server
wizard-compare-quota-imap = All your mail counts towards your mailbox’s size limit. When it is full, new mail may be refused, so delete or archive old mail now and then.
wizard-compare-quota-pop3 = The server’s mailbox empties as mail is downloaded and deleted there, so it rarely fills up – unless you keep copies on the server.

wizard-compare-interrupted = When the connection drops
wizard-compare-interrupted-imap = Nothing is lost: Posta carries on where it stopped. Message lists come first; texts and attachments are fetched when you open a message.
wizard-compare-interrupted-pop3 = Posta remembers what it has already downloaded and carries on with the rest (older programs started all over again). A large message must still be downloaded in full before you can read it.

wizard-compare-connections = Several devices at once
wizard-compare-connections-imap = Any number of devices and people can be connected at the same time.
wizard-compare-connections-pop3 = Usually one connection at a time: while one device is downloading, another may be told the mailbox is busy. Not suited to a shared mailbox.

wizard-compare-speed = Speed
wizard-compare-speed-imap = Lists appear quickly; a message you have not opened before needs a moment online. Very large mailboxes make the server slower.
wizard-compare-speed-pop3 = Once downloaded, everything is on this computer and fast. The first download of a large mailbox takes a while.

wizard-compare-note = If you are unsure, choose IMAP: your mail stays on the server, so nothing is lost if this computer breaks, and you can start using another device at any time.

## POP3: what happens to the server's copy

wizard-keep-title = What should happen to the server’s copy?
wizard-keep-lead = With POP3, Posta downloads each new message to this computer. Choose what then happens to the copy on your provider’s server.
wizard-keep-keep = Keep a copy on the server
wizard-keep-keep-means = Your phone, other computers and webmail still see every message. The server’s mailbox keeps growing until you delete mail there; when it is full, new mail may be refused.
wizard-keep-days = Delete from the server after
wizard-keep-days-unit = days
wizard-keep-days-means = Your other devices have that many days to download each message too, and the server’s mailbox does not fill up.
wizard-keep-until-deleted = Delete from the server when I delete it here
wizard-keep-until-deleted-means = The server keeps what you keep. Deleting a message in Posta deletes it from the server the next time Posta checks for mail.
wizard-keep-delete = Delete from the server right after download
wizard-keep-delete-means = Each message then exists only on this computer. Phones, other computers and webmail will not see it, and if this computer’s disk fails without a backup, the mail is gone.
wizard-keep-days-invalid = Enter a number of days between 1 and 3650.
wizard-keep-safe-title = Posta never deletes before your copy is safe
wizard-keep-safe = A message is removed from the server only after it has been written to this computer’s disk.
# $days (number)
wizard-keep-provider-days =
    { $days ->
        [one] Your provider suggests keeping a copy on the server for { $days } day.
       *[other] Your provider suggests keeping a copy on the server for { $days } days.
    }
wizard-keep-provider-keep = Your provider suggests keeping a copy on the server.
wizard-keep-provider-delete = Your provider suggests deleting the server’s copy after download.

## Your details

wizard-details-title = Your details
wizard-details-lead = Use the address and password you sign in to your provider’s webmail with.
wizard-name = Your name
wizard-name-placeholder = e.g. Anna Smith
wizard-name-help = Shown to the people you write to.
wizard-email = E-mail address
wizard-email-placeholder = you@example.com
wizard-email-invalid = This is not an e-mail address yet: it needs a name, an @ and a domain, like anna@example.com.
wizard-password = Password
wizard-password-placeholder = Your mail password
wizard-password-show = Show password
wizard-password-help = If your provider uses two-step verification, you may need an app password, created on its website, instead of your usual one.
wizard-why-email = Enter your e-mail address to find its settings.
wizard-why-password = Enter your password to go on.
wizard-details-find = Find my settings

## Detection

wizard-detect-title = Looking up your settings
# $domain (text): the part of the address after the @.
wizard-detect-lead = Posta is finding the servers for { $domain }. This usually takes a few seconds.
wizard-detect-step-list = Posta’s list of well-known providers
wizard-detect-step-autoconfig = Settings published by your provider
wizard-detect-step-well-known = Settings published on your domain’s website
wizard-detect-step-mx = The provider that receives your domain’s mail
wizard-detect-step-srv = Server names in your domain’s DNS records
wizard-detect-step-probe = Trying the usual server names
wizard-detect-waiting = Waiting
wizard-detect-running = Checking…
wizard-detect-found = Found
wizard-detect-nothing = Nothing there
wizard-detect-skipped = Not needed
wizard-detect-privacy = Only your domain name – and, to your provider’s own settings page, your address – is sent. Your password is not used until the connection test.
wizard-detect-stop = Stop and enter the settings myself

## Review or manual settings

wizard-review-title = Check your server settings
wizard-review-lead = Posta tests these settings before it saves anything. Change them if your provider’s help pages say otherwise.
wizard-review-incoming = Incoming mail
wizard-review-outgoing = Outgoing mail (SMTP)
wizard-review-outgoing-help = Used to send your messages.
wizard-review-outgoing-later = No outgoing server yet: you can read your mail now and set sending up later in Settings.
# $port (text, e.g. "143"), $expected (text: SSL/TLS or STARTTLS).
wizard-mismatch-title = Port { $port } expects { $expected } — switch?
# $chosen (text), $expected (text): kinds of security.
wizard-mismatch-why = This port is normally used with { $expected }, but { $chosen } is chosen, so the connection will most likely fail.
# $security (text: SSL/TLS or STARTTLS).
wizard-mismatch-switch = Switch to { $security }
# After SSL/TLS failed on a port Posta does not know. $expected (text).
wizard-mismatch-plain-title = Try { $expected }?
# $chosen (text), $expected (text): kinds of security.
wizard-mismatch-plain-why = The server did not start a secure connection with { $chosen }. Many servers expect { $expected } on such a port: the connection starts plain and is encrypted before the password is sent.
wizard-why-host = Enter the incoming server's name to test the connection.
wizard-why-port = Enter the incoming server's port, a number from 1 to 65535.
wizard-why-user = Enter the user name for the incoming server.
wizard-why-smtp = Enter the outgoing server's name and port, or leave its name empty to set sending up later.
wizard-why-smtp-user = Enter the user name for the outgoing server, or leave its name empty to set sending up later.
wizard-why-insecure = Tick “I understand the risks” above to test an unencrypted connection.
wizard-why-keep-days = Enter after how many days (1 to 3650) the server's copy is deleted.
wizard-review-protocol = Protocol
wizard-review-host = Server
wizard-review-port = Port
wizard-review-security = Security
wizard-review-user = User name
wizard-review-test = Test the connection
# A port preset button. $port (text, e.g. "993"), $protocol (text: IMAP,
# POP3 or SMTP), $security (text: SSL/TLS or STARTTLS).
wizard-preset = { $port } · { $protocol } · { $security }

wizard-source-list = Found in Posta’s provider list
# $provider (text): the provider's name, e.g. "Poczta Wirtualna Polska".
wizard-source-list-body = These are the published settings of { $provider }.
wizard-source-published = Published by your provider
# $url (text): the address the settings were read from.
wizard-source-published-body = Posta read them from { $url }.
# $domain (text)
wizard-source-srv-body = The DNS records of { $domain } name its mail servers.
wizard-source-mx = Found through the provider that receives your mail
# $domain (text), $host (text): its MX host, $provider (text): the provider's name.
wizard-source-mx-body = Mail for { $domain } is received by { $host }, which belongs to { $provider }. These are the published settings of { $provider }.
wizard-source-guess = Guessed – please check
wizard-source-guess-body = These servers answered on the usual names and ports, but your provider does not publish its settings. Compare them with your provider’s help pages before you go on.
wizard-source-none = Posta could not find your settings
# $domain (text), $protocol (text: IMAP or POP3)
wizard-source-none-body = Nothing is published for { $domain } and no server answered on the usual names. Enter the settings from your provider’s help pages; look for “{ $protocol } settings” or “settings for mail programs”.
wizard-source-manual = Enter your settings
# $protocol (text: IMAP or POP3)
wizard-source-manual-body = Copy them from your provider’s help pages; look for “{ $protocol } settings” or “settings for mail programs”.
wizard-source-oauth = This provider lets mail programs sign in only through its own web page (OAuth2), which Posta cannot do yet, so the test will most likely fail. If your provider offers app passwords, create one on its website and use it as your password.
# $chosen (text), $offered (text): protocol names, IMAP or POP3.
wizard-source-switched = Your provider does not offer { $chosen }, so Posta will use { $offered }.

wizard-insecure-title = This connection would not be encrypted
wizard-insecure-why = Your password and every message would cross the network as plain text. Anyone on the same Wi-Fi, at your internet provider or along the way could read them or take over your mailbox. Choose SSL/TLS or STARTTLS unless your provider offers neither.
wizard-insecure-accept = I understand the risks and want an unencrypted connection

## Connection test

wizard-test-title = Testing the connection
wizard-test-title-ok = It works
wizard-test-title-failed = Something needs fixing
wizard-test-title-receive-only = Receiving works, sending does not yet
wizard-test-lead = Posta logs in to your provider’s servers once, to be sure. No mail is sent, downloaded or deleted.
# $protocol (text: IMAP or POP3), $host (text), $port (text, e.g. "993"),
# $security (text: SSL/TLS, STARTTLS or unencrypted).
wizard-test-incoming = Incoming: { $protocol } on { $host }, port { $port }, { $security }
# $host (text), $port (text), $security (text)
wizard-test-outgoing = Outgoing: SMTP on { $host }, port { $port }, { $security }
wizard-test-running = Connecting…
wizard-test-cert-decide = Posta did not log in: first decide above whether you trust the server’s certificate.
wizard-test-incoming-ok-imap = Connected and logged in. Your mailbox offers:
wizard-test-incoming-ok-pop3 = Connected and logged in.
wizard-test-outgoing-ok = Connected securely; the server accepted your login.
wizard-test-outgoing-ok-no-login = Connected securely; the server did not ask for a login.
wizard-test-outgoing-later = You can save the account anyway and read your mail; sending will work once the outgoing server is right.
wizard-test-outgoing-none = Outgoing: not set up yet
wizard-test-outgoing-skipped = Sending is left for later; you can add the outgoing server in Settings at any time.
wizard-test-retry = Try again
wizard-test-save = Save the account

wizard-cert-title = Do you trust this certificate?
wizard-cert-host = Server
wizard-cert-subject = Issued to
wizard-cert-issuer = Issued by
# $issuer (text): the issuer's name.
wizard-cert-self-signed = { $issuer } (signed by itself)
wizard-cert-validity = Valid
# $from (text), $until (text): dates, already written the local way.
wizard-cert-valid-range = from { $from } to { $until }
wizard-cert-fingerprint = Fingerprint (SHA-256)
wizard-cert-advice = Trust it only if your provider confirms this fingerprint, for example on its help pages or on the phone. Posta will then accept exactly this certificate, for this account only, and warn you if it ever changes.
wizard-cert-trust = Trust it for this account
wizard-cert-distrust = Don’t trust it
wizard-cert-refused = Posta will not connect to this server. Check the server name, or ask your provider which certificate its server uses.
wizard-cert-second = This certificate belongs to the outgoing server and differs from the incoming server's, which you trusted. Check its fingerprint too before you trust it.

## Saving

wizard-save-title = Saving your account
wizard-save-busy = Saving the settings and putting your password into the keyring…
wizard-save-done-title = All set
# $email (text)
wizard-save-done = { $email } is ready
wizard-save-done-settings = You can change the account's settings at any time in Settings.
# The name of an account whose address another account already has.
# $email (text), $protocol (text: IMAP or POP3), $host (text): the incoming server.
wizard-account-name-twin = { $email } ({ $protocol }, { $host })
# $name (text), $number (number): 2, 3…
wizard-account-name-numbered = { $name } { $number }
wizard-save-done-keyring = Your password is stored in your system’s keyring.
wizard-save-done-session = Your password is kept in memory until you quit Posta; you will need to enter it again next time.
wizard-save-open = Open my mail
wizard-save-failed = The account could not be saved

wizard-keyring-unavailable = No keyring is available
wizard-keyring-unavailable-why = Posta keeps passwords only in your system’s keyring (such as GNOME Keyring or KWallet), and none is running in this session.
wizard-keyring-locked = The keyring is locked
wizard-keyring-locked-why = Your system’s keyring is locked and was not unlocked. Unlock it (usually with your login password) and try again.
wizard-keyring-failed = The keyring did not take the password
# $details (text): the keyring's own words.
wizard-keyring-failed-why = The keyring reported: { $details }
wizard-keyring-session-explained = Posta never writes your password to its own files. You can let it keep the password in memory until you quit Posta; next time you will need to enter it again.
wizard-keyring-session = Keep it for this session only
wizard-keyring-retry = Try the keyring again

## The accounts on the home screen

wizard-home-accounts = Your accounts
# $email (text), $protocol (text: IMAP or POP3), $host (text)
wizard-home-account-line = { $email } – { $protocol }, { $host }
wizard-home-session-only = (password kept for this session only)
wizard-home-add-first = Add a mail account
wizard-home-add = Add another account
