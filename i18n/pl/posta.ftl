# Posta: komunikaty po polsku.
#
# Liczba mnoga według CLDR: [one] 1; [few] 2–4, 22–24, 32–34… (bez 12–14);
# [many] 0, 5–21, 25–31…; [other] ułamki („1,5 wiadomości” – dopełniacz
# liczby pojedynczej).

## Application

app-title = Posta
app-version = Wersja { $version }
app-language = Język: { $language }

## Home: the window shown before any account exists

home-welcome = Posta jest gotowa. Dodaj pierwsze konto pocztowe, aby zacząć.

## Settings

settings-language = Język
settings-language-hint = Język zmienia się od razu, bez ponownego uruchamiania programu.

## Mailbox

mailbox-unread-count =
    { $count ->
        [one] { $count } nieprzeczytana wiadomość
        [few] { $count } nieprzeczytane wiadomości
        [many] { $count } nieprzeczytanych wiadomości
       *[other] { $count } nieprzeczytanej wiadomości
    }
mailbox-message-count =
    { $count ->
        [one] { $count } wiadomość
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    }

## Synchronisation

sync-queued-changes =
    { $count ->
        [one] { $count } zmiana czeka na wysłanie
        [few] { $count } zmiany czekają na wysłanie
        [many] { $count } zmian czeka na wysłanie
       *[other] { $count } zmiany czeka na wysłanie
    }
# Po „z” zawsze dopełniacz: „z 1 wiadomości”, „z 5 wiadomości”.
sync-progress =
    { $total ->
        [one] Synchronizacja: { $done } z { $total } wiadomości
        [few] Synchronizacja: { $done } z { $total } wiadomości
        [many] Synchronizacja: { $done } z { $total } wiadomości
       *[other] Synchronizacja: { $done } z { $total } wiadomości
    }

## POP3 account settings

pop3-keep-days =
    { $days ->
        [one] Pozostawiaj wiadomości na serwerze przez { $days } dzień
        [few] Pozostawiaj wiadomości na serwerze przez { $days } dni
        [many] Pozostawiaj wiadomości na serwerze przez { $days } dni
       *[other] Pozostawiaj wiadomości na serwerze przez { $days } dnia
    }

## Standard folders

folder-inbox = Odebrane
folder-sent = Wysłane
folder-drafts = Kopie robocze
folder-trash = Kosz
folder-junk = Spam
folder-archive = Archiwum

## Errors from the account layer: what happened, then what to do about it

error-host-not-found = Nie można znaleźć serwera „{ $host }”. Sprawdź, czy nazwa serwera jest wpisana bez literówek i czy masz połączenie z internetem.
error-connection-refused = Serwer { $host } odrzucił połączenie na porcie { NUMBER($port, useGrouping: "false") }. Sprawdź numer portu i rodzaj zabezpieczeń (SSL/TLS lub STARTTLS) – właściwe ustawienia znajdziesz na stronach pomocy swojego dostawcy poczty.
error-timed-out = Serwer { $host } nie odpowiedział w wyznaczonym czasie. Sprawdź połączenie z internetem i spróbuj ponownie. Jeśli problem się powtarza, serwer może być niedostępny albo połączenie blokuje zapora sieciowa.
error-tls-untrusted = Posta nie może potwierdzić tożsamości serwera (odcisk cyfrowy certyfikatu: { $fingerprint }). Kontynuuj tylko wtedy, gdy dostawca poczty potwierdzi ten odcisk – w przeciwnym razie ktoś może przechwytywać połączenie.
error-tls-failed = Nie udało się nawiązać bezpiecznego połączenia z serwerem. Sprawdź rodzaj zabezpieczeń (SSL/TLS lub STARTTLS) i numer portu: SSL/TLS zwykle działa na portach 993, 995 i 465, a STARTTLS na 143, 110 i 587.
error-starttls-unavailable = Serwer { $host } nie obsługuje STARTTLS, więc na tym porcie nie da się zaszyfrować połączenia. Wybierz SSL/TLS (zwykle port 993 dla IMAP i 995 dla POP3).
error-authentication-failed = Serwer nie przyjął nazwy użytkownika lub hasła. Sprawdź oba pola. Jeśli Twój dostawca poczty stosuje weryfikację dwuetapową, utwórz hasło do aplikacji i wpisz je tutaj zamiast zwykłego hasła.
error-protocol = Serwer zgłosił problem: „{ $details }”. Spróbuj ponownie później, a jeśli błąd będzie się powtarzał, prześlij ten komunikat dostawcy poczty.
error-io = Nie udało się odczytać ani zapisać danych: { $details }. Spróbuj ponownie; jeśli problem się powtarza, sprawdź dysk i połączenie sieciowe.
error-disk-full = Na dysku zabrakło miejsca, więc Posta nie może zapisać poczty. Zwolnij trochę miejsca i spróbuj ponownie.
error-tls-reason-unknown-issuer = Certyfikat serwera wystawił urząd certyfikacji, któremu ten komputer nie ufa, albo serwer podpisał go sam.
error-tls-reason-expired = Certyfikat serwera wygasł lub nie jest jeszcze ważny. Sprawdź też, czy data i godzina w tym komputerze są prawidłowe.
error-tls-reason-host-mismatch = Certyfikat wystawiono dla innego serwera, nie dla { $host }. Sprawdź, czy nazwa serwera jest poprawna.
error-tls-reason-other = Nie udało się zweryfikować certyfikatu serwera.
error-unsupported = Konto POP3 tego nie umożliwia: POP3 tylko pobiera wiadomości ze skrzynki odbiorczej, a foldery na serwerze, flagi i udostępnianie wymagają IMAP. Jeśli Twój dostawca oferuje IMAP, skonfiguruj konto przez IMAP.
error-cancelled = Zatrzymano. Nic nie zostało utracone: to, co już pobrano, zostaje, a reszta przyjdzie przy następnej synchronizacji.

