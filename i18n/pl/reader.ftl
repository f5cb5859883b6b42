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
