# Pomoc wiersza poleceń (`posta --help`, `posta POLECENIE --help`) i słowa,
# które clap, parser argumentów, pisałby inaczej po angielsku.
#
# Klucze: opis polecenia to `cli-<ścieżka>` (nazwy podpoleceń złączone `-`,
# korzeń `cli-posta`); pomoc opcji lub argumentu to `cli-<ścieżka>--<id>`.
# Nazwy opcji, METAZMIENNE wielkimi literami i wartości w `odwrotnych
# apostrofach` wpisuje użytkownik, więc zostają bez zmian.

## clap's own parts

cli-heading-usage = Użycie
cli-heading-commands = Polecenia
cli-heading-arguments = Argumenty
cli-heading-options = Opcje
cli-value-command = POLECENIE
cli-value-options = OPCJE
cli-help-flag = Wyświetla pomoc
cli-help-flag-more = Wyświetla pomoc (więcej: '--help')
cli-help-flag-summary = Wyświetla pomoc (skrót: '-h')
cli-version-flag = Wyświetla wersję
cli-help-command = Wyświetla tę pomoc albo pomoc podanych poleceń
cli-help-command--subcommand = Polecenia, których pomoc wyświetlić
cli-default-value = [domyślnie: { $value }]

## Mistakes on the command line

cli-error-prefix = błąd:
cli-error-tip = wskazówka:
cli-error-more = Więcej informacji: '{ $flag }'.
cli-error-unknown-argument = nieoczekiwany argument '{ $arg }'
cli-error-unknown-command = nieznane polecenie '{ $command }'
cli-error-missing-value = '{ $arg }' wymaga wartości, a nie podano żadnej
cli-error-invalid-value = nieprawidłowa wartość '{ $value }' dla '{ $arg }'
cli-possible-values = [dozwolone wartości: { $values }]
cli-error-missing-required = nie podano wymaganych argumentów:
cli-error-missing-command = '{ $command }' wymaga polecenia, a nie podano żadnego; jedno z:
cli-error-used-twice = argumentu '{ $arg }' nie można podać więcej niż raz
cli-error-conflict = argumentu '{ $arg }' nie można użyć razem z '{ $other }'
cli-error-conflict-some = argumentu '{ $arg }' nie można użyć razem z innymi podanymi argumentami
cli-error-no-equals = wartość dla '{ $arg }' trzeba podać po znaku równości
cli-error-too-many-values = nieoczekiwana wartość '{ $value }' dla '{ $arg }'; więcej wartości nie przyjmuje
cli-error-too-few-values =
    { $count ->
        [one] '{ $arg }' wymaga { $count } wartości; podano tylko { $given }
        [few] '{ $arg }' wymaga { $count } wartości; podano tylko { $given }
        [many] '{ $arg }' wymaga { $count } wartości; podano tylko { $given }
       *[other] '{ $arg }' wymaga { $count } wartości; podano tylko { $given }
    }
cli-error-wrong-number-of-values =
    { $count ->
        [one] '{ $arg }' wymaga { $count } wartości, a podano { $given }
        [few] '{ $arg }' wymaga { $count } wartości, a podano { $given }
        [many] '{ $arg }' wymaga { $count } wartości, a podano { $given }
       *[other] '{ $arg }' wymaga { $count } wartości, a podano { $given }
    }
cli-error-invalid-utf8 = jeden z argumentów nie jest poprawnym tekstem UTF-8
cli-error-other = nie udało się zrozumieć wiersza poleceń
cli-error-not-a-number = to nie jest liczba całkowita
cli-error-number-too-big = liczba jest za duża
cli-error-number-range = liczba musi być od { $low } do { $high }
cli-error-number-at-least = liczba musi wynosić co najmniej { $low }
cli-error-similar-command =
    { $count ->
        [one] istnieje podobne polecenie: { $similar }
        [few] istnieją podobne polecenia: { $similar }
        [many] istnieją podobne polecenia: { $similar }
       *[other] istnieją podobne polecenia: { $similar }
    }
cli-error-similar-argument =
    { $count ->
        [one] istnieje podobny argument: { $similar }
        [few] istnieją podobne argumenty: { $similar }
        [many] istnieją podobne argumenty: { $similar }
       *[other] istnieją podobne argumenty: { $similar }
    }
