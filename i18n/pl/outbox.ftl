# Skrzynka nadawcza („Do wysłania”): wiadomości czekające na wysłanie, w oknie
# i w wierszu poleceń (`posta send`, `posta outbox`).

## Outbox in the window

outbox-folder = Do wysłania
outbox-heading = Do wysłania · { $account }
# Po „co” biernik: „co minutę”, „co 2 minuty”, „co 5 minut”, „co 1,5 minuty”.
outbox-intro =
    { $minutes ->
        [one] Te wiadomości nie zostały jeszcze wysłane. Posta sama ponawia próbę co minutę, a od razu, gdy wybierzesz „Wyślij teraz”.
        [few] Te wiadomości nie zostały jeszcze wysłane. Posta sama ponawia próbę co { $minutes } minuty, a od razu, gdy wybierzesz „Wyślij teraz”.
        [many] Te wiadomości nie zostały jeszcze wysłane. Posta sama ponawia próbę co { $minutes } minut, a od razu, gdy wybierzesz „Wyślij teraz”.
       *[other] Te wiadomości nie zostały jeszcze wysłane. Posta sama ponawia próbę co { $minutes } minuty, a od razu, gdy wybierzesz „Wyślij teraz”.
    }
outbox-to = Do: { $to }
outbox-no-subject = (bez tematu)
outbox-state-new = Jeszcze nie próbowano.
outbox-state-waiting =
    { $attempts ->
        [one] Czeka: jedna próba, o { $time }. Następna około { $next }.
        [few] Czeka: { $attempts } próby, ostatnia o { $time }. Następna około { $next }.
        [many] Czeka: { $attempts } prób, ostatnia o { $time }. Następna około { $next }.
       *[other] Czeka: { $attempts } próby, ostatnia o { $time }. Następna około { $next }.
    }
outbox-state-attention = Wstrzymana: serwer ją odrzucił. Posta nie spróbuje ponownie, dopóki nie wybierzesz „Wyślij teraz” albo jej nie poprawisz.
outbox-state-sending = Wysyłanie…
outbox-reason = Powód: { $reason }
outbox-send-now = Wyślij teraz
outbox-edit = Edytuj
outbox-delete = Usuń
outbox-delete-question = Usunąć „{ $subject }” bez wysyłania?
outbox-delete-confirm = Usuń
outbox-keep = Zostaw
outbox-close = Wróć do wiadomości
outbox-empty = Nic nie czeka na wysłanie.
outbox-sent =
    { $count ->
        [one] Wiadomość została wysłana.
        [few] Wysłano { $count } wiadomości.
        [many] Wysłano { $count } wiadomości.
       *[other] Wysłano { $count } wiadomości.
    }
outbox-still-waiting = Wiadomość nadal czeka: { $reason }.

## Why a message waits (after "2 messages wait to be sent: …")

outbox-why-refused = serwer poczty wychodzącej { $host } nie odpowiada na porcie { NUMBER($port, useGrouping: "false") }
outbox-why-timeout = serwer poczty wychodzącej { $host } nie odpowiada na czas
outbox-why-not-found = nie można znaleźć serwera { $host } (czy komputer jest połączony z internetem?)
outbox-why-network = połączenie z { $host } zostało przerwane
outbox-why-later = serwer poczty wychodzącej { $host } prosi o ponowną próbę później ({ $details })

## A refusal when sending

outbox-refused-by-server = Serwer poczty wychodzącej { $host } odrzucił wiadomość: „{ $details }”. Sprawdź adresy odbiorców (najczęściej to literówka) i wyślij ją ponownie.

## Outbox in the status bar

outbox-status-new =
    { $count ->
        [one] { $count } wiadomość czeka na wysłanie
        [few] { $count } wiadomości czekają na wysłanie
        [many] { $count } wiadomości czeka na wysłanie
       *[other] { $count } wiadomości czeka na wysłanie
    }
outbox-status-waiting =
    { $count ->
        [one] { $count } wiadomość czeka na wysłanie: { $reason }
        [few] { $count } wiadomości czekają na wysłanie: { $reason }
        [many] { $count } wiadomości czeka na wysłanie: { $reason }
       *[other] { $count } wiadomości czeka na wysłanie: { $reason }
    }
outbox-status-attention =
    { $count ->
        [one] { $count } wiadomość została odrzucona i wymaga Twojej uwagi: { $reason }
        [few] { $count } wiadomości zostały odrzucone i wymagają Twojej uwagi: { $reason }
        [many] { $count } wiadomości zostało odrzuconych i wymaga Twojej uwagi: { $reason }
       *[other] { $count } wiadomości zostało odrzuconych i wymaga Twojej uwagi: { $reason }
    }

## posta send and posta outbox

outbox-cli-queued = Jeszcze nie wysłano: { $reason }. Wiadomość czeka w skrzynce nadawczej; wyśle ją `posta outbox --send` albo okno Posty, gdy serwer odpowie.
outbox-cli-refused = Nie wysłano: { $reason } W skrzynce nadawczej nic nie zostało; popraw wiadomość i wyślij ją ponownie.
outbox-cli-copy-later = Kopia w folderze Wysłane konta { $account } trafi na serwer przy następnym `posta sync`.
outbox-cli-body-unreadable = Nie udało się odczytać tekstu z { $path }: { $details }
outbox-cli-body-not-text = { $path } nie jest tekstem UTF-8. Podaj treść wiadomości jako plik UTF-8.
outbox-cli-attach-unreadable = Nie udało się dołączyć { $path }: { $details }
outbox-cli-not-found = W skrzynce nadawczej nie ma wiadomości o identyfikatorze „{ $id }”. `posta outbox` pokazuje, co czeka.
outbox-cli-removed = Usunięto ze skrzynki nadawczej bez wysyłania: { $subject }
outbox-cli-sent =
    { $count ->
        [one] Wysłano { $count } wiadomość.
        [few] Wysłano { $count } wiadomości.
        [many] Wysłano { $count } wiadomości.
       *[other] Wysłano { $count } wiadomości.
    }
outbox-cli-still-waiting =
    { $count ->
        [one] { $count } wiadomość nadal czeka: { $reason }
        [few] { $count } wiadomości nadal czekają: { $reason }
        [many] { $count } wiadomości nadal czeka: { $reason }
       *[other] { $count } wiadomości nadal czeka: { $reason }
    }
