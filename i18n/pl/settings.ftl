# Settings: accounts, identities, general preferences (keys start with settings-).

## Dlaczego zmiany nie wprowadzono
settings-error-no-account = To konto już nie istnieje.
settings-error-not-saved = Nowych ustawień nie zapisano.
settings-keyring-unavailable = Nie działa żaden magazyn haseł (np. GNOME Keyring lub KWallet), a Posta nigdy nie zapisuje haseł na dysku. Uruchom magazyn haseł i spróbuj ponownie.
settings-keyring-locked = Magazyn haseł jest zablokowany. Odblokuj go (zwykle wystarczy zalogować się do pulpitu) i spróbuj ponownie.
settings-keyring-no-password = Dla tego konta nie zapisano hasła. Podaj je poleceniem „posta account password”.
settings-invalid-empty-name = Konto musi mieć nazwę.
settings-invalid-name-taken = Konto o nazwie „{ $account }” już istnieje. Wybierz inną nazwę.
settings-invalid-email = „{ $email }” nie jest adresem e-mail.
settings-invalid-empty-host = Nazwa serwera jest pusta.
settings-invalid-port = Port musi być liczbą od 1 do 65535.
settings-invalid-keep-copy-imap = Zachowywanie kopii dotyczy tylko kont POP3: konto IMAP zawsze przechowuje pocztę na serwerze.
settings-invalid-check-interval =
    { $min ->
        [one] Foldery można sprawdzać najwyżej co { $min } sekundę.
        [few] Foldery można sprawdzać najwyżej co { $min } sekundy.
        [many] Foldery można sprawdzać najwyżej co { $min } sekund.
       *[other] Foldery można sprawdzać najwyżej co { $min } sekundy.
    }
settings-invalid-no-outgoing = To konto nie ma jeszcze serwera poczty wychodzącej: najpierw podaj jego nazwę.
settings-invalid-color = „{ $color }” nie jest kolorem. Zapisz go w postaci #1a2b3c.
settings-invalid-identity-not-found = To konto nie ma tożsamości z adresem „{ $email }”.

## Co zmiana zrobi z pocztą
settings-effect-delete-after-download =
    { $count ->
        [one] Od teraz wiadomości będą usuwane z serwera po pobraniu: na serwerze jest teraz { $count } wiadomość.
        [few] Od teraz wiadomości będą usuwane z serwera po pobraniu: na serwerze są teraz { $count } wiadomości.
        [many] Od teraz wiadomości będą usuwane z serwera po pobraniu: na serwerze jest teraz { $count } wiadomości.
       *[other] Od teraz wiadomości będą usuwane z serwera po pobraniu: na serwerze jest teraz { $count } wiadomości.
    }
settings-effect-delete-after-days =
    { $days ->
        [one] Od teraz wiadomości będą usuwane z serwera { $days } dzień po pobraniu
        [few] Od teraz wiadomości będą usuwane z serwera { $days } dni po pobraniu
        [many] Od teraz wiadomości będą usuwane z serwera { $days } dni po pobraniu
       *[other] Od teraz wiadomości będą usuwane z serwera { $days } dnia po pobraniu
    }: { $count ->
        [one] na serwerze jest teraz { $count } wiadomość.
        [few] na serwerze są teraz { $count } wiadomości.
        [many] na serwerze jest teraz { $count } wiadomości.
       *[other] na serwerze jest teraz { $count } wiadomości.
    }
settings-effect-delete-when-deleted-here =
    { $count ->
        [one] Od teraz wiadomość zniknie z serwera, gdy usuniesz ją tutaj; na serwerze jest teraz { $count } pobrana wiadomość.
        [few] Od teraz wiadomość zniknie z serwera, gdy usuniesz ją tutaj; na serwerze są teraz { $count } pobrane wiadomości.
        [many] Od teraz wiadomość zniknie z serwera, gdy usuniesz ją tutaj; na serwerze jest teraz { $count } pobranych wiadomości.
       *[other] Od teraz wiadomość zniknie z serwera, gdy usuniesz ją tutaj; na serwerze jest teraz { $count } pobranej wiadomości.
    }