cli-error-similar-value =
    { $count ->
        [one] istnieje podobna wartość: { $similar }
        [few] istnieją podobne wartości: { $similar }
        [many] istnieją podobne wartości: { $similar }
       *[other] istnieją podobne wartości: { $similar }
    }
cli-error-tip-pass-as-value = aby podać '{ $given }' jako wartość, napisz '{ $instead }'
cli-error-tip-remove-dashes = polecenie '{ $command }' istnieje; aby go użyć, usuń '--' przed nim
cli-error-tip-exists = istnieje '{ $similar }'

## Other sentences of the binary

cli-window-failed = Nie udało się otworzyć okna: { $details }

## Values the options refuse

cli-value-security = podaj tls, starttls albo none
cli-value-size = podaj liczbę bajtów albo liczbę z K, M lub G
cli-value-keep-copy = podaj keep, days:N, until-deleted albo delete
cli-value-switch = podaj on albo off

## The commands

cli-posta = Posta, klient poczty IMAP i POP3

cli-check = Sprawdza połączenie z serwerem poczty przychodzącej i wypisuje, co serwer oferuje
cli-check--protocol = `imap` albo `pop3`
cli-check--host = Nazwa hosta serwera
cli-check--port = Port serwera (993/143 IMAP, 995/110 POP3)
cli-check--security = `tls`, `starttls` albo `none` (przy none hasło idzie niezaszyfrowane)
cli-check--user = Nazwa użytkownika (login)
cli-check--password-stdin = Czyta hasło ze standardowego wejścia (nigdy z argumentu wiersza poleceń, który widzą inni użytkownicy komputera)
cli-check--ca-file = Dodatkowy urząd certyfikacji, któremu ufać (plik PEM)
cli-check--fingerprint = Przyjmuje certyfikat serwera o tym odcisku SHA-256
cli-check--timeout = Ile sekund czekać na każdy krok w sieci

cli-account = Dodaje konta pocztowe i je wypisuje

cli-account-add = Dodaje konto pocztowe: ustawienia do config.toml, hasło do magazynu haseł
cli-account-add--name = Nazwa konta (niepowtarzalna)
cli-account-add--email = Adres e-mail
cli-account-add--display-name = Imię i nazwisko widoczne dla odbiorców; domyślnie puste
cli-account-add--protocol = `imap` albo `pop3`
cli-account-add--host = Nazwa hosta serwera poczty przychodzącej
cli-account-add--port = Port serwera poczty przychodzącej; domyślnie 993/143 dla IMAP, 995/110 dla POP3 (TLS / bez TLS)
cli-account-add--security = `tls`, `starttls` albo `none` (przy none hasło idzie niezaszyfrowane)
cli-account-add--user = Nazwa użytkownika; domyślnie adres e-mail
cli-account-add--password-stdin = Czyta hasło ze standardowego wejścia i zapisuje je w magazynie haseł. Bez tej opcji hasło nie jest zapisywane i trzeba je za każdym razem podać `posta sync --password-stdin` (na komputerach bez magazynu haseł)
cli-account-add--ca-file = Dodatkowy urząd certyfikacji, któremu ufać (plik PEM)
cli-account-add--keep-copy = POP3: `keep` (domyślnie), `days:N`, `until-deleted` albo `delete` (zaraz po pobraniu)
cli-account-add--max-download-size = POP3: większe wiadomości zostają na serwerze (w bajtach; K, M lub G to KiB, MiB, GiB)
cli-account-add--download-bodies = IMAP: pobiera też treść wiadomości, by dało się je czytać bez sieci

cli-account-list = Wypisuje konta

