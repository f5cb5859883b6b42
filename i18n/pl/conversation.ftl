# Wątki, wersje robocze, codzienne czynności i klawiatura (zgłoszenie 12, punkty 5–7).

## posta archive / junk / not-junk / mark-read / empty-trash
actions-no-such-message = W folderze { $folder } nie ma wiadomości nr { $position }. Listę pokazuje `posta messages { $folder }`; 1 to pierwszy wiersz.
actions-archived =
    { $count ->
        [one] Przeniesiono { $count } wiadomość do Archiwum.
        [few] Przeniesiono { $count } wiadomości do Archiwum.
        [many] Przeniesiono { $count } wiadomości do Archiwum.
       *[other] Przeniesiono { $count } wiadomości do Archiwum.
    }
actions-junked =
    { $count ->
        [one] Przeniesiono { $count } wiadomość do Spamu.
        [few] Przeniesiono { $count } wiadomości do Spamu.
        [many] Przeniesiono { $count } wiadomości do Spamu.
       *[other] Przeniesiono { $count } wiadomości do Spamu.
    }
actions-not-junk =
    { $count ->
        [one] Przeniesiono { $count } wiadomość z powrotem do Odebranych.
        [few] Przeniesiono { $count } wiadomości z powrotem do Odebranych.
        [many] Przeniesiono { $count } wiadomości z powrotem do Odebranych.
       *[other] Przeniesiono { $count } wiadomości z powrotem do Odebranych.
    }
actions-marked-read =
    { $count ->
        [one] Oznaczono { $count } wiadomość jako przeczytaną.
        [few] Oznaczono { $count } wiadomości jako przeczytane.
        [many] Oznaczono { $count } wiadomości jako przeczytane.
       *[other] Oznaczono { $count } wiadomości jako przeczytane.
    }
actions-no-trash = Konto { $account } nie ma jeszcze Kosza: nie ma czego opróżniać.
actions-trash-confirm =
    { $count ->
        [one] W Koszu konta { $account } jest { $count } wiadomość. Uruchom polecenie ponownie z --yes, aby usunąć ją na zawsze.
        [few] W Koszu konta { $account } są { $count } wiadomości. Uruchom polecenie ponownie z --yes, aby usunąć je na zawsze.
        [many] W Koszu konta { $account } jest { $count } wiadomości. Uruchom polecenie ponownie z --yes, aby usunąć je na zawsze.
       *[other] W Koszu konta { $account } jest { $count } wiadomości. Uruchom polecenie ponownie z --yes, aby usunąć je na zawsze.
    }
actions-trash-emptied =
    { $count ->
        [one] { $account }: usunięto na zawsze { $count } wiadomość z Kosza.
        [few] { $account }: usunięto na zawsze { $count } wiadomości z Kosza.
        [many] { $account }: usunięto na zawsze { $count } wiadomości z Kosza.
       *[other] { $account }: usunięto na zawsze { $count } wiadomości z Kosza.
    }

## Codzienne czynności w skrzynce
mailbox-archive = Archiwizuj
mailbox-junk = Spam
mailbox-not-junk = To nie spam
mailbox-mark-all-read = Oznacz wszystkie jako przeczytane
mailbox-empty-trash = Opróżnij Kosz
mailbox-empty-trash-confirm =
    { $count ->
        [one] Usunąć na zawsze { $count } wiadomość z Kosza? Nie da się jej przywrócić.
        [few] Usunąć na zawsze { $count } wiadomości z Kosza? Nie da się ich przywrócić.
        [many] Usunąć na zawsze { $count } wiadomości z Kosza? Nie da się ich przywrócić.
       *[other] Usunąć na zawsze { $count } wiadomości z Kosza? Nie da się ich przywrócić.
    }
mailbox-empty-trash-yes = Usuń na zawsze

## Skróty klawiszowe (?)
keys-title = Skróty klawiszowe
keys-close-help = Zamknij
keys-move = Następna lub poprzednia wiadomość
keys-extend = Rozszerz zaznaczenie
keys-open = Otwórz wiadomość (wersję roboczą: pisz dalej)
keys-delete = Usuń
keys-reply = Odpowiedz
keys-reply-all = Odpowiedz wszystkim
keys-forward = Przekaż dalej
keys-archive = Archiwizuj
keys-read = Oznacz jako przeczytaną lub nieprzeczytaną
keys-star = Oznacz gwiazdką
keys-tags = Etykiety z menu etykiet; 0 usuwa wszystkie
keys-select-all = Zaznacz wszystko
keys-new = Nowa wiadomość
keys-undo = Cofnij ostatnią zmianę
keys-send = Wyślij (w pisanej wiadomości)
keys-completion = W polach Do, DW i UDW: wybór podpowiedzianego adresu i jego wstawienie
keys-settings = Ustawienia
keys-search = Szukaj (przejdź do pola wyszukiwania)
keys-fields = Następne lub poprzednie pole formularza
keys-submit = W formularzu: jego główny przycisk (Testuj, Dalej, Wyślij…)
keys-close = Zamknij to, co otwarte; wyczyść wyszukiwanie
keys-help = Pokaż lub ukryj tę listę

## Wątki
conversation-group = Wątki
conversation-messages =
    { $count ->
        [one] { $count } wiadomość
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    }
conversation-count =
    { $unread ->
        [0] { conversation-messages }
        [one] { conversation-messages }, { $unread } nieprzeczytana
        [few] { conversation-messages }, { $unread } nieprzeczytane
        [many] { conversation-messages }, { $unread } nieprzeczytanych
       *[other] { conversation-messages }, { $unread } nieprzeczytanej
    }
