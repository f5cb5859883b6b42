# Czytanie na żądanie: najpierw tekst wiadomości, załączniki dopiero na prośbę.

reading-attachment-on-server = { $name } ({ $size }, na serwerze)
reading-attachment-fetching = { $name }: pobieranie, { $percent }%
reading-attachment-cancel = Zatrzymaj
reading-attachment-failed = Nie udało się pobrać załącznika: { $details }

show-cli-not-on-server = Wiadomości { $number } w „{ $folder }” nie ma na tym komputerze, a na żadnym serwerze nie ma jej kopii, z której dałoby się ją pobrać.
show-cli-unreachable = Nie udało się pobrać wiadomości { $number } w „{ $folder }” z serwera konta „{ $account }”. Spróbuj ponownie, gdy będziesz w sieci. Żeby czytać pocztę bez połączenia, uruchom „posta account edit { $account } --download-bodies true”, a potem, będąc w sieci, „posta sync”.
show-cli-progress = Pobieranie załączników: { $done } z { $total } KiB
show-cli-not-fetched = Załącznik „{ $name }” jest wciąż na serwerze.
show-cli-saved = Zapisano { $file }

search-cli-server-searching = Szukanie w „{ $folder }” na serwerze konta „{ $account }”…
search-cli-server-failed = Nie udało się przeszukać serwera konta „{ $account }”.
search-cli-server-cut = { $count ->
    [one] Pokazano tylko pierwszą wiadomość
    [few] Pokazano tylko pierwsze { $count } wiadomości
    [many] Pokazano tylko pierwszych { $count } wiadomości
   *[other] Pokazano tylko pierwsze { $count } wiadomości
}; „--limit” pokaże więcej.
search-cli-server-time = Wyszukiwanie trwało zbyt długo i zostało przerwane; poniżej to, co znaleziono do tej pory.

cli-show--save-attachments = Pobierz też załączniki i zapisz je w tym folderze (nazwy oczyszczone; istniejący plik nigdy nie zostanie nadpisany).
cli-show--password-stdin = Wczytaj hasło ze standardowego wejścia zamiast z pęku kluczy, gdy wiadomość trzeba pobrać z serwera.
cli-show--timeout = Ile sekund czekać na każdy krok sieciowy.
cli-search--server = Szukaj na serwerze (IMAP SEARCH w każdym folderze), także w poczcie, której treści nie ma na tym komputerze.
cli-search--folder = Tylko ten folder (z --server).
cli-search--password-stdin = Wczytaj hasło ze standardowego wejścia zamiast z pęku kluczy (z --server).
cli-search--timeout = Ile sekund może łącznie trwać wyszukiwanie na serwerze (z --server).

reading-search-server = Szukaj na serwerze
reading-search-server-busy = Szukanie na serwerze…