## Command line: posta check

check-ok = Połączono z serwerem { $host } (port { $port }, { $protocol }) i zalogowano.
check-server-capabilities = Możliwości serwera
check-folders = Foldery
check-yes = tak
check-no = nie
check-ca-unreadable = Nie można odczytać pliku urzędu certyfikacji { $path }: { $details }. Sprawdź ścieżkę i uprawnienia do pliku.
check-bad-fingerprint = Ten odcisk cyfrowy jest nieprawidłowy. Podaj odcisk SHA-256 jako 64 cyfry szesnastkowe, z dwukropkami lub bez (AB:CD:…).
check-insecure-warning = Uwaga: to połączenie nie jest szyfrowane. Hasło i poczta są przesyłane przez sieć otwartym tekstem – używaj go tylko do testów w zaufanej sieci.

## Server capabilities, as the account check lists them

capability-server-folders = Foldery na serwerze
capability-server-flags = Stan przeczytania i oznaczenia zapisywany na serwerze
capability-keywords = Etykiety (słowa kluczowe)
capability-shared-folders = Foldery udostępnione
capability-metadata = Adnotacje folderów (METADATA)
capability-push = Natychmiastowe powiadamianie o nowej poczcie (IDLE)
capability-partial-fetch = Pobieranie części wiadomości na żądanie (załączniki)

## Command line