cli-account-edit = Zmienia ustawienia konta; ustawienia serwera są sprawdzane przed zapisaniem (chyba że podano --no-check)
cli-account-edit--account = Konto (jego nazwa albo numer)
cli-account-edit--name = Nowa nazwa konta
cli-account-edit--email = Adres e-mail
cli-account-edit--display-name = Imię i nazwisko widoczne dla odbiorców
cli-account-edit--host = Nazwa hosta serwera poczty przychodzącej
cli-account-edit--port = Port serwera poczty przychodzącej (zmiana --security ustawia zwykły port)
cli-account-edit--security = `tls`, `starttls` albo `none` (przy none hasło idzie niezaszyfrowane)
cli-account-edit--user = Nazwa użytkownika (login)
cli-account-edit--ca-file = Dodatkowy urząd certyfikacji, któremu ufać (plik PEM)
cli-account-edit--no-ca-file = Przestaje ufać dodatkowemu urzędowi certyfikacji
cli-account-edit--forget-fingerprint = Zapomina certyfikat przyjęty dla tego konta (Posta zapyta o niego znowu, jeśli nie jest zaufany w inny sposób)
cli-account-edit--keep-copy = POP3: `keep`, `days:N`, `until-deleted` albo `delete` (zaraz po pobraniu)
cli-account-edit--max-download-size = POP3: większe wiadomości zostają na serwerze (w bajtach; K, M lub G) albo `none` bez limitu
cli-account-edit--download-bodies = IMAP: pobiera treść wiadomości, by dało się je czytać bez sieci
cli-account-edit--check-interval = Jak często sprawdzać zmiany w każdym folderze (w sekundach)
cli-account-edit--smtp-host = Nazwa hosta serwera poczty wychodzącej
cli-account-edit--smtp-port = Port serwera poczty wychodzącej
cli-account-edit--smtp-security = Zabezpieczenie serwera poczty wychodzącej: `tls`, `starttls` albo `none`
cli-account-edit--smtp-user = Nazwa użytkownika na serwerze poczty wychodzącej
cli-account-edit--color = Kolor konta w drzewie folderów (`#rrggbb`) albo `none`
cli-account-edit--no-check = Zapisuje bez sprawdzania serwerów
cli-account-edit--yes = Pozwala na zmianę, która usuwa pocztę z serwera
cli-account-edit--timeout = Ile sekund czekać na każdy krok sprawdzania w sieci

cli-account-password = Nadaje kontu nowe hasło (ze standardowego wejścia): Posta sprawdza je prawdziwym logowaniem i dopiero wtedy zastępuje nim hasło w magazynie haseł
cli-account-password--account = Konto (jego nazwa albo numer)
cli-account-password--password-stdin = Czyta nowe hasło ze standardowego wejścia (nigdy z argumentu, który widzą inni użytkownicy komputera)
cli-account-password--timeout = Ile sekund czekać na każdy krok sprawdzania w sieci

cli-account-remove = Usuwa konto: jego pocztę na tym komputerze (chyba że podano --keep-local-mail), oczekujące zmiany i wpis w magazynie haseł. Poczty na serwerze nie rusza
cli-account-remove--account = Konto (jego nazwa albo numer)
cli-account-remove--keep-local-mail = Zachowuje pobraną pocztę na tym komputerze jako foldery lokalne

cli-account-switch-to-imap = Przenosi konto POP3 na IMAP: wysyła jego lokalną pocztę, foldery, flagi i etykiety, a potem synchronizuje je jako IMAP (można przerwać i uruchomić ponownie)
cli-account-switch-to-imap--name = Konto POP3 (jego nazwa albo numer)
cli-account-switch-to-imap--host = Serwer IMAP; jeśli go nie podano, Posta ustala go z serwera POP3 i listy dostawców
cli-account-switch-to-imap--port = Port IMAP (jeśli go nie podano: 993 z TLS, w przeciwnym razie 143)
cli-account-switch-to-imap--security = `tls`, `starttls` albo `none`
cli-account-switch-to-imap--user = Nazwa użytkownika IMAP (jeśli jej nie podano, ta sama co w POP3)
cli-account-switch-to-imap--password-stdin = Czyta hasło ze standardowego wejścia zamiast z magazynu haseł
cli-account-switch-to-imap--timeout = Ile sekund czekać na każdy krok w sieci

cli-sync = Pobiera nową pocztę (wszystkich kont albo jednego); postęp na standardowe wyjście błędów, podsumowanie każdego konta na standardowe wyjście
cli-sync--account = Tylko to konto (jego nazwa albo numer); bez tej opcji wszystkie konta
cli-sync--password-stdin = Czyta hasło ze standardowego wejścia zamiast z magazynu haseł (dla skryptów i komputerów bez magazynu haseł); używane dla każdego synchronizowanego konta
cli-sync--timeout = Ile sekund czekać na każdy krok w sieci

cli-folders = Wypisuje foldery na tym komputerze z liczbą wiadomości
cli-folders--account = Tylko to konto (jego nazwa albo numer); bez tej opcji wszystkie konta

cli-folder = Pokazuje albo ukrywa folder IMAP (subskrypcja i jej cofnięcie); wybór jest zapisywany na serwerze i wysyłany przy następnym `posta sync`

