## The main window (mailbox-*, reader-*, compose-*, tags-*, share-*).

## Folder pane

folders-unified = Wszystkie odebrane
folders-shared-with-me = Udostępnione mi
folders-local = Foldery lokalne
folders-all-mail = Cała poczta
folders-flagged = Oznaczone gwiazdką
folders-new = Nowy folder
folders-rename = Zmień nazwę folderu
folders-delete = Usuń folder
folders-new-title = Nowy folder
folders-new-inside = W folderze „{ $parent }”
folders-rename-title = Zmiana nazwy folderu
folders-rename-button = Zmień nazwę
folders-name-placeholder = Nazwa folderu
folders-name-hint = Nazwa folderu nie może zawierać znaku „/”.
folders-delete-title = Usuwanie folderu
folders-delete-button = Usuń folder
# Po „z” narzędnik: „z 1 wiadomością”, „z 2 wiadomościami”, „z 5 wiadomościami”;
# ułamki w dopełniaczu: „z 1,5 wiadomości”.
folders-delete-confirm =
    { $count ->
        [one] Usunąć folder „{ $folder }” razem z { $count } wiadomością?
        [few] Usunąć folder „{ $folder }” razem z { $count } wiadomościami?
        [many] Usunąć folder „{ $folder }” razem z { $count } wiadomościami?
       *[other] Usunąć folder „{ $folder }” razem z { $count } wiadomości?
    } Tej operacji nie można cofnąć.
folders-needs-connection = Ten folder znajduje się na serwerze pocztowym, więc jego zmiana wymaga połączenia. Spróbuj ponownie, gdy konto połączy się z serwerem.
share-folder = Udostępnij ten folder…

## Toolbar and list

mailbox-new-message = Nowa wiadomość
mailbox-toggle-read = Oznacz jako przeczytane lub nieprzeczytane (M)
mailbox-toggle-star = Dodaj lub usuń gwiazdkę (S)
mailbox-tag-menu = Etykieta
mailbox-move-to = Przenieś do…
mailbox-delete = Usuń
search-placeholder = Szukaj w całej poczcie
mailbox-column-date = Data
mailbox-column-from = Od
mailbox-column-folder = Folder
mailbox-column-account = Konto
mailbox-column-to = Do
mailbox-column-subject = Temat
mailbox-column-tags = Etykiety
mailbox-column-size = Rozmiar
mailbox-no-subject = (bez tematu)
mailbox-choose-folder = Wybierz folder po lewej stronie.
mailbox-empty-folder = Ten folder jest pusty.
search-no-results = Żadna wiadomość nie pasuje do wyszukiwania.
search-results-for = Wyszukiwanie: „{ $query }”
# $count (number): messages a search cannot find yet (just synced, still being indexed).
search-not-indexed-yet =
    { $count ->
        [one] { $count } wiadomość czeka jeszcze na indeksowanie do wyszukiwania
        [few] { $count } wiadomości czekają jeszcze na indeksowanie do wyszukiwania
        [many] { $count } wiadomości czeka jeszcze na indeksowanie do wyszukiwania
       *[other] { $count } wiadomości czeka jeszcze na indeksowanie do wyszukiwania
    }
tags-filter-label = Pokaż:
tags-filter-all = Wszystkie wiadomości
tags-filter-empty = Żadna wiadomość tutaj nie ma tej etykiety.

## Status bar and notices

mailbox-all-synced = Wszystko jest aktualne.
mailbox-sync-now = Synchronizuj
mailbox-cancel = Anuluj
mailbox-create = Utwórz
mailbox-offline = Brak połączenia: zmiany zostaną wysłane, gdy serwer znów będzie dostępny
mailbox-no-connection = Żadne konto nie jest jeszcze połączone, więc nie ma czego synchronizować. Posta połączy się, gdy tylko pozna hasło do konta.
mailbox-move-other-account = Wiadomości można przenosić tylko do folderów ich własnego konta.
mailbox-store-error = Posta nie może odczytać ani zapisać lokalnej kopii poczty: { $details }. Spróbuj ponownie; jeśli problem się powtarza, sprawdź dysk.
mailbox-account-problem = { $account }: { $problem }

