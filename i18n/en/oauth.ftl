# Signing in with the provider (OAuth2): Gmail, Outlook.com, Yahoo and an
# organisation's own sign-in.

oauth-file-broken = The sign-in provider file { $file } cannot be used and is left out: { $details }
oauth-file-broken-line = The sign-in provider file { $file } cannot be used and is left out (line { $line }): { $details }
oauth-no-provider = No sign-in with the provider is known for { $address }; use a password (or an app password) instead.
oauth-no-client-id = Signing in with { $provider } is not available in this copy of Posta: whoever distributed it registered no application with { $provider }. Use an app password instead.
oauth-provider-gone = The sign-in provider “{ $provider }” this account uses is no longer configured on this computer.
oauth-opening = Opening { $provider }’s sign-in page in your browser. If it does not open, open this address yourself:
oauth-no-browser = No browser could be started ({ $details }).
oauth-page-done = You are signed in. You can close this tab and return to Posta.
oauth-page-failed = Signing in did not work. Close this tab and return to Posta to try again.
oauth-signed-in = { $account }: signed in with { $provider }.
oauth-sign-in-again = { $account }: the sign-in has expired or was withdrawn. Sign in again: posta account signin "{ $account }"
oauth-cancelled = Signing in was cancelled.
oauth-timed-out = No answer came from the browser within 5 minutes, so Posta stopped waiting. Try again.
oauth-forged = The answer that reached Posta did not come from { $provider }’s sign-in for this request, so it was refused. Try again.
oauth-failed = Signing in with { $provider } did not work: { $details }
oauth-not-oauth = { $account } signs in with a password. To sign in with the provider instead: posta account edit "{ $account }" --oauth
oauth-switched-to-password = { $account } now signs in with a password; the provider’s sign-in was forgotten.
oauth-protocol-disabled = { $account }: the sign-in worked, but the mail server does not accept it for this protocol. At Microsoft the administrator must switch on IMAP, POP or authenticated SMTP for the mailbox (error 5.7.139).
oauth-admin-consent = { $account }: the organisation’s administrator must first allow Posta to read mail.
oauth-login-method-password = password
oauth-login-method-oauth = sign in with { $provider }

cli-account-signin = Sign in again with the account's provider (opens the browser)
cli-account-signin--account = The account (its name or number)
cli-account-add--oauth = Sign in with the provider (Google, Microsoft, …) in the browser instead of a password
cli-account-edit--oauth = Switch the account to signing in with the provider (opens the browser)
cli-account-edit--password = Switch the account back to a password, read from standard input
cli-check--oauth = Sign in with the provider in the browser instead of a password
