# Okno tworzenia wiadomości i okno udostępniania folderu.

## Tworzenie wiadomości

compose-title-new = Nowa wiadomość
compose-title-reply = Odpowiedź
compose-title-reply-all = Odpowiedź do wszystkich
compose-title-forward = Przekazanie dalej
compose-from = Od: { $sender }
compose-to = Do
compose-cc = DW
compose-bcc = UDW
compose-subject = Temat
compose-to-placeholder = Imię <adres@example.com>, inny@example.com
compose-body-placeholder = Tutaj napisz wiadomość.
compose-attach = Załącz pliki…
compose-attachment-line = { $name } ({ $size })
compose-remove = Usuń
compose-send = Wyślij
compose-save-draft = Zapisz szkic
compose-discard = Odrzuć
compose-sending = Wysyłanie…
compose-saving = Zapisywanie szkicu…
compose-draft-saved = Szkic zapisano w folderze Szkice.
compose-dialog-title = Wybierz pliki do załączenia
compose-picker-unavailable = Na tym komputerze nie ma okna wyboru plików (wymaga portalu pulpitu lub programu zenity). Zamiast tego wpisz pełną ścieżkę pliku do załączenia.
compose-picker-none = Nie wybrano żadnego pliku. Jeśli okno wyboru plików się nie pojawiło, wpisz tutaj pełną ścieżkę pliku.
compose-path-placeholder = /home/ty/Dokumenty/plik.pdf
compose-path-add = Załącz
compose-attach-failed = Nie można odczytać pliku { $path }: { $details }
compose-error-no-recipients = Dodaj co najmniej jednego odbiorcę w polu Do, DW lub UDW.
compose-error-address = „{ $address }” nie jest adresem e-mail. Sprawdź, czy nie ma literówki; kilka adresów oddziel przecinkami.
compose-error-sender = Własnego adresu konta „{ $address }” nie można użyć jako nadawcy. Sprawdź go w ustawieniach konta.
compose-error-invalid = Nie udało się złożyć wiadomości: { $details }
compose-error-no-smtp = To konto nie ma jeszcze serwera poczty wychodzącej (SMTP), więc nie może wysyłać wiadomości. Dodaj go w ustawieniach konta.
compose-error-no-password = Nie udało się odczytać hasła do wysyłania z pęku kluczy: { $details }
compose-error-smtp-starttls = Serwer poczty wychodzącej { $host } nie oferuje STARTTLS, więc na tym porcie nie da się ochronić hasła ani wiadomości. Wybierz zamiast tego SSL/TLS (zwykle port 465).
compose-error-original-gone = Wiadomości, na którą chcesz odpowiedzieć, już tu nie ma. Zsynchronizuj folder i spróbuj ponownie.
compose-sent = Wiadomość została wysłana.
compose-sent-no-copy = Wiadomość została wysłana, ale nie udało się zapisać jej kopii w folderze Wysłane: { $details }
compose-queued =
    { $minutes ->
        [one] Jeszcze nie wysłano: { $reason }. Wiadomość czeka w folderze „Do wysłania”, a Posta spróbuje ponownie w ciągu minuty — możesz też wybrać tam „Wyślij teraz”.
        [few] Jeszcze nie wysłano: { $reason }. Wiadomość czeka w folderze „Do wysłania”, a Posta spróbuje ponownie w ciągu { $minutes } minut — możesz też wybrać tam „Wyślij teraz”.
        [many] Jeszcze nie wysłano: { $reason }. Wiadomość czeka w folderze „Do wysłania”, a Posta spróbuje ponownie w ciągu { $minutes } minut — możesz też wybrać tam „Wyślij teraz”.
       *[other] Jeszcze nie wysłano: { $reason }. Wiadomość czeka w folderze „Do wysłania”, a Posta spróbuje ponownie w ciągu { $minutes } minuty — możesz też wybrać tam „Wyślij teraz”.
    }
compose-reply-attribution = { $date }, { $sender } napisał(a):
compose-forward-header =
    -------- Przekazana wiadomość --------
    Temat: { $subject }
    Data: { $date }
    Od: { $sender }
    Do: { $recipients }

