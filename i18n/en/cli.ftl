# The command line's help (`posta --help`, `posta COMMAND --help`) and the
# words clap, the argument parser, would otherwise write in English.
#
# Keys: a command's description is `cli-<path>` (the subcommand names joined
# by `-`, the root `cli-posta`); an option's or argument's help is
# `cli-<path>--<id>` (the option's long name). Option names, `metavariables`
# in capitals and literal values in `backticks` are typed by the user and
# stay as they are.

## clap's own parts

cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
# The placeholder for a command in "posta [COMMAND]".
cli-value-command = COMMAND
# The placeholder for the options in "posta account edit [OPTIONS] <ACCOUNT>".
cli-value-options = OPTIONS
cli-help-flag = Print help
cli-help-flag-more = Print help (see more with '--help')
cli-help-flag-summary = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given command(s)
cli-help-command--subcommand = Print help for the command(s)
# After an option's help: the value used when the option is not given.
cli-default-value = [default: { $value }]

## Mistakes on the command line ($arg: an option such as --port, $value:
## what was given)

cli-error-prefix = error:
cli-error-tip = tip:
# $flag is --help.
cli-error-more = For more information, try '{ $flag }'.
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized command '{ $command }'
cli-error-missing-value = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
# $values: the accepted values, separated by commas.
cli-possible-values = [possible values: { $values }]
# Followed by the missing arguments, one per line.
cli-error-missing-required = the following required arguments were not provided:
# Followed by the commands, one per line.
cli-error-missing-command = '{ $command }' requires a command but one was not provided; one of:
cli-error-used-twice = the argument '{ $arg }' cannot be used multiple times
# $other: the argument(s) given before, separated by commas.
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-conflict-some = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-too-few-values =
    { $count ->
        [one] { $count } value required by '{ $arg }'; only { $given } given
       *[other] { $count } values required by '{ $arg }'; only { $given } given
    }
cli-error-wrong-number-of-values =
    { $count ->
        [one] { $count } value required for '{ $arg }' but { $given } given
       *[other] { $count } values required for '{ $arg }' but { $given } given
    }
cli-error-invalid-utf8 = an argument is not valid UTF-8 text
cli-error-other = the command line could not be understood
cli-error-not-a-number = not a whole number
cli-error-number-too-big = the number is too large
cli-error-number-range = the number must be from { $low } to { $high }
cli-error-number-at-least = the number must be at least { $low }
# $similar: one or more quoted names, separated by commas; $count: how many.
cli-error-similar-command =
    { $count ->
        [one] a similar command exists: { $similar }
       *[other] some similar commands exist: { $similar }
    }
cli-error-similar-argument =
    { $count ->
        [one] a similar argument exists: { $similar }
       *[other] some similar arguments exist: { $similar }
    }
cli-error-similar-value =
    { $count ->
        [one] a similar value exists: { $similar }
       *[other] some similar values exist: { $similar }
    }
cli-error-tip-pass-as-value = to pass '{ $given }' as a value, use '{ $instead }'
cli-error-tip-remove-dashes = command '{ $command }' exists; to use it, remove the '--' before it
# $similar: a command and an option, e.g. 'account --name'.
cli-error-tip-exists = '{ $similar }' exists

## Other sentences of the binary

cli-window-failed = The window could not be opened: { $details }

## Values the options refuse

cli-value-security = use tls, starttls or none
cli-value-size = use bytes, or a number with K, M or G
cli-value-keep-copy = use keep, days:N, until-deleted or delete
cli-value-switch = use on or off

## The commands
cli-posta = Posta, a mail client for IMAP and POP3

cli-check = Test a connection to an incoming mail server and print what it offers
cli-check--protocol = `imap` or `pop3`
cli-check--host = Server host name
cli-check--port = Server port (993/143 IMAP, 995/110 POP3)
cli-check--security = `tls`, `starttls` or `none` (none sends your password unencrypted)
cli-check--user = Login name
cli-check--password-stdin = Read the password from standard input (it is never a command-line argument, where other users of the machine could see it)
cli-check--ca-file = An extra certificate authority to trust (PEM file)
cli-check--fingerprint = Accept the server certificate with this SHA-256 fingerprint
cli-check--timeout = Seconds to wait for each network step

cli-account = Add or list mail accounts