cli-folder-subscribe = Pokazuje folder i sprawdza w nim nową pocztę (IMAP SUBSCRIBE)
cli-folder-subscribe--account = Konto (jego nazwa albo numer)
cli-folder-subscribe--folder = Folder, tak jak nazywa go `posta folders`

cli-folder-unsubscribe = Ukrywa folder i przestaje go sprawdzać (IMAP UNSUBSCRIBE); jego poczta zostaje na serwerze
cli-folder-unsubscribe--account = Konto (jego nazwa albo numer)
cli-folder-unsubscribe--folder = Folder, tak jak nazywa go `posta folders`

cli-messages = Wypisuje wiadomości z folderu, od najnowszej: data, nadawca, temat, flagi, etykiety, rozdzielone tabulatorami
cli-messages--folder = Folder, tak jak nazywa go `posta folders` (INBOX, Sent, Projekty/Żółć)
cli-messages--account = Konto (jego nazwa albo numer); potrzebne tylko wtedy, gdy folder o tej nazwie ma kilka kont
cli-messages--limit = Pokazuje najwyżej tyle wiadomości
cli-messages--conversations = Jeden wiersz na wątek (jego najnowsza wiadomość w folderze, potem ile ma wiadomości, łącznie z wysłanymi, i ile z nich nieprzeczytanych)

cli-identity = Adresy, z których konto wysyła pocztę, z adresem do odpowiedzi i podpisem

cli-identity-add = Dodaje adres, z którego konto wysyła pocztę (albo zmienia istniejący)
cli-identity-add--account = Konto (jego nazwa albo numer)
cli-identity-add--email = Adres
cli-identity-add--name = Imię i nazwisko widoczne dla odbiorców
cli-identity-add--reply-to = Dokąd mają trafiać odpowiedzi
cli-identity-add--signature = Podpis, zwykły tekst
cli-identity-add--signature-file = Czyta podpis z tego pliku (tekst UTF-8)

cli-identity-list = Wypisuje tożsamości konta: adres, imię i nazwisko, adres do odpowiedzi, podpis (jego końce wierszy zapisane jako `\n`), rozdzielone tabulatorami; najpierw własny adres konta
cli-identity-list--account = Konto (jego nazwa albo numer)

cli-identity-remove = Usuwa tożsamość (z własnego adresu konta zostaje tylko adres i imię z nazwiskiem)
cli-identity-remove--account = Konto (jego nazwa albo numer)
cli-identity-remove--email = Adres tożsamości

cli-show = Wypisuje jedną wiadomość jako tekst: Od, Do, DW, Data, Temat, treść (tabele w kolumnach, listy, adresy odnośników), potem po jednym wierszu na załącznik (nazwa, typ, bajty) rozdzielonym tabulatorami; N liczy się tak, jak wypisuje `posta messages FOLDER` (1 = pierwsza). --raw: dokładnie tak, jak zapisana
cli-show--folder = Folder, tak jak nazywa go `posta folders`
cli-show--number = Miejsce wiadomości w `posta messages FOLDER` (1 = pierwszy wiersz)
cli-show--account = Konto (jego nazwa albo numer); potrzebne tylko wtedy, gdy folder o tej nazwie ma kilka kont
cli-show--raw = Wypisuje wiadomość dokładnie tak, jak jest zapisana (RFC 5322, z częściami MIME)

cli-search = Przeszukuje pocztę na tym komputerze
cli-search--text = Szukane słowa (wszystkie; ostatnie może być początkiem słowa)
cli-search--account = Tylko to konto (jego nazwa albo numer)
cli-search--limit = Pokazuje najwyżej tyle wiadomości

cli-send = Wysyła wiadomość: kod wyjścia 0, gdy serwer ją przyjął, 75, gdy czeka w folderze Do wysłania (powód na standardowym wyjściu błędów), 1, gdy serwer ją odrzucił
cli-send--account = Konto, z którego wysłać (jego nazwa albo numer)
cli-send--to = Odbiorcy; powtórz opcję albo rozdziel adresy przecinkami
cli-send--cc = Kopia do tych odbiorców
cli-send--bcc = Ukryta kopia do tych odbiorców
cli-send--subject = Temat
cli-send--body-file = Treść z tego pliku UTF-8; bez tej opcji ze standardowego wejścia
cli-send--attach = Załącza ten plik (powtórz, by załączyć kilka)
cli-send--password-stdin = Czyta hasło z pierwszego wiersza standardowego wejścia zamiast z magazynu haseł (treść jest wtedy w kolejnych wierszach, chyba że podano --body-file)

