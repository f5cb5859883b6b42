# No mail lost or doubled: one Posta at a time per account, what servers
# do to mail in transit, and saying truthfully what happened.

## One Posta at a time per account

error-account-busy = Another Posta (the window or a command) is working on this account right now. Posta carries on by itself when it has finished.
cli-account-busy = Another Posta (the window or a command) is working on the account “{ $account }” right now, so nothing was done here. Try again when it has finished.
