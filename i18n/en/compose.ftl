# The compose window and the folder sharing dialog.

## Compose

compose-title-new = New message
compose-title-reply = Reply
compose-title-reply-all = Reply to all
compose-title-forward = Forward
compose-from = From: { $sender }
compose-to = To
compose-cc = Cc
compose-bcc = Bcc
compose-subject = Subject
compose-to-placeholder = Name <address@example.com>, another@example.com
compose-body-placeholder = Write your message here.
compose-attach = Attach files…
compose-attachment-line = { $name } ({ $size })
compose-remove = Remove
compose-send = Send
compose-save-draft = Save draft
compose-discard = Discard
compose-sending = Sending…
compose-saving = Saving the draft…
compose-draft-saved = The draft is saved in Drafts.
compose-dialog-title = Choose files to attach
compose-picker-unavailable = This computer has no file dialog (it needs the desktop portal or zenity). Type the full path of the file to attach instead.
compose-picker-none = No file was chosen. If no file dialog appeared, type the full path of the file here.
compose-path-placeholder = /home/you/Documents/file.pdf
compose-path-add = Attach
compose-attach-failed = The file { $path } could not be read: { $details }
compose-error-no-recipients = Add at least one recipient in To, Cc or Bcc.
compose-error-address = “{ $address }” is not an e-mail address. Check it for typing mistakes; separate several addresses with commas.
compose-error-sender = The account’s own address “{ $address }” cannot be used as a sender. Check it in the account settings.
compose-error-invalid = The message could not be put together: { $details }
compose-error-no-smtp = This account has no outgoing (SMTP) server yet, so it cannot send mail. Add one in the account settings.
compose-error-no-password = The password for sending could not be read from the keyring: { $details }
compose-error-smtp-starttls = The outgoing server { $host } does not offer STARTTLS, so your password and your message cannot be protected on this port. Choose SSL/TLS instead (usually port 465).
compose-error-original-gone = The message to answer is no longer here. Sync the folder and try again.
compose-sent = The message was sent.
compose-sent-no-copy = The message was sent, but its copy could not be saved in Sent: { $details }
compose-queued =
    { $minutes ->
        [one] Not sent yet: { $reason }. The message waits in the Outbox, and Posta tries again within a minute — or choose Send now there.
       *[other] Not sent yet: { $reason }. The message waits in the Outbox, and Posta tries again within { $minutes } minutes — or choose Send now there.
    }
compose-reply-attribution = On { $date }, { $sender } wrote:
compose-forward-header =
    -------- Forwarded message --------
    Subject: { $subject }
    Date: { $date }
    From: { $sender }
    To: { $recipients }

## Sharing a folder

share-title = Share “{ $folder }”
share-loading = Asking the server who may use this folder…
share-who = People with access
share-nobody = Nobody else has access to this folder.
share-owner = { $person } (owner)
share-preset-read-only = Read only
share-preset-read-write = Read and write
share-preset-full = Full control
share-preset-custom = Custom
share-preset-read-only-hint = Can see the folder and read its messages, nothing more.
share-preset-read-write-hint = Can also mark, file and delete messages and create folders inside, but cannot share the folder further.
share-preset-full-hint = Can do everything you can, including sharing the folder with others.
share-custom-rights = Custom: { $rights }
share-add-heading = Share with someone
share-person = User name
share-person-placeholder = bob or bob@example.com
share-add = Share
share-remove = Remove access
share-close = Close
share-right-l = See the folder in the folder list
share-right-r = Read messages
share-right-s = Keep messages marked read or unread
share-right-w = Star, tag and mark messages answered
share-right-i = Put messages into the folder (move, copy, save)
share-right-p = Send mail to the folder’s address
share-right-k = Create folders inside
share-right-x = Delete or rename the folder
share-right-t = Delete messages
share-right-e = Remove deleted messages for good
share-right-a = Change who has access (share the folder)
share-error-person = Type the user name of the person to share the folder with.
share-error-no-rights = Choose at least one thing the person may do.
share-added = { $person } now has access.
share-removed = { $person } no longer has access.
share-not-connected = Posta is not connected to this account’s server right now, and sharing is decided by the server. Check that you are online and that the account’s password is known (the bar above the message list says if it is not), then open this dialog again.
share-yours-heading = What you may do here
share-shared-with-you = This folder belongs to someone else, who shared it with you.
share-can = ✓ { $action }
share-cannot = ✗ { $action }: not allowed, because the owner has not given you the “{ $right }” right.
share-read-only = This folder is read-only for you: you can read its messages but not change them.
share-admin-needed = Only someone with the right to share (“a”) can see and change who has access.
share-action-read = Read messages
share-action-keep-seen = Mark messages read or unread
share-action-write-flags = Star and tag messages
share-action-insert = Move, copy or save messages into this folder
share-action-delete = Delete messages
share-action-create-subfolder = Create folders inside
share-action-delete-folder = Delete or rename this folder
share-action-admin = Share this folder with others
share-pop3 = Sharing folders needs IMAP. This account uses POP3, which only downloads the messages in the inbox; its other folders exist only on this computer. If your provider offers IMAP, set the account up again with IMAP to share folders and to see the folders others share with you.
share-pop3-setup = Set up this account with IMAP
