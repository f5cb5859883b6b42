# Reading mail: HTML rendering, remote content, attachments, conversations (keys start with reader-).

reader-link-deceptive = [⚠ ten link nie prowadzi do { $shown }, tylko do { $actual }]

reader-cli-no-message = W „{ $folder }” nie ma wiadomości { $number }: { $count ->
    [one] jest tam jedna wiadomość
    [few] są tam { $count } wiadomości
    [many] jest tam { $count } wiadomości
   *[other] jest tam { $count } wiadomości
}. Listę pokazuje „posta messages { $folder }”.
reader-cli-not-downloaded = Wiadomość { $number } w „{ $folder }” nie została jeszcze pobrana na ten komputer. Najpierw uruchom „posta sync”.

reader-link-not-opened = Nie udało się otworzyć linku: nie ustawiono przeglądarki ani programu pocztowego, który by go otworzył.
reader-cli-not-an-address = „{ $address }” nie jest adresem e-mail.
reader-cli-sender-not-allowed = Treści zdalne od „{ $address }” i tak nie były wczytywane bez pytania; nic się nie zmieniło. Listę nadawców pokazuje „posta remote-content list”.

reader-remote-blocked = Obrazy z internetu w tej wiadomości nie zostały wczytane, więc nadawca nie wie, że ją otwarto.
reader-remote-show = Pokaż w tej wiadomości
reader-remote-always = Zawsze od tego nadawcy
reader-remote-loading = Wczytywanie obrazów z internetu…
reader-remote-failed = { $count ->
    [one] Nie udało się wczytać jednego obrazu z internetu.
    [few] Nie udało się wczytać { $count } obrazów z internetu.
    [many] Nie udało się wczytać { $count } obrazów z internetu.
   *[other] Nie udało się wczytać { $count } obrazu z internetu.
}
reader-attachment-not-opened = Nie udało się otworzyć załącznika: { $details }. Zapisz go i otwórz z folderu.