## Udostępnianie folderu

share-title = Udostępnij „{ $folder }”
share-loading = Pytanie serwera, kto może korzystać z tego folderu…
share-who = Osoby z dostępem
share-nobody = Nikt inny nie ma dostępu do tego folderu.
share-owner = { $person } (właściciel)
share-preset-read-only = Tylko odczyt
share-preset-read-write = Odczyt i zapis
share-preset-full = Pełna kontrola
share-preset-custom = Własne ustawienia
share-preset-read-only-hint = Widzi folder i może czytać wiadomości, nic więcej.
share-preset-read-write-hint = Może też oznaczać, przenosić i usuwać wiadomości oraz tworzyć foldery wewnątrz, ale nie może udostępniać folderu dalej.
share-preset-full-hint = Może wszystko to, co ty, łącznie z udostępnianiem folderu innym.
share-custom-rights = Własne: { $rights }
share-add-heading = Udostępnij komuś
share-person = Nazwa użytkownika
share-person-placeholder = bob lub bob@example.com
share-add = Udostępnij
share-remove = Odbierz dostęp
share-close = Zamknij
share-right-l = Widzieć folder na liście folderów
share-right-r = Czytać wiadomości
share-right-s = Zachowywać oznaczenie przeczytane lub nieprzeczytane
share-right-w = Oznaczać gwiazdką, tagami i jako odpowiedziane
share-right-i = Umieszczać wiadomości w folderze (przenosić, kopiować, zapisywać)
share-right-p = Wysyłać pocztę na adres folderu
share-right-k = Tworzyć foldery wewnątrz
share-right-x = Usuwać folder lub zmieniać jego nazwę
share-right-t = Usuwać wiadomości
share-right-e = Trwale usuwać skasowane wiadomości
share-right-a = Zmieniać, kto ma dostęp (udostępniać folder)
share-error-person = Wpisz nazwę użytkownika osoby, której chcesz udostępnić folder.
share-error-no-rights = Wybierz co najmniej jedną rzecz, którą ta osoba może robić.
share-added = { $person } ma teraz dostęp.
share-removed = { $person } nie ma już dostępu.
share-not-connected = Posta nie jest teraz połączona z serwerem tego konta, a o udostępnianiu decyduje serwer. Sprawdź, czy masz połączenie z internetem i czy hasło konta jest znane (jeśli nie, mówi o tym pasek nad listą wiadomości), a potem otwórz to okno ponownie.
share-yours-heading = Co możesz tutaj robić
share-shared-with-you = Ten folder należy do kogoś innego, kto ci go udostępnił.
share-can = ✓ { $action }
share-cannot = ✗ { $action }: niedozwolone, bo właściciel nie dał ci uprawnienia „{ $right }”.
share-read-only = Ten folder jest dla ciebie tylko do odczytu: możesz czytać wiadomości, ale nie możesz ich zmieniać.
share-admin-needed = Tylko osoba z prawem udostępniania („a”) może zobaczyć i zmienić, kto ma dostęp.
share-action-read = Czytanie wiadomości
share-action-keep-seen = Oznaczanie jako przeczytane lub nieprzeczytane
share-action-write-flags = Oznaczanie gwiazdką i tagami
share-action-insert = Przenoszenie, kopiowanie i zapisywanie wiadomości w tym folderze
share-action-delete = Usuwanie wiadomości
share-action-create-subfolder = Tworzenie folderów wewnątrz
share-action-delete-folder = Usuwanie folderu lub zmiana jego nazwy
share-action-admin = Udostępnianie folderu innym
share-pop3 = Udostępnianie folderów wymaga IMAP. To konto używa POP3, które pobiera tylko wiadomości ze skrzynki odbiorczej; pozostałe foldery istnieją tylko na tym komputerze. Jeśli twój dostawca oferuje IMAP, skonfiguruj konto ponownie z IMAP, aby udostępniać foldery i widzieć foldery udostępnione ci przez innych.
share-pop3-setup = Skonfiguruj to konto z IMAP
