# Provider hints shown by the wizard (keys start with provider-).

## What a provider asks of the user before a mail program can log in: shown
## by the wizard before the connection test and again when a login is
## refused, and by `posta detect` on stderr.
provider-hint-title = Before the test: { $provider }
provider-hint-visit = { $hint } ({ $url })
provider-hint-enable = { $provider } asks you to allow mail programs in its webmail first.
provider-hint-enable-at = { $provider } asks you to allow mail programs first: { $url }
provider-access-off = { $provider } keeps IMAP access switched off until you switch it on, so a refused login usually means it is still off.
provider-hint-interia-pl = Interia: switch on IMAP access first. Log in at poczta.interia.pl, open the settings and allow access for mail programs (IMAP, POP3 and SMTP), then test again. Your login is your full address.
provider-hint-o2-pl = o2: allow mail programs first. Log in at poczta.o2.pl, open the settings and, under mail programs, switch on IMAP or POP3.
provider-hint-wp-pl = WP: allow mail programs first. Log in at poczta.wp.pl, open the settings and, under mail programs, switch on IMAP or POP3.
provider-hint-googlemail-com = Gmail: use an app password, not your Google password. In your Google Account open Security, switch on 2-Step Verification, then create an app password for Posta and type it here.
provider-hint-yahoo-com = Yahoo: use an app password. In Yahoo’s account security settings choose “Generate app password” and type that password here.
provider-hint-me-com = iCloud: use an app-specific password made at account.apple.com (Sign-In and Security), not your Apple Account password.
provider-hint-azet-sk = Azet: log in with your full address (name@azet.sk) and the password of your Azet account.

## Settings an administrator put in /etc/posta.
provider-source-etc = Set up by your organisation
provider-source-etc-body = Your administrator set up the servers of { $provider } on this computer.
provider-not-allowed = On this computer Posta sets up only your organisation’s accounts. Ask your administrator if { $domain } should be added.
provider-etc-broken-line = { $file }, line { $line }: { $details }. Posta ignores this file until it is fixed.
provider-etc-broken = { $file }: { $details }. Posta ignores this file until it is fixed.

## posta detect
provider-detect-invalid = “{ $address }” is not an e-mail address.
provider-detect-none = No mail servers were found for { $address }.
provider-detect-none-bundled = Neither Posta’s provider list nor /etc/posta/providers knows { $domain }. Run the command without --bundled-only to ask the network.
