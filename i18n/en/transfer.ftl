## Import and export (issue 32): posta import, posta export.

transfer-import-progress = { $count } messages read…
transfer-import-done = { $count ->
    [one] Brought 1 message into { $folder } of { $account }.
   *[other] Brought { $count } messages into { $folder } of { $account }.
}
transfer-import-already = { $count ->
    [one] 1 message was already there and was not brought in again.
   *[other] { $count } messages were already there and were not brought in again.
}
transfer-import-deleted = { $count ->
    [one] 1 message was deleted where it came from and was left out.
   *[other] { $count } messages were deleted where they came from and were left out.
}
transfer-import-headerless = { $origin } has no header fields; it was brought in as it is.
transfer-import-cut-off = The file ends inside { $origin } (it looks cut off); what there is was brought in.
transfer-import-resume = Nothing brought in so far is lost; run the same command again to bring in the rest.
transfer-not-mbox = { $path } is not an mbox file: it does not start with a “From ” line.
transfer-not-maildir = { $path } is not a Maildir: it has no cur or new folder.
transfer-too-large = Message { $index } of { $path } is too large to be a message; the file may be damaged.
transfer-unreadable = { $path } could not be read: { $details }
transfer-folder-not-found = { $account } has no folder “{ $folder }”.
transfer-export-progress = { $count } messages written…
transfer-export-fetching = { $folder }: { $count } messages downloaded…
transfer-export-done = { $folders ->
    [one] Wrote { $count } messages from 1 folder.
   *[other] Wrote { $count } messages from { $folders } folders.
}
transfer-export-skipped = Left out (not downloaded): { $folder }, { $date }, “{ $subject }”
transfer-export-incomplete = { $count ->
    [one] 1 message was left out because its text is not on this computer; use --fetch to download it first.
   *[other] { $count } messages were left out because their text is not on this computer; use --fetch to download them first.
}

cli-import = Bring in mail from mbox files, Maildirs, .eml files or a Thunderbird profile.
cli-import-mbox = Bring in mbox files (Thunderbird's folders, mbox exports).
cli-import-maildir = Bring in Maildirs (with cur and new folders).
cli-import-eml = Bring in .eml files, or folders of them.
cli-export = Write folders out as mbox, Maildir or .eml files, byte for byte as stored.
cli-import-mbox--paths = The files or folders to bring in.
cli-import-mbox--account = The account (name or number) the mail goes to.
cli-import-mbox--folder = The folder it goes to (made when missing); / separates levels.
cli-import-mbox--password-stdin = Read the IMAP password from standard input instead of the keyring.
cli-import-mbox--timeout = Seconds to wait for each network step.
cli-import-maildir--paths = The files or folders to bring in.
cli-import-maildir--account = The account (name or number) the mail goes to.
cli-import-maildir--folder = The folder it goes to (made when missing); / separates levels.
cli-import-maildir--password-stdin = Read the IMAP password from standard input instead of the keyring.
cli-import-maildir--timeout = Seconds to wait for each network step.
cli-import-eml--paths = The files or folders to bring in.
cli-import-eml--account = The account (name or number) the mail goes to.
cli-import-eml--folder = The folder it goes to (made when missing); / separates levels.
cli-import-eml--password-stdin = Read the IMAP password from standard input instead of the keyring.
cli-import-eml--timeout = Seconds to wait for each network step.
cli-export--account = The account (name or number).
cli-export--folder = The folder to write out; OUT is then the mbox file or the folder.
cli-export--all = Every folder; OUT is a folder with one entry per folder.
cli-export--format = mbox, maildir or eml.
cli-export--fetch = Download messages not on this computer first (IMAP).
cli-export--password-stdin = Read the IMAP password from standard input instead of the keyring.
cli-export--timeout = Seconds to wait for each network step.
cli-export--out = Where to write.

transfer-tb-no-profile = No Thunderbird profile was found (looked in ~/.thunderbird, the snap's and the flatpak's); name its folder.
transfer-tb-review = Nothing has been saved. Check the list above, then run the same command with --yes to save these accounts and bring in the mail.
transfer-tb-saved = { $count ->
    [one] Saved 1 new account.
   *[other] Saved { $count } new accounts.
}
transfer-tb-passwords = Passwords were not brought over (Thunderbird keeps them encrypted); Posta asks for each one the first time it connects.
transfer-tb-oauth2 = { $account } signed in through the provider's page (OAuth2) in Thunderbird; Posta will ask you to sign in the same way.
transfer-tb-left-out = { $account } is a news or feed account, which Posta does not read; it was left out.
transfer-tb-unreadable-prefs = { $count ->
    [one] 1 line of prefs.js could not be read and was left out.
   *[other] { $count } lines of prefs.js could not be read and were left out.
}
cli-import-thunderbird = Bring in a Thunderbird profile's accounts, local folders and tags (shown for review; saved with --yes).
cli-import-thunderbird--profile = The profile: its folder or its name in profiles.ini (the default profile when not given).
cli-import-thunderbird--yes = Save the accounts and bring in the mail (without it, only show what would be brought in).
