## The main window (mailbox-*, reader-*, compose-*, tags-*, share-*).

## Folder pane

folders-unified = All inboxes
folders-shared-with-me = Shared with me
folders-local = Local folders
folders-all-mail = All mail
folders-flagged = Starred
folders-new = New folder
folders-rename = Rename folder
folders-delete = Delete folder
folders-new-title = New folder
# $parent (text): the folder the new one goes into.
folders-new-inside = Inside “{ $parent }”
folders-rename-title = Renaming a folder
folders-rename-button = Rename
folders-name-placeholder = Folder name
folders-name-hint = A folder name cannot contain “/”.
folders-delete-title = Deleting a folder
folders-delete-button = Delete folder
# $folder (text): the folder's name; $count (number): messages in it.
folders-delete-confirm =
    { $count ->
        [one] Delete the folder “{ $folder }” and the { $count } message in it?
       *[other] Delete the folder “{ $folder }” and the { $count } messages in it?
    } This cannot be undone.
folders-needs-connection = This folder is kept on the mail server, so changing it needs a connection. Try again once the account is connected.
share-folder = Share this folder…

## Toolbar and list

mailbox-new-message = New message
mailbox-toggle-read = Mark as read or unread (M)
mailbox-toggle-star = Star or unstar (S)
mailbox-tag-menu = Tag
mailbox-move-to = Move to…
mailbox-delete = Delete
search-placeholder = Search all mail
mailbox-column-date = Date
mailbox-column-from = From
mailbox-column-folder = Folder
mailbox-column-account = Account
mailbox-column-to = To
mailbox-column-subject = Subject
mailbox-column-tags = Tags
mailbox-column-size = Size
mailbox-no-subject = (no subject)
mailbox-choose-folder = Choose a folder on the left.
mailbox-empty-folder = This folder is empty.
search-no-results = No message matches your search.
# $query (text): what the user typed.
search-results-for = Search: “{ $query }”
# $count (number): messages a search cannot find yet (just synced, still being indexed).
search-not-indexed-yet =
    { $count ->
        [one] { $count } message still waits to be indexed for search
       *[other] { $count } messages still wait to be indexed for search
    }
tags-filter-label = Show:
tags-filter-all = All messages
tags-filter-empty = No message here has that tag.

## Status bar and notices

mailbox-all-synced = Everything is up to date.
mailbox-sync-now = Sync now
mailbox-cancel = Cancel
mailbox-create = Create
mailbox-offline = Offline: your changes are sent when the server can be reached again
mailbox-no-connection = No account is connected yet, so there is nothing to synchronize. Posta connects as soon as it has the account's password.
mailbox-move-other-account = Messages can only be moved to folders of their own account.
# $details (text): what went wrong, in the store's words.
mailbox-store-error = Posta could not read or write its copy of your mail: { $details }. Try again; if it keeps happening, check the disk.
# $account (text): the account's name; $problem (text): a translated sentence.
mailbox-account-problem = { $account }: { $problem }

## Reader

# $sender (text): name and address.
reader-from = From: { $sender }
# $recipients (text): names and addresses.
reader-to = To: { $recipients }
# $recipients (text): names and addresses.
reader-cc = Cc: { $recipients }
reader-reply = Reply
reader-reply-all = Reply all
reader-forward = Forward
# $count (number)
reader-attachments =
    { $count ->
        [one] Attachment:
       *[other] { $count } attachments:
    }
# $number (number): the attachment's position; becomes a file name.
reader-attachment-unnamed = Attachment { $number }
reader-downloading = Downloading the message…
reader-not-downloaded = This message has not been downloaded yet. It will be once the account is connected.
reader-no-text = This message has no text; see its attachments.
reader-text-truncated = Only the beginning of this very long message is shown.
reader-save-title = Save attachment
# $name (text): the file name; $path (text): where it was saved.
reader-saved = Saved “{ $name }” to { $path }.
# $name (text): the file name.
reader-save-no-file = “{ $name }” was not saved: the save dialog was closed, or this system cannot show one. You can save it in your Downloads folder instead.
reader-save-to-downloads = Save to Downloads
# $name (text): the file name; $details (text): why, in the system's words.
reader-save-failed = “{ $name }” could not be saved: { $details }.
reader-no-downloads-folder = no Downloads folder was found

