# No mail lost or doubled: one Posta at a time per account, what servers
# do to mail in transit, and saying truthfully what happened.

## One Posta at a time per account

error-account-busy = Another Posta (the window or a command) is working on this account right now. Posta carries on by itself when it has finished.
cli-account-busy = Another Posta (the window or a command) is working on the account “{ $account }” right now, so nothing was done here. Try again when it has finished.

## What servers do to mail in transit

cli-sync-kept-on-server =
    { $count ->
        [one] { $count } message stays on the server: what the server sent may not be the whole original (its size differs, or it is a stand-in), so Posta never deletes the original there.
       *[other] { $count } messages stay on the server: what the server sent may not be the whole originals (their sizes differ, or they are stand-ins), so Posta never deletes the originals there.
    }