## Reader

reader-from = Od: { $sender }
reader-to = Do: { $recipients }
reader-cc = DW: { $recipients }
reader-reply = Odpowiedz
reader-reply-all = Odpowiedz wszystkim
reader-forward = Przekaż dalej
reader-attachments =
    { $count ->
        [one] Załącznik:
        [few] { $count } załączniki:
        [many] { $count } załączników:
       *[other] { $count } załącznika:
    }
reader-attachment-unnamed = Załącznik { $number }
reader-downloading = Pobieranie wiadomości…
reader-not-downloaded = Ta wiadomość nie została jeszcze pobrana. Zostanie pobrana, gdy konto połączy się z serwerem.
reader-no-text = Ta wiadomość nie zawiera tekstu – zajrzyj do załączników.
reader-text-truncated = Wyświetlono tylko początek tej bardzo długiej wiadomości.
reader-save-title = Zapisz załącznik
reader-saved = Zapisano „{ $name }” w { $path }.
reader-save-no-file = Nie zapisano „{ $name }”: okno zapisu zostało zamknięte albo ten system nie potrafi go wyświetlić. Możesz zamiast tego zapisać plik w folderze Pobrane.
reader-save-to-downloads = Zapisz w Pobranych
reader-save-failed = Nie udało się zapisać „{ $name }”: { $details }.
reader-no-downloads-folder = nie znaleziono folderu Pobrane

## Tags (Thunderbird's five defaults, then the user's own)

tags-important = Ważne
tags-work = Praca
tags-personal = Osobiste
tags-to-do = Do zrobienia
tags-later = Później
tags-new = Nowa etykieta…
tags-new-title = Nowa etykieta
tags-name-placeholder = Nazwa etykiety
tags-color = Kolor
tags-remove-all = Usuń wszystkie etykiety
mailbox-add-account = Dodaj konto

## New mail and the window title (issue 15)
mailbox-window-title = Posta ({ $count })
notify-new-mail =
    { $count ->
        [one] { $count } nowa wiadomość
        [few] { $count } nowe wiadomości
        [many] { $count } nowych wiadomości
       *[other] { $count } nowej wiadomości
    }
notify-app-name = Posta

## posta tag (issue 15)
cli-tag-which-account = Jest kilka kont: wskaż jedno przez --account NAZWA.
cli-tag-unknown = Nie ma etykiety „{ $tag }”. „posta tag list” pokazuje etykiety.
cli-tag-removed =
    { $count ->
        [one] Etykietę „{ $tag }” zdjęto z { $count } wiadomości.
        [few] Etykietę „{ $tag }” zdjęto z { $count } wiadomości.
        [many] Etykietę „{ $tag }” zdjęto z { $count } wiadomości.
       *[other] Etykietę „{ $tag }” zdjęto z { $count } wiadomości.
    }
cli-tag-queued = Zapisano tutaj; serwer otrzyma zmianę przy następnej synchronizacji.

## Tag manager (issue 15)
tags-manage = Zarządzaj etykietami…
tags-manager-title = Etykiety
tags-manager-done = Gotowe
tags-manager-delete = Usuń
tags-manager-delete-confirm = Usunąć „{ $tag }” i zdjąć ją ze wszystkich wiadomości?

## Rights in shared folders (issue 15)
rights-not-allowed = { $action }: niedozwolone w tym folderze, bo jego właściciel nie dał ci uprawnienia „{ $right }”.
rights-refused-by-server = Serwer odrzucił tę zmianę: twoje uprawnienia w tym folderze się zmieniły. Zmiana została porzucona; nic innego się nie zmieniło. (Serwer odpowiedział: { $details })
folders-read-only = { $name } (tylko do odczytu)
cli-rights-no-folder = W tym koncie nie ma folderu „{ $folder }”. „posta folders” pokazuje foldery.

