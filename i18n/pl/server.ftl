# Server state the wizard promised: quota, the POP3 server mailbox, switching to IMAP (keys start with quota- and server-).

## Quota (RFC 9208): CLI and window
quota-none = { $account }: serwer nie ustala limitu miejsca dla tej skrzynki (albo go nie podaje).
quota-storage-of = { $used } z { $limit }
quota-messages-of =
    { $limit ->
        [one] { $used } z { $limit } wiadomości
        [few] { $used } z { $limit } wiadomości
        [many] { $used } z { $limit } wiadomości
       *[other] { $used } z { $limit } wiadomości
    }
quota-warning = { $account }: skrzynka na serwerze jest zapełniona w { $percent } % ({ $amount }). Usuń lub zarchiwizuj część poczty, bo serwer może zacząć odrzucać nowe wiadomości.
quota-critical = { $account }: skrzynka na serwerze jest zapełniona w { $percent } % ({ $amount }). Zrób miejsce od razu: nowe wiadomości wkrótce będą odrzucane.

## The POP3 server mailbox: CLI
server-not-pop3 = { $account } to konto IMAP: cała jego poczta jest już na serwerze i widać ją w folderach.
server-unknown-uidl = { $account }: na serwerze nie ma wiadomości o identyfikatorze „{ $uidl }”. Listę pokazuje polecenie „posta server { $account }”.
server-deleted =
    { $count ->
        [one] Usunięto { $count } wiadomość z serwera bez pobierania jej.
        [few] Usunięto { $count } wiadomości z serwera bez pobierania ich.
        [many] Usunięto { $count } wiadomości z serwera bez pobierania ich.
       *[other] Usunięto { $count } wiadomości z serwera bez pobierania ich.
    }
server-fetched =
    { $count ->
        [one] Pobrano { $count } wiadomość do folderu Odebrane.
        [few] Pobrano { $count } wiadomości do folderu Odebrane.
        [many] Pobrano { $count } wiadomości do folderu Odebrane.
       *[other] Pobrano { $count } wiadomości do folderu Odebrane.
    }

## Quota in the window: meter, bar, Make room
quota-make-room = Zwolnij miejsce
quota-room-title = Zwalnianie miejsca: { $account }
quota-room-here = Największe wiadomości
quota-room-close = Zamknij
quota-room-used = Skrzynka na serwerze jest zajęta w { $percent } % ({ $amount }).
quota-room-full = Skrzynka na serwerze jest zapełniona w { $percent } % ({ $amount }). Najszybciej zwolnisz miejsce, usuwając niepotrzebne duże wiadomości.
quota-room-size = Rozmiar
quota-room-folder = Folder
quota-room-date = Data
quota-room-sender = Nadawca
quota-room-subject = Temat
quota-room-empty = To konto nie ma żadnych wiadomości.
quota-room-delete =
    { $count ->
        [one] Usuń { $count } wiadomość ({ $size })
        [few] Usuń { $count } wiadomości ({ $size })
        [many] Usuń { $count } wiadomości ({ $size })
       *[other] Usuń { $count } wiadomości ({ $size })
    }
quota-room-empty-bins =
    { $count ->
        [one] Opróżnij Kosz i Spam ({ $count } wiadomość)
        [few] Opróżnij Kosz i Spam ({ $count } wiadomości)
        [many] Opróżnij Kosz i Spam ({ $count } wiadomości)
       *[other] Opróżnij Kosz i Spam ({ $count } wiadomości)
    }
quota-room-hint = Usunięcie tutaj oznacza usunięcie także z serwera przy następnej synchronizacji: to zwalnia miejsce.

## The POP3 server mailbox in the window
server-on-the-server = Na serwerze…
server-tab = Na serwerze
server-title = Wiadomości na serwerze konta { $account }
server-number = Nr
server-state = Stan
server-state-downloaded = pobrana
server-state-deleted-here = usunięta tutaj
server-state-held-back = za duża
server-state-new = nowa
server-loading = Pytam serwer…
server-empty = Skrzynka na serwerze jest pusta.
server-delete = Usuń z serwera
server-cancel = Anuluj
server-delete-confirm =
    { $count ->
        [one] Usunąć { $count } wiadomość z serwera? Tego, czego nie pobrano, nie da się odzyskać.
        [few] Usunąć { $count } wiadomości z serwera? Tego, czego nie pobrano, nie da się odzyskać.
        [many] Usunąć { $count } wiadomości z serwera? Tego, czego nie pobrano, nie da się odzyskać.
       *[other] Usunąć { $count } wiadomości z serwera? Tego, czego nie pobrano, nie da się odzyskać.
    }