settings-effect-keep = Od teraz wiadomości zostają na serwerze po pobraniu.
settings-effect-download-limit = Wiadomości większe niż { $size } zostaną na serwerze, dopóki ich nie pobierzesz.
settings-effect-no-download-limit = Wiadomości będą pobierane bez względu na rozmiar.
settings-effect-download-bodies =
    { $count ->
        [one] Treść { $count } wiadomości zostanie pobrana do czytania bez połączenia.
        [few] Treść do { $count } wiadomości zostanie pobrana do czytania bez połączenia.
        [many] Treść do { $count } wiadomości zostanie pobrana do czytania bez połączenia.
       *[other] Treść do { $count } wiadomości zostanie pobrana do czytania bez połączenia.
    }
settings-effect-bodies-on-demand = Od teraz treść wiadomości jest pobierana, gdy ją otworzysz; już pobrane zostają.

## Usuwanie konta
settings-remove-intro = Usunięcie konta „{ $account }”:
settings-remove-kept =
    { $count ->
        [one] { $count } pobrana wiadomość zostaje na tym komputerze, w folderach lokalnych „{ $account }”.
        [few] { $count } pobrane wiadomości zostają na tym komputerze, w folderach lokalnych „{ $account }”.
        [many] { $count } pobranych wiadomości zostaje na tym komputerze, w folderach lokalnych „{ $account }”.
       *[other] { $count } pobranej wiadomości zostaje na tym komputerze, w folderach lokalnych „{ $account }”.
    }
settings-remove-headers-only =
    { $count ->
        [one] { $count } niepobrana wiadomość znika z listy na tym komputerze.
        [few] { $count } niepobrane wiadomości znikają z listy na tym komputerze.
        [many] { $count } niepobranych wiadomości znika z listy na tym komputerze.
       *[other] { $count } niepobranej wiadomości znika z listy na tym komputerze.
    }
settings-remove-messages =
    { $count ->
        [one] { $count } wiadomość zostanie usunięta z tego komputera.
        [few] { $count } wiadomości zostaną usunięte z tego komputera.
        [many] { $count } wiadomości zostanie usuniętych z tego komputera.
       *[other] { $count } wiadomości zostanie usuniętej z tego komputera.
    }
settings-remove-queued =
    { $count ->
        [one] { $count } zmiana wprowadzona tutaj, która nie dotarła na serwer, przepada.
        [few] { $count } zmiany wprowadzone tutaj, które nie dotarły na serwer, przepadają.
        [many] { $count } zmian wprowadzonych tutaj, które nie dotarły na serwer, przepada.
       *[other] { $count } zmiany wprowadzonej tutaj, która nie dotarła na serwer, przepada.
    }
settings-remove-unsent =
    { $count ->
        [one] { $count } napisana tutaj i jeszcze niewysłana wiadomość zostanie usunięta.
        [few] { $count } napisane tutaj i jeszcze niewysłane wiadomości zostaną usunięte.
        [many] { $count } napisanych tutaj i jeszcze niewysłanych wiadomości zostanie usuniętych.
       *[other] { $count } napisanej tutaj i jeszcze niewysłanej wiadomości zostanie usuniętej.
    }
settings-remove-password = Hasło zostanie usunięte z magazynu haseł.
settings-remove-server-untouched = Poczta na serwerze nie zostanie usunięta.
settings-remove-keyring-left = Usuń wpis „posta” / „{ $key }” narzędziem magazynu haseł.

## Zdania wiersza poleceń
settings-cli-password-refused = Serwer odrzucił hasło do konta „{ $account }”. Jeśli zostało zmienione, podaj Poście nowe poleceniem „posta account password { $account } --password-stdin”.
settings-cli-nothing-to-change = Nie ma czego zmieniać: podaj co najmniej jedno ustawienie, np. --port.
settings-cli-confirm-deletion = Ta zmiana usuwa pocztę na serwerze. Uruchom polecenie ponownie z opcją --yes, aby ją wprowadzić.
settings-cli-saved = Zapisano ustawienia konta „{ $account }”.
settings-cli-saved-tested = Serwer przyjął nowe ustawienia; zapisano ustawienia konta „{ $account }”.
settings-cli-password-empty = Na standardowym wejściu nie podano hasła.
settings-cli-password-saved = Serwer przyjął nowe hasło do konta „{ $account }”; jest teraz w magazynie haseł.
settings-cli-password-still-refused = Serwer odrzucił również to hasło. Niczego nie zmieniono.
settings-cli-removed = Usunięto konto „{ $account }”.
settings-cli-identity-saved = Zapisano „{ $email }” dla konta „{ $account }”.
settings-cli-identity-removed = Usunięto „{ $email }” z konta „{ $account }”.
settings-cli-subscribed = Folder „{ $folder }” będzie pokazywany i sprawdzany pod kątem nowej poczty. Serwer dowie się o tym przy następnym „posta sync”.
settings-cli-unsubscribed = Folder „{ $folder }” nie będzie już pokazywany ani sprawdzany; jego poczta zostaje na serwerze. Serwer dowie się o tym przy następnym „posta sync”.
settings-cli-subscribe-not-imap = Konto „{ $account }” używa POP3, które nie ma folderów na serwerze do pokazania ani ukrycia.
settings-cli-subscribe-always = Folder „{ $folder }” jest zawsze pokazywany: nie można ukryć Odebranych, folderów specjalnych (Wysłane, Szkice, Kosz…) ani folderów udostępnionych przez innych.
settings-cli-folder-subscribed = subskrybowany
settings-cli-folder-unsubscribed = niesubskrybowany
settings-cli-local-set-line = { NUMBER($id, useGrouping: "false") }. { $account }: tylko foldery lokalne (konto usunięto; jego poczta została na tym komputerze)