## Tags (Thunderbird's five defaults, then the user's own)

tags-important = Important
tags-work = Work
tags-personal = Personal
tags-to-do = To Do
tags-later = Later
tags-new = New tag…
tags-new-title = New tag
tags-name-placeholder = Tag name
tags-color = Color
tags-remove-all = Remove all tags
mailbox-add-account = Add account

## New mail and the window title (issue 15)
# The window title with the number of unread messages in the inboxes.
mailbox-window-title = Posta ({ $count })
notify-new-mail =
    { $count ->
        [one] { $count } new message
       *[other] { $count } new messages
    }
# Who the notification is from (the application's name).
notify-app-name = Posta

## posta tag (issue 15)
cli-tag-which-account = There are several accounts: say which with --account NAME.
# $tag (text): the tag's keyword.
cli-tag-unknown = There is no tag “{ $tag }”. “posta tag list” shows the tags.
cli-tag-removed =
    { $count ->
        [one] The tag “{ $tag }” was taken off { $count } message.
       *[other] The tag “{ $tag }” was taken off { $count } messages.
    }
cli-tag-queued = Saved here; the server gets the change with the next sync.

## Tag manager (issue 15)
tags-manage = Manage tags…
tags-manager-title = Tags
tags-manager-done = Done
tags-manager-delete = Delete
# $tag (text): the tag's name.
tags-manager-delete-confirm = Delete “{ $tag }” and take it off every message?

## Rights in shared folders (issue 15)
# $action: what was refused ("Delete messages"); $right: the RFC 4314 letter.
rights-not-allowed = { $action }: not allowed in this folder, because its owner has not given you the “{ $right }” right.
# $details: the server's words.
rights-refused-by-server = The server refused this change: your rights in that folder have changed. The change was dropped; nothing else is affected. (The server said: { $details })
# A shared folder you may only read, in the folder list.
folders-read-only = { $name } (read only)
# $folder (text): the folder name given.
cli-rights-no-folder = There is no folder “{ $folder }” in this account. “posta folders” shows the folders.

## Undo: what happened, with an Undo button (and Ctrl+Z)
# $count (number): messages; $folder (text): the folder's name.
undo-moved =
    { $count ->
        [one] Moved { $count } message to { $folder }
       *[other] Moved { $count } messages to { $folder }
    }
# $count (number): messages.
undo-junked =
    { $count ->
        [one] Marked { $count } message as junk
       *[other] Marked { $count } messages as junk
    }
# $count (number): messages; $tag (text): the tag's name.
undo-tagged =
    { $count ->
        [one] Tagged { $count } message “{ $tag }”
       *[other] Tagged { $count } messages “{ $tag }”
    }
# $count (number): messages; $tag (text): the tag's name.
undo-untagged =
    { $count ->
        [one] Removed “{ $tag }” from { $count } message
       *[other] Removed “{ $tag }” from { $count } messages
    }
# $count (number): messages.
undo-tags-cleared =
    { $count ->
        [one] Removed every tag from { $count } message
       *[other] Removed every tag from { $count } messages
    }
# $count (number): messages.
undo-read =
    { $count ->
        [one] Marked { $count } message as read
       *[other] Marked { $count } messages as read
    }
# $count (number): messages.
undo-unread =
    { $count ->
        [one] Marked { $count } message as unread
       *[other] Marked { $count } messages as unread
    }
# $count (number): messages.
undo-starred =
    { $count ->
        [one] Starred { $count } message
       *[other] Starred { $count } messages
    }
# $count (number): messages.
undo-unstarred =
    { $count ->
        [one] Removed the star from { $count } message
       *[other] Removed the star from { $count } messages
    }
# $count (number): messages being dragged onto a folder.
drag-messages =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
undo-button = Undo
undo-working = Undoing…
undo-done = Undone.
# $problem (text): why, in words.
undo-failed = Not undone: { $problem }
