# Server state the wizard promised: quota, the POP3 server mailbox, switching to IMAP (keys start with quota- and server-).

## Quota (RFC 9208): CLI and window
quota-none = { $account }: the server sets no limit on this mailbox (or does not say).
quota-storage-of = { $used } of { $limit }
quota-messages-of =
    { $limit ->
        [one] { $used } of { $limit } message
       *[other] { $used } of { $limit } messages
    }
quota-warning = { $account }: the mailbox on the server is { $percent }% full ({ $amount }). Delete or archive some mail to make room, or the server may start refusing new mail.
quota-critical = { $account }: the mailbox on the server is { $percent }% full ({ $amount }). Make room now: new mail will soon be refused.

## The POP3 server mailbox: CLI
server-not-pop3 = { $account } is an IMAP account: all its mail is on the server already, and its folders show it.
server-unknown-uidl = { $account }: the server has no message with the id “{ $uidl }”. “posta server { $account }” lists them.
server-deleted =
    { $count ->
        [one] { $count } message deleted from the server without downloading it.
       *[other] { $count } messages deleted from the server without downloading them.
    }
server-fetched =
    { $count ->
        [one] { $count } message downloaded into INBOX.
       *[other] { $count } messages downloaded into INBOX.
    }

## Quota in the window: meter, bar, Make room
quota-make-room = Make room
quota-room-title = Make room in { $account }
quota-room-here = Largest messages
quota-room-close = Close
quota-room-used = { $percent }% of the mailbox on the server is used ({ $amount }).
quota-room-full = The mailbox on the server is { $percent }% full ({ $amount }). Deleting large messages you no longer need makes room fastest.
quota-room-size = Size
quota-room-folder = Folder
quota-room-date = Date
quota-room-sender = From
quota-room-subject = Subject
quota-room-empty = There are no messages in this account.
quota-room-delete =
    { $count ->
        [one] Delete { $count } message ({ $size })
       *[other] Delete { $count } messages ({ $size })
    }
quota-room-empty-bins =
    { $count ->
        [one] Empty Trash and Junk ({ $count } message)
       *[other] Empty Trash and Junk ({ $count } messages)
    }
quota-room-hint = Deleted here means deleted on the server too, at the next sync: this frees the room.

## The POP3 server mailbox in the window
server-on-the-server = On the server…
server-tab = On the server
server-title = Messages on the server of { $account }
server-number = No.
server-state = State
server-state-downloaded = downloaded
server-state-deleted-here = deleted here
server-state-held-back = too large
server-state-new = new
server-loading = Asking the server…
server-empty = The server's mailbox is empty.
server-delete = Delete from the server
server-cancel = Cancel
server-delete-confirm =
    { $count ->
        [one] Delete { $count } message from the server? What was not downloaded cannot be brought back.
       *[other] Delete { $count } messages from the server? What was not downloaded cannot be brought back.
    }
server-download = Download now
server-download-held-back =
    { $count ->
        [one] Download the { $count } held-back message
       *[other] Download all { $count } held-back messages
    }
server-refresh = Ask the server again
server-placeholder = { $size }, on the server

## Switching a POP3 account to IMAP
server-switch-progress = { $account }: { $done } of { $total } messages are on the IMAP server.
server-switch-done =
    { $uploaded ->
        [one] { $account } is an IMAP account now: { $uploaded } message uploaded, { $found } found on the server already. Its folders, flags and tags are on the server.
       *[other] { $account } is an IMAP account now: { $uploaded } messages uploaded, { $found } found on the server already. Its folders, flags and tags are on the server.
    }
server-switch-already-imap = { $account } is an IMAP account already.
server-switch-resume = The move of { $account } to IMAP stopped. Nothing is lost: the mail is still on this computer. Run the same command again to finish; nothing is uploaded twice.

server-offline-cached = Not connected: this is what the server had when it was last asked.
quota-room-delete-none = Delete the ticked messages

## The answered and forwarded state in the reader
server-answered = ↩ You replied to this message.
server-forwarded = ↪ You forwarded this message.

## "Move to IMAP" in the window
server-switch-open = Move to IMAP…
# $account (text)
server-switch-title = Move { $account } to IMAP
server-switch-explain = With IMAP your mail stays on the server, so your phone, other computers and webmail see the same folders, read and answered state and tags. Posta uploads the mail that is only on this computer, then the account works as IMAP. Nothing is removed here until the server has it.
# $count (number)
server-switch-local =
    { $count ->
        [one] { $count } message is on this computer.
       *[other] { $count } messages are on this computer.
    }
server-switch-start = Move to IMAP
server-switch-retry = Try again
# $account (text)
server-switch-stopped = The move of { $account } to IMAP stopped. Nothing is lost: the mail is still on this computer. Choose “Try again” to finish; nothing is uploaded twice.
server-switch-cancelled = The move was stopped. Nothing is lost: what is on the server already stays there and is not uploaded again.

# The server refused to store a message: the mailbox is full. $details (text): the server's words.
quota-server-full = The mailbox on the server is full, so it refused to store the message (it said: “{ $details }”). Make room – delete large messages you no longer need or empty Trash – then try again.