## Paski w głównym oknie dla konta, które czeka na użytkownika
settings-bar-password = Serwer odrzucił hasło do konta „{ $account }” — wpisz nowe hasło:
settings-bar-password-again = Serwer odrzucił również to hasło do konta „{ $account }”. Sprawdź je i spróbuj ponownie:
settings-bar-password-placeholder = Nowe hasło
settings-bar-password-submit = Sprawdź i zapisz
settings-bar-testing = Sprawdzanie…
settings-bar-keyring = { $problem } Wpisz hasło do konta „{ $account }”, aby używać go do zamknięcia Posty:
settings-bar-keyring-submit = Użyj w tej sesji
settings-bar-retry = Zapytaj ponownie magazyn haseł
settings-bar-certificate = { $host } pokazuje inny certyfikat niż ten, który zaakceptowano dla konta „{ $account }”. Zaakceptuj go tylko wtedy, gdy wiesz, dlaczego się zmienił (np. zapowiedział to dostawca); w przeciwnym razie ktoś może podsłuchiwać.
settings-bar-certificate-refused = Posta nie łączy się z { $host } dla konta „{ $account }”, dopóki nie zaakceptujesz nowego certyfikatu.
settings-bar-certificate-old = Zaakceptowany:
settings-bar-certificate-new = Pokazywany teraz:
settings-bar-certificate-accept = Zaakceptuj nowy certyfikat
settings-bar-certificate-refuse = Nadal odrzucaj
settings-bar-session-only = Serwer przyjął hasło, ale magazyn haseł nie mógł go zachować. { $problem } Posta używa go do zamknięcia programu.