cli-account-add = Add a mail account: settings to config.toml, password to the keyring
cli-account-add--name = What to call the account (unique)
cli-account-add--email = The e-mail address
cli-account-add--display-name = The name recipients see; empty by default
cli-account-add--protocol = `imap` or `pop3`
cli-account-add--host = Incoming server host name
cli-account-add--port = Incoming server port; by default 993/143 for IMAP, 995/110 for POP3 (TLS / otherwise)
cli-account-add--security = `tls`, `starttls` or `none` (none sends your password unencrypted)
cli-account-add--user = Login name; the e-mail address by default
cli-account-add--password-stdin = Read the password from standard input and keep it in the keyring. Without it no password is stored, and `posta sync --password-stdin` must be given it each time (for machines without a keyring)
cli-account-add--ca-file = An extra certificate authority to trust (PEM file)
cli-account-add--keep-copy = POP3: `keep` (default), `days:N`, `until-deleted` or `delete` (right after download)
cli-account-add--max-download-size = POP3: leave larger messages on the server (bytes; K, M or G for KiB, MiB, GiB)
cli-account-add--download-bodies = IMAP: also download message bodies, for reading offline

cli-account-list = List the accounts

cli-account-edit = Change an account's settings; server settings are tested before they are kept (unless --no-check)
cli-account-edit--account = The account (its name or number)
cli-account-edit--name = A new name for the account
cli-account-edit--email = The e-mail address
cli-account-edit--display-name = The name recipients see
cli-account-edit--host = Incoming server host name
cli-account-edit--port = Incoming server port (a usual port follows a change of --security)
cli-account-edit--security = `tls`, `starttls` or `none` (none sends your password unencrypted)
cli-account-edit--user = Login name
cli-account-edit--ca-file = An extra certificate authority to trust (PEM file)
cli-account-edit--no-ca-file = Stop trusting the extra certificate authority
cli-account-edit--forget-fingerprint = Forget the certificate accepted for this account (it is asked about again if it is not trusted otherwise)
cli-account-edit--keep-copy = POP3: `keep`, `days:N`, `until-deleted` or `delete` (right after download)
cli-account-edit--max-download-size = POP3: leave larger messages on the server (bytes; K, M or G), or `none` for no limit
cli-account-edit--download-bodies = IMAP: download message bodies for reading offline
cli-account-edit--check-interval = How often every folder is checked for changes (seconds)
cli-account-edit--smtp-host = Outgoing server host name
cli-account-edit--smtp-port = Outgoing server port
cli-account-edit--smtp-security = Outgoing server security: `tls`, `starttls` or `none`
cli-account-edit--smtp-user = Outgoing server login name
cli-account-edit--color = The account's colour in the folder tree (`#rrggbb`), or `none`
cli-account-edit--no-check = Save without testing the servers
cli-account-edit--yes = Make a change that deletes mail on the server
cli-account-edit--timeout = Seconds to wait for each network step of the test

cli-account-password = Give an account a new password (read from standard input): it is tested with a real login, then replaces the one in the keyring
cli-account-password--account = The account (its name or number)
cli-account-password--password-stdin = Read the new password from standard input (never an argument, where other users of the machine could see it)
cli-account-password--timeout = Seconds to wait for each network step of the test

cli-account-remove = Remove an account: its local mail (unless --keep-local-mail), queued changes and keyring entry. The mail on the server is not touched
cli-account-remove--account = The account (its name or number)
cli-account-remove--keep-local-mail = Keep the downloaded mail on this computer as local folders

cli-account-switch-to-imap = Move a POP3 account to IMAP: upload its local mail, folders, flags and tags, then sync it as IMAP (safe to interrupt and run again)
cli-account-switch-to-imap--name = The POP3 account (its name or number)
cli-account-switch-to-imap--host = The IMAP server; found from the POP3 one and the provider list when not given
cli-account-switch-to-imap--port = The IMAP port (993 with TLS, 143 otherwise, when not given)
cli-account-switch-to-imap--security = `tls`, `starttls` or `none`
cli-account-switch-to-imap--user = The IMAP user name (the POP3 one when not given)
cli-account-switch-to-imap--password-stdin = Read the password from standard input instead of the keyring
cli-account-switch-to-imap--timeout = Seconds to wait for each network step

cli-sync = Download new mail (all accounts, or one); progress on standard error, a summary per account on standard output
cli-sync--account = Only this account (its name or number); every account otherwise
cli-sync--password-stdin = Read the password from standard input instead of the keyring (for scripts and machines without one); used for every account synced
cli-sync--timeout = Seconds to wait for each network step

cli-folders = List the folders on this computer with their message counts
cli-folders--account = Only this account (its name or number); every account otherwise