cli-outbox = Wypisuje, co czeka na wysłanie (id, do, temat, próby, ostatni błąd, rozdzielone tabulatorami); --send próbuje wysłać teraz, --remove ID usuwa jedną wiadomość
cli-outbox--account = Tylko to konto (jego nazwa albo numer)
cli-outbox--send = Próbuje teraz wysłać każdą czekającą wiadomość
cli-outbox--remove = Usuwa bez wysyłania wiadomość o tym id (pierwsza kolumna)
cli-outbox--password-stdin = Z --send: czyta hasło serwera poczty wychodzącej ze standardowego wejścia zamiast z magazynu haseł

cli-quota = Pokazuje, jak pełna jest skrzynka każdego konta na serwerze: jeden wiersz na zasób, `storage|message UŻYTE LIMIT PROCENT` (miejsce w bajtach), rozdzielone tabulatorami
cli-quota--account = Tylko to konto (jego nazwa albo numer); bez tej opcji wszystkie konta (wtedy każdy wiersz zaczyna się nazwą konta i tabulatorem)
cli-quota--password-stdin = Czyta hasło ze standardowego wejścia zamiast z magazynu haseł
cli-quota--timeout = Ile sekund czekać na każdy krok w sieci

cli-server = Wypisuje wiadomości konta POP3 leżące na serwerze (numer, UIDL, rozmiar, data, nadawca, temat, stan, rozdzielone tabulatorami); część z nich usuwa albo pobiera
cli-server--account = Konto POP3 (jego nazwa albo numer)
cli-server--delete = Usuwa te wiadomości (według UIDL) z serwera bez pobierania
cli-server--fetch = Pobiera teraz te wiadomości (według UIDL) do folderu INBOX, bez względu na rozmiar
cli-server--password-stdin = Czyta hasło ze standardowego wejścia zamiast z magazynu haseł
cli-server--timeout = Ile sekund czekać na każdy krok w sieci

cli-remote-content = Wypisuje, dodaje albo usuwa nadawców, których zdalne obrazy wczytują się bez pytania

cli-remote-content-list = Wypisuje nadawców, po jednym adresie w wierszu

cli-remote-content-allow = Zawsze wczytuje zdalne obrazy w poczcie z tego adresu
cli-remote-content-allow--address = Adres nadawcy

cli-remote-content-remove = Przestaje wczytywać bez pytania zdalne obrazy z tego adresu
cli-remote-content-remove--address = Adres nadawcy

cli-detect = Znajduje serwery poczty dla adresu tak jak kreator konfiguracji: po jednym wierszu rozdzielonym tabulatorami na serwer (protokół, host, port, zabezpieczenie, login, źródło), najlepszy pierwszy; rady dostawcy na standardowym wyjściu błędów
cli-detect--address = Adres e-mail, dla którego szukać serwerów
cli-detect--bundled-only = Szuka tylko w /etc/posta/providers i liście dostawców wbudowanej w Postę; nic nie idzie przez sieć

cli-rights = Co wolno ci zrobić w folderze (czyimś udostępnionym folderze): jeden wiersz na czynność, `PRAWO yes|no CZYNNOŚĆ`, rozdzielone tabulatorami
cli-rights--folder = Pełna nazwa folderu, tak jak pokazuje ją `posta folders`
cli-rights--account = Konto (jego nazwa albo numer); potrzebne, gdy kont jest kilka

cli-tag = Wypisuje, dodaje, zmienia nazwę, kolor i kolejność albo usuwa etykiety

cli-tag-list = Wypisuje etykiety: słowo kluczowe, nazwa, kolor, rozdzielone tabulatorami
cli-tag-list--account = Konto (jego nazwa albo numer); potrzebne, gdy kont jest kilka

cli-tag-add = Tworzy nową etykietę
cli-tag-add--name = Jej nazwa
cli-tag-add--color = Jej kolor, `#rrggbb`
cli-tag-add--account = Konto (jego nazwa albo numer); potrzebne, gdy kont jest kilka

cli-tag-rename = Zmienia nazwę etykiety (wiadomości ją zachowują)
cli-tag-rename--keyword = Słowo kluczowe etykiety (zobacz `posta tag list`)
cli-tag-rename--name = Nowa nazwa
cli-tag-rename--account = Konto (jego nazwa albo numer); potrzebne, gdy kont jest kilka