## Ekran ustawień
settings-open = Ustawienia
settings-title = Ustawienia
settings-back = Wróć do poczty
settings-general = Ogólne
settings-notifications = Powiadamiaj o nowej poczcie na pulpicie
settings-remote-title = Treści zdalne
settings-remote-hint = W wiadomościach od tych nadawców obrazy i inne treści z sieci są wczytywane bez pytania (zezwolono na to przy czytaniu jednej z ich wiadomości).
settings-remote-none = Nie zezwolono jeszcze żadnemu nadawcy: Posta pyta przed wczytaniem treści zdalnych.
settings-remote-remove = Usuń
settings-start-on-login = Uruchamiaj Postę po zalogowaniu
settings-section-account = Konto
settings-section-incoming = Serwer poczty przychodzącej
settings-section-outgoing = Serwer poczty wychodzącej
settings-section-mail = Pobieranie poczty
settings-section-folders = Foldery
settings-section-identities = Tożsamości i podpisy
settings-section-remove = Usuń konto
settings-save = Zapisz
settings-save-anyway = Zapisz mimo to
settings-cancel = Anuluj
settings-saving = Sprawdzanie serwera i zapisywanie…
settings-saved = Zapisano.
settings-invalid-size = Największy rozmiar musi być liczbą całkowitą megabajtów albo pusty (bez ograniczeń).
settings-invalid-interval = Częstotliwość sprawdzania musi być liczbą całkowitą minut.
settings-account-name = Nazwa konta
settings-account-email = Adres e-mail
settings-account-display-name = Imię i nazwisko
settings-account-display-name-hint = To widzą odbiorcy obok Twojego adresu.
settings-account-color = Kolor na liście folderów
settings-account-color-hint = Wybierz kolor powyżej albo wpisz go w postaci #1a2b3c; puste — bez koloru.
settings-account-identities-hint = Kolejne adresy i podpisy są w sekcji „Tożsamości i podpisy”.
settings-incoming-protocol = To konto pobiera pocztę przez { $protocol }.
settings-incoming-host = Serwer
settings-detect = Wykryj ustawienia
settings-detecting = Wykrywanie…
settings-detect-found = Znaleziono serwer { $host }, port { NUMBER($port, useGrouping: "false") }, { $security }. Zapisz, aby sprawdzić serwer i zachować ustawienia.
settings-detect-nothing = Nie znaleziono ustawień dla tego adresu; wpisz je tak, jak podaje dostawca.
settings-incoming-port = Port
settings-incoming-security = Zabezpieczenia
settings-incoming-user = Nazwa użytkownika
settings-incoming-ca = Dodatkowy urząd certyfikacji (plik PEM)
settings-incoming-ca-hint = Tylko dla serwera, którego certyfikat podpisał własny urząd Twojej organizacji; puste — brak.
settings-incoming-pinned = Zaakceptowano certyfikat tego serwera według odcisku SHA-256:
settings-incoming-forget = Zapomnij go (Posta zapyta ponownie, jeśli certyfikat nie jest zaufany w inny sposób)
settings-incoming-no-pin = Certyfikat serwera jest sprawdzany w zwykły sposób; żaden nie został zaakceptowany ręcznie.
settings-incoming-switch-hint = Aby przenieść to konto na IMAP, użyj „Przenieś na IMAP…” w „Na serwerze…” na liście folderów.
settings-outgoing-host = Serwer
settings-outgoing-port = Port
settings-outgoing-user = Nazwa użytkownika
settings-outgoing-same-password = Serwer poczty wychodzącej używa tego samego hasła co przychodzącej.
settings-mail-keep-title = Gdy wiadomość zostanie pobrana, kopia na serwerze…
settings-mail-max-size = Największa wiadomość pobierana automatycznie (MB)
settings-mail-max-size-hint = Większe wiadomości zostają na serwerze, dopóki ich nie pobierzesz; puste — bez ograniczeń.
settings-mail-download-bodies = Pobieraj całe wiadomości do czytania bez połączenia
settings-mail-download-bodies-hint = W przeciwnym razie treść wiadomości jest pobierana, gdy ją otworzysz.
settings-mail-folders-hint = Które foldery są pokazywane i sprawdzane, wybierzesz w części „Foldery”.
settings-mail-interval = Sprawdzaj zmiany we wszystkich folderach co (minuty)
settings-mail-interval-hint = Otwarty folder jest aktualny przez cały czas, jeśli serwer na to pozwala.
settings-folders-intro = Pokazuj i sprawdzaj pod kątem nowej poczty tylko zaznaczone foldery. Niezaznaczony folder jest tu ukryty i nie jest pobierany, ale nic w nim nie zostaje usunięte.
settings-folders-server = Wybór jest zapisany na serwerze (to subskrypcja folderu), więc Twoje inne urządzenia, które kierują się subskrypcjami, pokażą te same foldery.
settings-folders-none = Konto nie ma jeszcze folderów do wyboru: Odebrane i foldery specjalne są zawsze pokazywane.
settings-folders-always = Odebrane, foldery specjalne (Wysłane, Szkice, Kosz…) i foldery udostępnione przez innych są zawsze pokazywane.
settings-identity-new = Dodaj adres
settings-identity-new-hint = Odpowiedzi wychodzą z adresu, na który przyszła wiadomość; w nowych wiadomościach możesz wybrać.
settings-identity-email = Adres e-mail
settings-identity-name = Imię i nazwisko
settings-identity-reply-to = Odpowiedzi na adres (opcjonalnie)
settings-identity-signature = Podpis
settings-identity-signature-hint = Zwykły tekst dodawany pod nowymi wiadomościami.
settings-identity-add = Dodaj
settings-identity-remove = Usuń
settings-identity-clear = Usuń podpis i adres do odpowiedzi
settings-identity-reply-to-is = Odpowiedzi trafiają na { $address }
settings-remove-keep-local = Zachowaj pobraną pocztę na tym komputerze jako foldery lokalne
settings-remove-other-accounts = Pozostałe konta pozostają nietknięte.
settings-remove-button = Usuń „{ $account }”

## The compose window's identity menu
settings-compose-from = Od

## posta settings
settings-cli-unknown-language = „{ $language }” to nie język, którym mówi Posta: użyj en, pl, sk, bg lub system.
