# Conversations, drafts, everyday actions and the keyboard (issue 12, points 5–7).

## posta archive / junk / not-junk / mark-read / empty-trash
actions-no-such-message = There is no message { $position } in { $folder }. `posta messages { $folder }` lists them; 1 is the first line.
actions-archived =
    { $count ->
        [one] { $count } message moved to Archive.
       *[other] { $count } messages moved to Archive.
    }
actions-junked =
    { $count ->
        [one] { $count } message moved to Junk.
       *[other] { $count } messages moved to Junk.
    }
actions-not-junk =
    { $count ->
        [one] { $count } message moved back to the Inbox.
       *[other] { $count } messages moved back to the Inbox.
    }
actions-marked-read =
    { $count ->
        [one] { $count } message marked as read.
       *[other] { $count } messages marked as read.
    }
actions-no-trash = { $account } has no Trash folder yet: there is nothing to empty.
actions-trash-confirm =
    { $count ->
        [one] Trash of { $account } holds { $count } message. Run the command again with --yes to delete it for good.
       *[other] Trash of { $account } holds { $count } messages. Run the command again with --yes to delete them for good.
    }
actions-trash-emptied =
    { $count ->
        [one] { $account }: { $count } message deleted from Trash for good.
       *[other] { $account }: { $count } messages deleted from Trash for good.
    }

## The mailbox's everyday actions
mailbox-archive = Archive
mailbox-junk = Junk
mailbox-not-junk = Not junk
mailbox-mark-all-read = Mark all as read
mailbox-empty-trash = Empty Trash
mailbox-empty-trash-confirm =
    { $count ->
        [one] Delete the { $count } message in Trash for good? It cannot be brought back.
       *[other] Delete the { $count } messages in Trash for good? They cannot be brought back.
    }
mailbox-empty-trash-yes = Delete for good

## The keyboard help (?)
keys-title = Keyboard shortcuts
keys-close-help = Close
keys-move = Next or previous message
keys-extend = Extend the selection
keys-open = Open the message (a draft: go on writing it)
keys-delete = Delete
keys-reply = Reply
keys-reply-all = Reply to all
keys-forward = Forward
keys-archive = Archive
keys-read = Mark as read or unread
keys-star = Star
keys-tags = Tags from the tag menu; 0 removes them all
keys-select-all = Select all
keys-new = New message
keys-undo = Undo the last change
keys-send = Send (in the message you are writing)
keys-completion = In To, Cc and Bcc: choose a suggested address, take it
keys-settings = Settings
keys-search = Search (go to the search field)
keys-fields = Next or previous field and button of a form
keys-submit = In a form: its main button (Test, Continue, Send…)
keys-close = Close what is open; clear the search
keys-help = Show or hide this list

## Conversations
conversation-group = Conversations
conversation-messages =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
conversation-count =
    { $unread ->
        [0] { conversation-messages }
        [one] { conversation-messages }, { $unread } unread
       *[other] { conversation-messages }, { $unread } unread
    }
