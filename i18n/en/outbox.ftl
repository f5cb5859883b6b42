# The outbox: messages that wait to be sent, in the window and on the
# command line (`posta send`, `posta outbox`).

## Outbox in the window

outbox-folder = Outbox
outbox-heading = Outbox · { $account }
outbox-intro =
    { $minutes ->
        [one] These messages have not been sent yet. Posta tries again by itself every minute, and at once when you choose Send now.
       *[other] These messages have not been sent yet. Posta tries again by itself every { $minutes } minutes, and at once when you choose Send now.
    }
outbox-to = To: { $to }
outbox-no-subject = (no subject)
outbox-state-new = Not tried yet.
outbox-state-waiting =
    { $attempts ->
        [one] Waiting: tried once, at { $time }. Next try at about { $next }.
       *[other] Waiting: tried { $attempts } times, last at { $time }. Next try at about { $next }.
    }
outbox-state-attention = Held back: the server refused it. Posta will not try again until you choose Send now or edit it.
outbox-state-sending = Sending now…
outbox-reason = Why: { $reason }
outbox-send-now = Send now
outbox-edit = Edit
outbox-delete = Delete
outbox-delete-question = Delete “{ $subject }” without sending it?
outbox-delete-confirm = Delete it
outbox-keep = Keep it
outbox-close = Back to the messages
outbox-empty = Nothing waits to be sent.
outbox-sent =
    { $count ->
        [one] The message was sent.
       *[other] { $count } messages were sent.
    }
outbox-still-waiting = The message still waits: { $reason }.

## Why a message waits (after "2 messages wait to be sent: …")

outbox-why-refused = the outgoing server { $host } does not answer on port { NUMBER($port, useGrouping: "false") }
outbox-why-timeout = the outgoing server { $host } does not answer in time
outbox-why-not-found = the server name { $host } cannot be found (is this computer online?)
outbox-why-network = the connection to { $host } broke off
outbox-why-later = the outgoing server { $host } asks to try later ({ $details })

## A refusal when sending

outbox-refused-by-server = The outgoing server { $host } refused the message: “{ $details }”. Check the recipients’ addresses (a typing mistake is the usual cause), then send it again.

## Outbox in the status bar

outbox-status-new =
    { $count ->
        [one] { $count } message waits to be sent
       *[other] { $count } messages wait to be sent
    }
outbox-status-waiting =
    { $count ->
        [one] { $count } message waits to be sent: { $reason }
       *[other] { $count } messages wait to be sent: { $reason }
    }
outbox-status-attention =
    { $count ->
        [one] { $count } message was refused and needs you: { $reason }
       *[other] { $count } messages were refused and need you: { $reason }
    }

## posta send and posta outbox

outbox-cli-queued = Not sent yet: { $reason }. The message waits in the outbox; `posta outbox --send` or Posta’s window sends it once the server answers.
outbox-cli-refused = Not sent: { $reason } Nothing was kept in the outbox; correct it and send again.
outbox-cli-copy-later = The copy in Sent of { $account } is uploaded at the next `posta sync`.
outbox-cli-body-unreadable = The text could not be read from { $path }: { $details }
outbox-cli-body-not-text = { $path } is not UTF-8 text. Give the message text as a UTF-8 file.
outbox-cli-attach-unreadable = { $path } could not be attached: { $details }
outbox-cli-not-found = Nothing in the outbox has the id “{ $id }”. `posta outbox` lists what waits.
outbox-cli-removed = Deleted from the outbox without sending: { $subject }
outbox-cli-sent =
    { $count ->
        [one] { $count } message was sent.
       *[other] { $count } messages were sent.
    }
outbox-cli-still-waiting =
    { $count ->
        [one] { $count } message still waits: { $reason }
       *[other] { $count } messages still wait: { $reason }
    }
