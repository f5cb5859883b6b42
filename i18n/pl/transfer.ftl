## Import i eksport (zgłoszenie 32): posta import, posta export.

transfer-import-progress = Przeczytano wiadomości: { $count }…
transfer-import-done = { $count ->
    [one] Przeniesiono 1 wiadomość do folderu { $folder } konta { $account }.
    [few] Przeniesiono { $count } wiadomości do folderu { $folder } konta { $account }.
    [many] Przeniesiono { $count } wiadomości do folderu { $folder } konta { $account }.
   *[other] Przeniesiono { $count } wiadomości do folderu { $folder } konta { $account }.
}
transfer-import-already = { $count ->
    [one] 1 wiadomość już tam była i nie została dodana drugi raz.
    [few] { $count } wiadomości już tam były i nie zostały dodane drugi raz.
    [many] { $count } wiadomości już tam było i nie zostały dodane drugi raz.
   *[other] { $count } wiadomości już tam było i nie zostały dodane drugi raz.
}
transfer-import-deleted = { $count ->
    [one] 1 wiadomość była usunięta w źródle i została pominięta.
    [few] { $count } wiadomości były usunięte w źródle i zostały pominięte.
    [many] { $count } wiadomości było usuniętych w źródle i zostały pominięte.
   *[other] { $count } wiadomości było usuniętych w źródle i zostały pominięte.
}
transfer-import-headerless = { $origin } nie ma nagłówków; przeniesiono ją bez zmian.
transfer-import-cut-off = Plik kończy się w środku { $origin } (wygląda na ucięty); przeniesiono to, co jest.
transfer-import-resume = Nic z tego, co już przeniesiono, nie przepadło; uruchom to samo polecenie jeszcze raz, aby przenieść resztę.
transfer-not-mbox = { $path } nie jest plikiem mbox: nie zaczyna się od wiersza „From ”.
transfer-not-maildir = { $path } nie jest katalogiem Maildir: brak w nim folderu cur ani new.
transfer-too-large = Wiadomość { $index } w { $path } jest za duża jak na wiadomość; plik może być uszkodzony.
transfer-unreadable = Nie udało się odczytać { $path }: { $details }
transfer-folder-not-found = Konto { $account } nie ma folderu „{ $folder }”.
transfer-export-progress = Zapisano wiadomości: { $count }…
transfer-export-fetching = { $folder }: pobrano wiadomości: { $count }…
transfer-export-done = { $folders ->
    [one] Zapisano wiadomości: { $count } z 1 folderu.
    [few] Zapisano wiadomości: { $count } z { $folders } folderów.
    [many] Zapisano wiadomości: { $count } z { $folders } folderów.
   *[other] Zapisano wiadomości: { $count } z folderów: { $folders }.
}
transfer-export-skipped = Pominięto (nie pobrano): { $folder }, { $date }, „{ $subject }”
transfer-export-incomplete = { $count ->
    [one] Pominięto 1 wiadomość, bo jej treści nie ma na tym komputerze; użyj --fetch, aby ją najpierw pobrać.
    [few] Pominięto { $count } wiadomości, bo ich treści nie ma na tym komputerze; użyj --fetch, aby je najpierw pobrać.
    [many] Pominięto { $count } wiadomości, bo ich treści nie ma na tym komputerze; użyj --fetch, aby je najpierw pobrać.
   *[other] Pominięto { $count } wiadomości, bo ich treści nie ma na tym komputerze; użyj --fetch, aby je najpierw pobrać.
}

