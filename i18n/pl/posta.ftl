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
error-tls-failed = Nie udało się nawiązać bezpiecznego połączenia z serwerem: { $details }. Sprawdź rodzaj zabezpieczeń (SSL/TLS lub STARTTLS) i numer portu.
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