server-download = Pobierz teraz
server-download-held-back =
    { $count ->
        [one] Pobierz { $count } wstrzymaną wiadomość
        [few] Pobierz wszystkie { $count } wstrzymane wiadomości
        [many] Pobierz wszystkie { $count } wstrzymanych wiadomości
       *[other] Pobierz wszystkie { $count } wstrzymanej wiadomości
    }
server-refresh = Zapytaj serwer ponownie
server-placeholder = { $size }, na serwerze

## Switching a POP3 account to IMAP
server-switch-progress = { $account }: na serwerze IMAP jest { $done } z { $total } wiadomości.
server-switch-done =
    { $uploaded ->
        [one] { $account } to teraz konto IMAP: przesłano { $uploaded } wiadomość, { $found } było już na serwerze. Foldery, flagi i etykiety są na serwerze.
        [few] { $account } to teraz konto IMAP: przesłano { $uploaded } wiadomości, { $found } było już na serwerze. Foldery, flagi i etykiety są na serwerze.
        [many] { $account } to teraz konto IMAP: przesłano { $uploaded } wiadomości, { $found } było już na serwerze. Foldery, flagi i etykiety są na serwerze.
       *[other] { $account } to teraz konto IMAP: przesłano { $uploaded } wiadomości, { $found } było już na serwerze. Foldery, flagi i etykiety są na serwerze.
    }
server-switch-already-imap = { $account } jest już kontem IMAP.
server-switch-resume = Przenoszenie konta { $account } na IMAP zostało przerwane. Nic nie zginęło: poczta jest nadal na tym komputerze. Uruchom to samo polecenie ponownie, aby dokończyć; nic nie zostanie przesłane dwa razy.

server-offline-cached = Brak połączenia: tak wyglądała skrzynka na serwerze przy ostatnim sprawdzeniu.
quota-room-delete-none = Usuń zaznaczone wiadomości

## The answered and forwarded state in the reader
server-answered = ↩ Odpowiedziano na tę wiadomość.
server-forwarded = ↪ Ta wiadomość została przekazana dalej.

## „Przenieś na IMAP” w oknie
server-switch-open = Przenieś na IMAP…
# $account (text)
server-switch-title = Przenieś konto { $account } na IMAP
server-switch-explain = Przy IMAP poczta zostaje na serwerze, więc telefon, inne komputery i poczta przez przeglądarkę widzą te same foldery, stan przeczytania i odpowiedzi oraz etykiety. Posta prześle na serwer pocztę, która jest tylko na tym komputerze, a potem konto będzie działać jako IMAP. Nic nie zostanie tu usunięte, zanim serwer tego nie otrzyma.
# $count (number)
server-switch-local =
    { $count ->
        [one] Na tym komputerze jest { $count } wiadomość.
        [few] Na tym komputerze są { $count } wiadomości.
        [many] Na tym komputerze jest { $count } wiadomości.
       *[other] Na tym komputerze jest { $count } wiadomości.
    }
server-switch-start = Przenieś na IMAP
server-switch-retry = Spróbuj ponownie
# $account (text)
server-switch-stopped = Przenoszenie konta { $account } na IMAP zostało przerwane. Nic nie zginęło: poczta jest nadal na tym komputerze. Wybierz „Spróbuj ponownie”, aby dokończyć; nic nie zostanie przesłane dwa razy.
server-switch-cancelled = Przenoszenie zatrzymano. Nic nie zginęło: to, co już jest na serwerze, tam zostaje i nie zostanie przesłane ponownie.

# The server refused to store a message: the mailbox is full. $details (text): the server's words.
quota-server-full = Skrzynka na serwerze jest pełna, więc serwer odmówił zapisania wiadomości (odpowiedział: „{ $details }”). Zrób miejsce – usuń duże, niepotrzebne wiadomości albo opróżnij Kosz – i spróbuj ponownie.
