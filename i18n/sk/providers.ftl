# Provider hints shown by the wizard (keys start with provider-).

## What a provider asks of the user before a mail program can log in: shown
## by the wizard before the connection test and again when a login is
## refused, and by `posta detect` on stderr.
provider-hint-title = Pred testom: { $provider }
provider-hint-visit = { $hint } ({ $url })
provider-hint-enable = { $provider } žiada, aby ste najprv povolili poštové programy vo webovej pošte.
provider-hint-enable-at = { $provider } žiada, aby ste najprv povolili poštové programy: { $url }
provider-access-off = { $provider } má prístup cez IMAP vypnutý, kým ho nezapnete, takže odmietnuté prihlásenie zvyčajne znamená, že je ešte vypnutý.
provider-hint-interia-pl = Interia: najprv zapnite prístup cez IMAP. Prihláste sa na poczta.interia.pl, otvorte nastavenia a povoľte prístup poštovým programom (IMAP, POP3 a SMTP), potom test zopakujte. Prihlasovacie meno je celá adresa.
provider-hint-o2-pl = o2: najprv povoľte poštové programy. Prihláste sa na poczta.o2.pl, otvorte nastavenia a v časti o poštových programoch zapnite IMAP alebo POP3.
provider-hint-wp-pl = WP: najprv povoľte poštové programy. Prihláste sa na poczta.wp.pl, otvorte nastavenia a v časti o poštových programoch zapnite IMAP alebo POP3.
provider-hint-googlemail-com = Gmail: použite heslo aplikácie, nie heslo účtu Google. V účte Google otvorte Zabezpečenie, zapnite dvojstupňové overenie, vytvorte heslo aplikácie pre Postu a zadajte ho sem.
provider-hint-yahoo-com = Yahoo: použite heslo aplikácie. V nastaveniach zabezpečenia účtu Yahoo zvoľte „Vygenerovať heslo aplikácie“ a zadajte ho sem.
provider-hint-me-com = iCloud: použite heslo pre konkrétnu aplikáciu vytvorené na account.apple.com (Prihlásenie a zabezpečenie), nie heslo účtu Apple.
provider-hint-azet-sk = Azet: prihláste sa celou adresou (meno@azet.sk) a heslom k účtu Azet.

## Settings an administrator put in /etc/posta.
provider-source-etc = Nastavené vašou organizáciou
provider-source-etc-body = Správca na tomto počítači nastavil servery poskytovateľa { $provider }.
provider-not-allowed = Na tomto počítači Posta nastavuje len účty vašej organizácie. Opýtajte sa správcu, či má pridať doménu { $domain }.
provider-etc-broken-line = { $file }, riadok { $line }: { $details }. Posta tento súbor vynechá, kým ho niekto neopraví.
provider-etc-broken = { $file }: { $details }. Posta tento súbor vynechá, kým ho niekto neopraví.

## posta detect
provider-detect-invalid = „{ $address }“ nie je e-mailová adresa.
provider-detect-none = Pre { $address } sa nenašli žiadne poštové servery.
provider-detect-none-bundled = Doménu { $domain } nepozná zoznam poskytovateľov Posty ani /etc/posta/providers. Spustite príkaz bez --bundled-only, aby sa Posta opýtala siete.
