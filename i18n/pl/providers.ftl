# Provider hints shown by the wizard (keys start with provider-).

## What a provider asks of the user before a mail program can log in: shown
## by the wizard before the connection test and again when a login is
## refused, and by `posta detect` on stderr.
provider-hint-title = Przed testem: { $provider }
provider-hint-visit = { $hint } ({ $url })
provider-hint-enable = { $provider } wymaga, by najpierw zezwolić programom pocztowym na dostęp w poczcie przez przeglądarkę.
provider-hint-enable-at = { $provider } wymaga, by najpierw zezwolić programom pocztowym na dostęp: { $url }
provider-access-off = { $provider } ma dostęp IMAP wyłączony, dopóki go nie włączysz, więc odrzucone logowanie zwykle oznacza, że jest jeszcze wyłączony.
provider-hint-interia-pl = Interia: najpierw włącz dostęp IMAP. Zaloguj się na poczta.interia.pl, otwórz ustawienia i zezwól na dostęp z programów pocztowych (IMAP, POP3 i SMTP), a potem powtórz test. Loginem jest pełny adres.
provider-hint-o2-pl = o2: najpierw zezwól na programy pocztowe. Zaloguj się na poczta.o2.pl, otwórz ustawienia i w części o programach pocztowych włącz IMAP lub POP3.
provider-hint-wp-pl = WP: najpierw zezwól na programy pocztowe. Zaloguj się na poczta.wp.pl, otwórz ustawienia i w części o programach pocztowych włącz IMAP lub POP3.
provider-hint-googlemail-com = Gmail: użyj hasła do aplikacji, nie hasła do konta Google. Na koncie Google otwórz Bezpieczeństwo, włącz weryfikację dwuetapową, utwórz hasło do aplikacji dla programu Posta i wpisz je tutaj.
provider-hint-yahoo-com = Yahoo: użyj hasła do aplikacji. W ustawieniach bezpieczeństwa konta Yahoo wybierz „Wygeneruj hasło do aplikacji” i wpisz to hasło tutaj.
provider-hint-me-com = iCloud: użyj hasła dla aplikacji utworzonego na account.apple.com (Logowanie i bezpieczeństwo), nie hasła do konta Apple.
provider-hint-azet-sk = Azet: zaloguj się pełnym adresem (nazwa@azet.sk) i hasłem do konta Azet.

## Settings an administrator put in /etc/posta.
provider-source-etc = Ustawione przez Twoją organizację
provider-source-etc-body = Administrator ustawił na tym komputerze serwery dostawcy { $provider }.
provider-not-allowed = Na tym komputerze Posta konfiguruje tylko konta Twojej organizacji. Zapytaj administratora, czy dodać domenę { $domain }.
provider-etc-broken-line = { $file }, wiersz { $line }: { $details }. Posta pomija ten plik, dopóki nie zostanie poprawiony.
provider-etc-broken = { $file }: { $details }. Posta pomija ten plik, dopóki nie zostanie poprawiony.

## posta detect
provider-detect-invalid = „{ $address }” nie jest adresem e-mail.
provider-detect-none = Nie znaleziono serwerów poczty dla { $address }.
provider-detect-none-bundled = Ani lista dostawców programu Posta, ani /etc/posta/providers nie zna domeny { $domain }. Uruchom polecenie bez --bundled-only, aby zapytać sieć.
