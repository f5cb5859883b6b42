# Reading on demand: a message's text first, its attachments when asked (keys start with reading-, show-cli-, search-cli-server-).

# An attachment still on the server, in the reader's list.
reading-attachment-on-server = { $name } ({ $size }, on the server)
# An attachment being downloaded, with how far it got.
reading-attachment-fetching = { $name }: downloading, { $percent } %
reading-attachment-cancel = Stop
reading-attachment-failed = The attachment could not be downloaded: { $details }

# posta show: a message of a POP3 account or local folder that is not on this computer.
show-cli-not-on-server = Message { $number } in “{ $folder }” is not on this computer and has no copy on a server to fetch it from.
# posta show: the message is not here and the server could not be reached (the reason follows on the next line).
show-cli-unreachable = Message { $number } in “{ $folder }” could not be fetched from the server of “{ $account }”. Try again when you are online. To read mail without a connection, run “posta account edit { $account } --download-bodies true” and then “posta sync” while online.
show-cli-progress = Downloading attachments: { $done } of { $total } KiB
show-cli-not-fetched = The attachment “{ $name }” is still on the server.
show-cli-saved = Saved { $file }

# posta search --server
search-cli-server-searching = Searching “{ $folder }” on the server of “{ $account }”…
search-cli-server-failed = The server of “{ $account }” could not be searched.
search-cli-server-cut = Only the first { $count ->
    [one] message is
   *[other] { $count } messages are
} listed; “--limit” shows more.
search-cli-server-time = The search took too long and was stopped; what was found so far is listed.

# CLI help for what reading on demand added.
cli-show--save-attachments = Also fetch the attachments and write them into this folder (names made safe; an existing file is never overwritten).
cli-show--password-stdin = Read the password from standard input instead of the keyring, when the message must be fetched from the server.
cli-show--timeout = Seconds to wait for each network step.
cli-search--server = Search on the server (IMAP SEARCH in each folder), finding also mail whose text is not on this computer.
cli-search--folder = Only this folder (with --server).
cli-search--password-stdin = Read the password from standard input instead of the keyring (with --server).
cli-search--timeout = Seconds the search on the server may take in all (with --server).

# The window: search results can be completed by the servers (IMAP SEARCH), which see text not on this computer.
reading-search-server = Search on the server
reading-search-server-busy = Searching on the server…