## Cofanie: co się stało, z przyciskiem Cofnij (i Ctrl+Z)
# $count (number): wiadomości; $folder (text): nazwa folderu.
undo-moved =
    { $count ->
        [one] Przeniesiono { $count } wiadomość do folderu „{ $folder }”
        [few] Przeniesiono { $count } wiadomości do folderu „{ $folder }”
        [many] Przeniesiono { $count } wiadomości do folderu „{ $folder }”
       *[other] Przeniesiono { $count } wiadomości do folderu „{ $folder }”
    }
# $count (number): wiadomości.
undo-junked =
    { $count ->
        [one] Oznaczono { $count } wiadomość jako spam
        [few] Oznaczono { $count } wiadomości jako spam
        [many] Oznaczono { $count } wiadomości jako spam
       *[other] Oznaczono { $count } wiadomości jako spam
    }
# $count (number): wiadomości; $tag (text): nazwa etykiety.
undo-tagged =
    { $count ->
        [one] Dodano etykietę „{ $tag }” do { $count } wiadomości
        [few] Dodano etykietę „{ $tag }” do { $count } wiadomości
        [many] Dodano etykietę „{ $tag }” do { $count } wiadomości
       *[other] Dodano etykietę „{ $tag }” do { $count } wiadomości
    }
# $count (number): wiadomości; $tag (text): nazwa etykiety.
undo-untagged =
    { $count ->
        [one] Usunięto etykietę „{ $tag }” z { $count } wiadomości
        [few] Usunięto etykietę „{ $tag }” z { $count } wiadomości
        [many] Usunięto etykietę „{ $tag }” z { $count } wiadomości
       *[other] Usunięto etykietę „{ $tag }” z { $count } wiadomości
    }
# $count (number): wiadomości.
undo-tags-cleared =
    { $count ->
        [one] Usunięto wszystkie etykiety z { $count } wiadomości
        [few] Usunięto wszystkie etykiety z { $count } wiadomości
        [many] Usunięto wszystkie etykiety z { $count } wiadomości
       *[other] Usunięto wszystkie etykiety z { $count } wiadomości
    }
# $count (number): wiadomości.
undo-read =
    { $count ->
        [one] Oznaczono { $count } wiadomość jako przeczytaną
        [few] Oznaczono { $count } wiadomości jako przeczytane
        [many] Oznaczono { $count } wiadomości jako przeczytane
       *[other] Oznaczono { $count } wiadomości jako przeczytane
    }
# $count (number): wiadomości.
undo-unread =
    { $count ->
        [one] Oznaczono { $count } wiadomość jako nieprzeczytaną
        [few] Oznaczono { $count } wiadomości jako nieprzeczytane
        [many] Oznaczono { $count } wiadomości jako nieprzeczytane
       *[other] Oznaczono { $count } wiadomości jako nieprzeczytane
    }
# $count (number): wiadomości.
undo-starred =
    { $count ->
        [one] Oznaczono gwiazdką { $count } wiadomość
        [few] Oznaczono gwiazdką { $count } wiadomości
        [many] Oznaczono gwiazdką { $count } wiadomości
       *[other] Oznaczono gwiazdką { $count } wiadomości
    }
# $count (number): wiadomości.
undo-unstarred =
    { $count ->
        [one] Usunięto gwiazdkę z { $count } wiadomości
        [few] Usunięto gwiazdkę z { $count } wiadomości
        [many] Usunięto gwiazdkę z { $count } wiadomości
       *[other] Usunięto gwiazdkę z { $count } wiadomości
    }
# $count (number): wiadomości przeciągane na folder.
drag-messages =
    { $count ->
        [one] { $count } wiadomość
        [few] { $count } wiadomości
        [many] { $count } wiadomości
       *[other] { $count } wiadomości
    }
undo-button = Cofnij
undo-working = Cofanie…
undo-done = Cofnięto.
# $problem (text): dlaczego, słowami.
undo-failed = Nie cofnięto: { $problem }