cli-folder = Show or hide an IMAP folder (subscribe or unsubscribe); the choice is kept on the server and sent at the next `posta sync`

cli-folder-subscribe = Show a folder and check it for new mail (IMAP SUBSCRIBE)
cli-folder-subscribe--account = The account (its name or number)
cli-folder-subscribe--folder = The folder, as `posta folders` names it

cli-folder-unsubscribe = Hide a folder and stop checking it (IMAP UNSUBSCRIBE); its mail stays on the server
cli-folder-unsubscribe--account = The account (its name or number)
cli-folder-unsubscribe--folder = The folder, as `posta folders` names it

cli-messages = List a folder's messages, newest first: date, sender, subject, flags, tags, separated by tabs
cli-messages--folder = The folder, as `posta folders` names it (INBOX, Sent, Projekty/Żółć)
cli-messages--account = The account (its name or number); needed only when several accounts have a folder of that name
cli-messages--limit = Show at most this many messages
cli-messages--conversations = One line per conversation (its newest message in the folder, then how many messages it holds, Sent included, and how many are unread)

cli-identity = The addresses an account sends as, with reply-to and signature

cli-identity-add = Add an address the account sends as (or change one it has)
cli-identity-add--account = The account (its name or number)
cli-identity-add--email = The address
cli-identity-add--name = The name recipients see
cli-identity-add--reply-to = Where replies should go
cli-identity-add--signature = The signature, plain text
cli-identity-add--signature-file = Read the signature from this file (UTF-8 text)

cli-identity-list = List the account's identities: address, name, reply-to, signature (its line ends written `\n`), separated by tabs; the account's own address first
cli-identity-list--account = The account (its name or number)