cli-tag-recolour = Nadaje etykiecie inny kolor
cli-tag-recolour--keyword = Słowo kluczowe etykiety
cli-tag-recolour--color = Kolor, `#rrggbb`
cli-tag-recolour--account = Konto (jego nazwa albo numer); potrzebne, gdy kont jest kilka

cli-tag-move = Przesuwa etykietę na inne miejsce listy (1 to pierwsze)
cli-tag-move--keyword = Słowo kluczowe etykiety
cli-tag-move--position = Jej nowe miejsce
cli-tag-move--account = Konto (jego nazwa albo numer); potrzebne, gdy kont jest kilka

cli-tag-remove = Usuwa etykietę: znika z każdej wiadomości, tu i na serwerze
cli-tag-remove--keyword = Słowo kluczowe etykiety
cli-tag-remove--account = Konto (jego nazwa albo numer); potrzebne, gdy kont jest kilka

cli-contacts = Osoby podpowiadane przy wpisywaniu odbiorców: imię i nazwisko, adres i liczba wiadomości, rozdzielone tabulatorami, najlepsze pierwsze

cli-contacts-list = Wszyscy: imię i nazwisko, adres, wiadomości, rozdzielone tabulatorami; najlepsi pierwsi

cli-contacts-search = Ci, których imię, nazwisko albo adres ma słowo zaczynające się od TEKST
cli-contacts-search--text = Początek imienia, nazwiska albo adresu („pio”, „zol”)
cli-contacts-search--limit = Najwyżej tyle osób

cli-archive = Przenosi wiadomości do folderu Archiwum (tworzy go, jeśli go brak); wiadomości wskazuje się miejscem w `posta messages FOLDER`
cli-archive--folder = Folder, tak jak nazywa go `posta folders`
cli-archive--positions = Miejsca w `posta messages FOLDER` (1 = pierwszy wiersz)
cli-archive--account = Konto (jego nazwa albo numer), gdy folder o tej nazwie ma kilka kont

cli-junk = Przenosi wiadomości do Spamu i oznacza je `$Junk`
cli-junk--folder = Folder, tak jak nazywa go `posta folders`
cli-junk--positions = Miejsca w `posta messages FOLDER` (1 = pierwszy wiersz)
cli-junk--account = Konto (jego nazwa albo numer), gdy folder o tej nazwie ma kilka kont

cli-not-junk = Przenosi wiadomości ze Spamu z powrotem do Odebranych i oznacza je `$NotJunk`
cli-not-junk--folder = Folder, tak jak nazywa go `posta folders`
cli-not-junk--positions = Miejsca w `posta messages FOLDER` (1 = pierwszy wiersz)
cli-not-junk--account = Konto (jego nazwa albo numer), gdy folder o tej nazwie ma kilka kont

cli-mark-read = Oznacza wiadomości jako przeczytane (`--all`: wszystkie wiadomości folderu)
cli-mark-read--folder = Folder, tak jak nazywa go `posta folders`
cli-mark-read--positions = Miejsca w `posta messages FOLDER` (1 = pierwszy wiersz)
cli-mark-read--all = Wszystkie wiadomości folderu
cli-mark-read--account = Konto (jego nazwa albo numer), gdy folder o tej nazwie ma kilka kont

cli-empty-trash = Usuwa na zawsze wszystko z Kosza (najpierw prosi o `--yes`, podając liczbę)
cli-empty-trash--account = Konto (jego nazwa albo numer); bez tej opcji wszystkie konta
cli-empty-trash--yes = Usuwa na zawsze bez pytania (bez tej opcji tylko wypisuje liczbę i niczego nie usuwa)

cli-settings = Pokazuje albo zmienia ustawienia ogólne: język, powiadomienia na pulpicie, uruchamianie po zalogowaniu (wiersze `NAZWA<TAB>WARTOŚĆ`)
cli-settings--language = Język interfejsu: en, pl, sk, bg albo `system`
cli-settings--notifications = Powiadomienia na pulpicie o nowej poczcie: on albo off
cli-settings--start-on-login = Uruchamia Postę po zalogowaniu (wpis autostartu XDG): on albo off

cli-package-files = Zapisuje strony podręcznika man i uzupełnianie poleceń powłoki (do pakowania)
cli-package-files--dir = Dokąd zapisać `man/posta.1` (i po stronie na polecenie) oraz `completions/` (bash, zsh, fish)