cli-import = Przenieś pocztę z plików mbox, katalogów Maildir, plików .eml lub profilu Thunderbirda.
cli-import-mbox = Przenieś pliki mbox (foldery Thunderbirda, eksporty mbox).
cli-import-maildir = Przenieś katalogi Maildir (z folderami cur i new).
cli-import-eml = Przenieś pliki .eml lub foldery z nimi.
cli-export = Zapisz foldery jako pliki mbox, Maildir lub .eml, bajt w bajt tak, jak są przechowywane.
cli-import-mbox--paths = Pliki lub foldery do przeniesienia.
cli-import-mbox--account = Konto (nazwa lub numer), do którego trafi poczta.
cli-import-mbox--folder = Folder docelowy (tworzony, gdy go brak); / oddziela poziomy.
cli-import-mbox--password-stdin = Czytaj hasło IMAP ze standardowego wejścia zamiast z pęku kluczy.
cli-import-mbox--timeout = Ile sekund czekać na każdy krok w sieci.
cli-import-maildir--paths = Pliki lub foldery do przeniesienia.
cli-import-maildir--account = Konto (nazwa lub numer), do którego trafi poczta.
cli-import-maildir--folder = Folder docelowy (tworzony, gdy go brak); / oddziela poziomy.
cli-import-maildir--password-stdin = Czytaj hasło IMAP ze standardowego wejścia zamiast z pęku kluczy.
cli-import-maildir--timeout = Ile sekund czekać na każdy krok w sieci.
cli-import-eml--paths = Pliki lub foldery do przeniesienia.
cli-import-eml--account = Konto (nazwa lub numer), do którego trafi poczta.
cli-import-eml--folder = Folder docelowy (tworzony, gdy go brak); / oddziela poziomy.
cli-import-eml--password-stdin = Czytaj hasło IMAP ze standardowego wejścia zamiast z pęku kluczy.
cli-import-eml--timeout = Ile sekund czekać na każdy krok w sieci.
cli-export--account = Konto (nazwa lub numer).
cli-export--folder = Folder do zapisania; OUT to wtedy plik mbox lub folder.
cli-export--all = Wszystkie foldery; OUT to folder z jednym wpisem na każdy folder.
cli-export--format = mbox, maildir lub eml.
cli-export--fetch = Najpierw pobierz wiadomości, których nie ma na tym komputerze (IMAP).
cli-export--password-stdin = Czytaj hasło IMAP ze standardowego wejścia zamiast z pęku kluczy.
cli-export--timeout = Ile sekund czekać na każdy krok w sieci.
cli-export--out = Dokąd zapisać.

transfer-tb-no-profile = Nie znaleziono profilu Thunderbirda (w ~/.thunderbird ani w wersjach snap i flatpak); podaj jego folder.
transfer-tb-review = Niczego jeszcze nie zapisano. Sprawdź listę powyżej i uruchom to samo polecenie z --yes, aby zapisać te konta i przenieść pocztę.
transfer-tb-saved = { $count ->
    [one] Zapisano 1 nowe konto.
    [few] Zapisano { $count } nowe konta.
    [many] Zapisano { $count } nowych kont.
   *[other] Zapisano { $count } nowych kont.
}
transfer-tb-passwords = Haseł nie przeniesiono (Thunderbird przechowuje je zaszyfrowane); Posta zapyta o każde przy pierwszym połączeniu.
transfer-tb-oauth2 = W Thunderbirdzie konto { $account } logowało się przez stronę dostawcy (OAuth2); Posta poprosi o zalogowanie w ten sam sposób.
transfer-tb-left-out = { $account } to konto grup dyskusyjnych lub kanałów, których Posta nie czyta; pominięto je.
transfer-tb-unreadable-prefs = { $count ->
    [one] 1 wiersza pliku prefs.js nie udało się odczytać i został pominięty.
    [few] { $count } wierszy pliku prefs.js nie udało się odczytać i zostały pominięte.
    [many] { $count } wierszy pliku prefs.js nie udało się odczytać i zostały pominięte.
   *[other] { $count } wierszy pliku prefs.js nie udało się odczytać i zostały pominięte.
}
cli-import-thunderbird = Przenieś konta, foldery lokalne i etykiety z profilu Thunderbirda (najpierw do przejrzenia; zapis z --yes).
cli-import-thunderbird--profile = Profil: jego folder lub nazwa w profiles.ini (domyślny, gdy nie podano).
cli-import-thunderbird--yes = Zapisz konta i przenieś pocztę (bez tego tylko pokaż, co zostałoby przeniesione).