cli-identity-remove = Remove an identity (the account's own address keeps only its address and name)
cli-identity-remove--account = The account (its name or number)
cli-identity-remove--email = The identity's address

cli-show = Print one message as text: From, To, Cc, Date, Subject, the body (tables in columns, lists, link targets), then one tab-separated line per attachment (name, type, bytes); N counts as `posta messages FOLDER` lists (1 = first). --raw: exactly as stored
cli-show--folder = The folder, as `posta folders` names it
cli-show--number = The message's position in `posta messages FOLDER` (1 = first line)
cli-show--account = The account (its name or number); needed only when several accounts have a folder of that name
cli-show--raw = Print the message exactly as stored (RFC 5322, with its MIME parts)

cli-search = Search the mail on this computer
cli-search--text = The words to find (all of them; the last may be the start of a word)
cli-search--account = Only this account (its name or number)
cli-search--limit = Show at most this many messages

cli-send = Send a message: exit 0 when the server took it, 75 when it waits in the outbox (why on standard error), 1 when the server refused it
cli-send--account = The sending account (its name or number)
cli-send--to = Recipients; repeat the option or separate addresses with commas
cli-send--cc = Copy to these recipients
cli-send--bcc = Hidden copy to these recipients
cli-send--subject = The subject
cli-send--body-file = The text, from this UTF-8 file; without it, standard input
cli-send--attach = Attach this file (repeat for several)
cli-send--password-stdin = Read the password from the first line of standard input instead of the keyring (the text then follows on the next lines, unless --body-file gives it)

cli-outbox = List what waits to be sent (id, to, subject, attempts, last error, separated by tabs); --send tries now, --remove ID deletes one
cli-outbox--account = Only this account (its name or number)
cli-outbox--send = Try to send every waiting message now
cli-outbox--remove = Delete the message with this id (the first column) without sending
cli-outbox--password-stdin = With --send: read the outgoing server's password from standard input instead of the keyring

cli-quota = Show how full each account's mailbox on the server is: one line per resource, `storage|message USED LIMIT PERCENT` (bytes for storage), separated by tabs
cli-quota--account = Only this account (its name or number); every account otherwise (then each line starts with the account's name and a tab)
cli-quota--password-stdin = Read the password from standard input instead of the keyring
cli-quota--timeout = Seconds to wait for each network step

cli-server = List a POP3 account's messages on the server (number, UIDL, size, date, sender, subject, state, separated by tabs); delete or download some of them
cli-server--account = The POP3 account (its name or number)
cli-server--delete = Delete these messages (by UIDL) on the server without downloading
cli-server--fetch = Download these messages (by UIDL) into INBOX now, whatever their size
cli-server--password-stdin = Read the password from standard input instead of the keyring
cli-server--timeout = Seconds to wait for each network step

cli-remote-content = List, allow or remove the senders whose remote images are loaded without asking

cli-remote-content-list = Print the senders, one address a line

cli-remote-content-allow = Always load remote images in mail from this address
cli-remote-content-allow--address = The sender's address

cli-remote-content-remove = Stop loading remote images from this address without asking
cli-remote-content-remove--address = The sender's address

cli-detect = Find the mail servers of an address the way the setup wizard does: one tab-separated line per server (protocol, host, port, security, login, source), best first; the provider's advice on standard error
cli-detect--address = The e-mail address whose servers to find
cli-detect--bundled-only = Look only in /etc/posta/providers and Posta's bundled provider list; nothing goes over the network

cli-rights = What you may do in a folder (someone else's shared folder): one line per action, `RIGHT yes|no ACTION`, separated by tabs
cli-rights--folder = The folder's full name, as `posta folders` shows it
cli-rights--account = The account (its name or number); needed when there are several

cli-tag = List, add, rename, recolour, reorder or delete tags

cli-tag-list = List the tags: keyword, name, colour, separated by tabs
cli-tag-list--account = The account (its name or number); needed when there are several

cli-tag-add = Make a new tag
cli-tag-add--name = Its name
cli-tag-add--color = Its colour, `#rrggbb`
cli-tag-add--account = The account (its name or number); needed when there are several

cli-tag-rename = Rename a tag (messages keep it)
cli-tag-rename--keyword = The tag's keyword (see `posta tag list`)
cli-tag-rename--name = The new name
cli-tag-rename--account = The account (its name or number); needed when there are several

cli-tag-recolour = Give a tag another colour
cli-tag-recolour--keyword = The tag's keyword
cli-tag-recolour--color = The colour, `#rrggbb`
cli-tag-recolour--account = The account (its name or number); needed when there are several

cli-tag-move = Move a tag to another place in the list (1 is first)
cli-tag-move--keyword = The tag's keyword
cli-tag-move--position = Its new place
cli-tag-move--account = The account (its name or number); needed when there are several

cli-tag-remove = Delete a tag: it comes off every message, here and on the server
cli-tag-remove--keyword = The tag's keyword
cli-tag-remove--account = The account (its name or number); needed when there are several

cli-contacts = The people recipient completion offers: name, address and number of messages, separated by tabs, best first

cli-contacts-list = Everyone: name, address, messages, separated by tabs; best first

cli-contacts-search = Those whose name or address has a word beginning with TEXT
cli-contacts-search--text = The start of a name, a surname or an address ("pio", "zol")
cli-contacts-search--limit = At most this many

cli-archive = Move messages to the Archive folder (made when missing); messages are named by their position in `posta messages FOLDER`
cli-archive--folder = The folder, as `posta folders` names it
cli-archive--positions = Positions in `posta messages FOLDER` (1 = first line)
cli-archive--account = The account (its name or number), when several have that folder

cli-junk = Move messages to Junk and mark them `$Junk`
cli-junk--folder = The folder, as `posta folders` names it
cli-junk--positions = Positions in `posta messages FOLDER` (1 = first line)
cli-junk--account = The account (its name or number), when several have that folder

cli-not-junk = Move messages from Junk back to the Inbox and mark them `$NotJunk`
cli-not-junk--folder = The folder, as `posta folders` names it
cli-not-junk--positions = Positions in `posta messages FOLDER` (1 = first line)
cli-not-junk--account = The account (its name or number), when several have that folder

cli-mark-read = Mark messages read (`--all`: every message of the folder)
cli-mark-read--folder = The folder, as `posta folders` names it
cli-mark-read--positions = Positions in `posta messages FOLDER` (1 = first line)
cli-mark-read--all = Every message of the folder
cli-mark-read--account = The account (its name or number), when several have that folder

cli-empty-trash = Delete everything in Trash for good (asks for `--yes` first, naming the count)
cli-empty-trash--account = The account (its name or number); every account without it
cli-empty-trash--yes = Delete for good without asking (without it, the count is printed and nothing is deleted)

cli-settings = Show or change the General settings: language, desktop notifications, start on login (`NAME<TAB>VALUE` lines)
cli-settings--language = The interface language: en, pl, sk, bg, or `system`
cli-settings--notifications = Desktop notifications for new mail: on or off
cli-settings--start-on-login = Start Posta when you log in (an XDG autostart entry): on or off

cli-package-files = Write the man pages and shell completions (for packaging)
cli-package-files--dir = Where to write `man/posta.1` (and one page per command) and `completions/` (bash, zsh, fish)