cli-account-not-found = Nie ma konta o nazwie „{ $account }”. Listę kont pokazuje polecenie „posta account list”.
cli-account-exists = Konto o nazwie „{ $account }” już istnieje. Wybierz inną nazwę.
cli-keep-copy-imap = Opcja --keep-copy dotyczy tylko kont POP3: konto IMAP zawsze przechowuje pocztę na serwerze.
cli-account-added = Dodano konto „{ $account }” pod numerem { NUMBER($id, useGrouping: "false") }.
cli-account-added-no-password = Nie zapisano hasła do tego konta. Podawaj je poleceniu „posta sync” za każdym razem z opcją --password-stdin albo dodaj konto ponownie z opcją --password-stdin na komputerze z magazynem haseł.
cli-keyring-unavailable = Nie działa żaden magazyn haseł (np. GNOME Keyring lub KWallet), a Posta nigdy nie zapisuje haseł na dysku, więc nie można było zachować hasła. Uruchom magazyn haseł i spróbuj ponownie. W skryptach można tu pominąć opcję --password-stdin i zamiast tego podawać hasło poleceniu „posta sync --password-stdin”.
cli-keyring-locked = Magazyn haseł jest zablokowany. Odblokuj go (zwykle wystarczy zalogować się do pulpitu) i spróbuj ponownie.
cli-password-missing = Dla konta „{ $account }” nie zapisano hasła. Dodaj konto ponownie z opcją --password-stdin albo podaj hasło poleceniu „posta sync --password-stdin”.
cli-keyring-failed = Magazyn haseł nie wykonał polecenia: { $details }. Spróbuj ponownie; jeśli błąd się powtarza, uruchom magazyn haseł od nowa.
cli-no-accounts = Nie ma jeszcze żadnych kont. Dodaj konto poleceniem „posta account add”.
cli-security-tls = SSL/TLS
cli-security-starttls = STARTTLS
cli-security-none = bez szyfrowania
cli-account-line = { NUMBER($id, useGrouping: "false") }. { $account } <{ $email }>: { $protocol }, { $host }, port { NUMBER($port, useGrouping: "false") }, { $security }
cli-keep-copy-keep = poczta pozostaje na serwerze
cli-keep-copy-days =
    { $days ->
        [one] poczta jest usuwana z serwera { $days } dzień po pobraniu
        [few] poczta jest usuwana z serwera { $days } dni po pobraniu
        [many] poczta jest usuwana z serwera { $days } dni po pobraniu
       *[other] poczta jest usuwana z serwera { $days } dnia po pobraniu
    }
cli-keep-copy-until-deleted = poczta jest usuwana z serwera, gdy usuniesz ją tutaj
cli-keep-copy-delete = poczta jest usuwana z serwera zaraz po pobraniu
cli-sync-failed = Synchronizacja konta „{ $account }” nie powiodła się.
# Po „z” zawsze dopełniacz: „z 1 wiadomości”, „z 5 wiadomości”.
cli-sync-progress =
    { $total ->
        [one] { $account }, { $folder }: { $done } z { $total } wiadomości
        [few] { $account }, { $folder }: { $done } z { $total } wiadomości
        [many] { $account }, { $folder }: { $done } z { $total } wiadomości
       *[other] { $account }, { $folder }: { $done } z { $total } wiadomości
    }
cli-sync-done-imap =
    { $account }: { $new ->
        [one] { $new } nowa wiadomość
        [few] { $new } nowe wiadomości
        [many] { $new } nowych wiadomości
       *[other] { $new } nowej wiadomości
    } w { $folders ->
        [one] { $folders } folderze
        [few] { $folders } folderach
        [many] { $folders } folderach
       *[other] { $folders } folderu
    }.
cli-sync-done-pop3 =
    { $new ->
        [one] { $account }: pobrano { $new } nową wiadomość.
        [few] { $account }: pobrano { $new } nowe wiadomości.
        [many] { $account }: pobrano { $new } nowych wiadomości.
       *[other] { $account }: pobrano { $new } nowej wiadomości.
    }
cli-sync-changed =
    { $count ->
        [one] { $count } wiadomość zmieniła się na serwerze.
        [few] { $count } wiadomości zmieniły się na serwerze.
        [many] { $count } wiadomości zmieniło się na serwerze.
       *[other] { $count } wiadomości zmieniło się na serwerze.
    }
cli-sync-removed =
    { $count ->
        [one] Na serwerze usunięto { $count } wiadomość.
        [few] Na serwerze usunięto { $count } wiadomości.
        [many] Na serwerze usunięto { $count } wiadomości.
       *[other] Na serwerze usunięto { $count } wiadomości.
    }
cli-sync-sent =
    { $count ->
        [one] Wysłano na serwer { $count } zmianę wprowadzoną tutaj.
        [few] Wysłano na serwer { $count } zmiany wprowadzone tutaj.
        [many] Wysłano na serwer { $count } zmian wprowadzonych tutaj.
       *[other] Wysłano na serwer { $count } zmiany wprowadzonej tutaj.
    }
cli-sync-refused =
    { $count ->
        [one] Serwer odrzucił { $count } zmianę wprowadzoną tutaj; zachowano ją, żeby można było sprawdzić, czego dotyczyła.
        [few] Serwer odrzucił { $count } zmiany wprowadzone tutaj; zachowano je, żeby można było sprawdzić, czego dotyczyły.
        [many] Serwer odrzucił { $count } zmian wprowadzonych tutaj; zachowano je, żeby można było sprawdzić, czego dotyczyły.
       *[other] Serwer odrzucił { $count } zmiany wprowadzonej tutaj; zachowano je, żeby można było sprawdzić, czego dotyczyły.
    }
cli-sync-deleted-on-server =
    { $count ->
        [one] Zgodnie z ustawieniami konta usunięto z serwera { $count } wiadomość.
        [few] Zgodnie z ustawieniami konta usunięto z serwera { $count } wiadomości.
        [many] Zgodnie z ustawieniami konta usunięto z serwera { $count } wiadomości.
       *[other] Zgodnie z ustawieniami konta usunięto z serwera { $count } wiadomości.
    }
cli-sync-held-back =
    { $count ->
        [one] { $count } wiadomość przekracza limit pobierania i pozostała na serwerze.
        [few] { $count } wiadomości przekraczają limit pobierania i pozostały na serwerze.
        [many] { $count } wiadomości przekracza limit pobierania i pozostało na serwerze.
       *[other] { $count } wiadomości przekracza limit pobierania i pozostało na serwerze.
    }
cli-sync-outbox-sent =
    { $count ->
        [one] Wysłano { $count } wiadomość ze skrzynki nadawczej.
        [few] Wysłano { $count } wiadomości ze skrzynki nadawczej.
        [many] Wysłano { $count } wiadomości ze skrzynki nadawczej.
       *[other] Wysłano { $count } wiadomości ze skrzynki nadawczej.
    }
cli-folder-not-found-anywhere = Żadne konto nie ma folderu o nazwie „{ $folder }”. Listę folderów pokazuje „posta folders”; jeśli folder jest nowy, najpierw uruchom „posta sync”.
cli-folder-not-found = Konto „{ $account }” nie ma folderu o nazwie „{ $folder }”. Jego foldery pokazuje „posta folders”; jeśli folder jest nowy, najpierw uruchom „posta sync”.
cli-folder-ambiguous = Kilka kont ma folder o nazwie „{ $folder }”. Wybierz jedno z nich opcją --account.
cli-no-sender = (nieznany nadawca)
cli-no-subject = (bez tematu)
cli-folders-account = Konto „{ $account }”:
cli-folders-none = Konto „{ $account }” nie ma jeszcze folderów na tym komputerze. Uruchom „posta sync”, aby je pobrać.
cli-folder-line =
    { $folder }: { $total ->
        [one] { $total } wiadomość
        [few] { $total } wiadomości
        [many] { $total } wiadomości
       *[other] { $total } wiadomości
    }, { $unread ->
        [one] { $unread } nieprzeczytana
        [few] { $unread } nieprzeczytane
        [many] { $unread } nieprzeczytanych
       *[other] { $unread } nieprzeczytanej
    }
cli-search-nothing = Nic nie znaleziono dla zapytania „{ $text }”.

## Desktop entry and AppStream (packaging/); tests/i18n/i18n_desktop.rs keeps them in step
desktop-generic-name = Klient poczty
desktop-comment = Czytaj i pisz e-maile przez IMAP lub POP3
desktop-keywords = poczta;e-mail;IMAP;POP3;skrzynka;
appstream-summary = Program pocztowy, który prostymi słowami wyjaśnia IMAP i POP3
# The two paragraphs of the AppStream description.
appstream-description-1 = Posta to program pocztowy dla IMAP i POP3. Jego kreator prostymi słowami wyjaśnia, co każdy z protokołów robi z Twoją pocztą, sam znajduje ustawienia serwera na podstawie adresu, mówi, czego dostawca wymaga najpierw (włączenia IMAP, hasła do aplikacji), i sprawdza połączenie.
appstream-description-2 = Z IMAP foldery, stan przeczytania, kolorowe etykiety i udostępnione foldery wyglądają tak samo na każdym urządzeniu; zmiany zrobione bez sieci trafiają na serwer później. Interfejs jest po angielsku, polsku, słowacku i bułgarsku, a administrator może raz ustawić wartości domyślne i serwery organizacji dla wszystkich użytkowników.
