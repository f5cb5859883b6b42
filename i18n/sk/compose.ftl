# Okno na písanie správ a dialóg zdieľania priečinka.

## Písanie správy

compose-title-new = Nová správa
compose-title-reply = Odpoveď
compose-title-reply-all = Odpoveď všetkým
compose-title-forward = Poslať ďalej
compose-from = Od: { $sender }
compose-to = Komu
compose-cc = Kópia
compose-bcc = Skrytá kópia
compose-subject = Predmet
compose-to-placeholder = Meno <adresa@example.com>, iny@example.com
compose-body-placeholder = Sem napíšte svoju správu.
compose-attach = Priložiť súbory…
compose-attachment-line = { $name } ({ $size })
compose-remove = Odstrániť
compose-send = Odoslať
compose-save-draft = Uložiť koncept
compose-discard = Zahodiť
compose-sending = Odosiela sa…
compose-saving = Ukladá sa koncept…
compose-draft-saved = Koncept je uložený v priečinku Koncepty.
compose-dialog-title = Vyberte súbory na priloženie
compose-picker-unavailable = Tento počítač nemá okno na výber súborov (potrebuje portál pracovného prostredia alebo program zenity). Namiesto toho napíšte úplnú cestu k súboru, ktorý chcete priložiť.
compose-picker-none = Nevybrali ste žiadny súbor. Ak sa okno na výber súborov neobjavilo, napíšte sem úplnú cestu k súboru.
compose-path-placeholder = /home/vy/Dokumenty/subor.pdf
compose-path-add = Priložiť
compose-attach-failed = Súbor { $path } sa nepodarilo prečítať: { $details }
compose-error-no-recipients = Pridajte aspoň jedného príjemcu do poľa Komu, Kópia alebo Skrytá kópia.
compose-error-address = „{ $address }“ nie je e-mailová adresa. Skontrolujte preklepy; viac adries oddeľte čiarkami.
compose-error-sender = Vlastnú adresu účtu „{ $address }“ nemožno použiť ako odosielateľa. Skontrolujte ju v nastaveniach účtu.
compose-error-invalid = Správu sa nepodarilo zostaviť: { $details }
compose-error-no-smtp = Tento účet ešte nemá server odchádzajúcej pošty (SMTP), preto nemôže odosielať správy. Pridajte ho v nastaveniach účtu.
compose-error-no-password = Heslo na odosielanie sa nepodarilo prečítať zo zväzku kľúčov: { $details }
compose-error-smtp-starttls = Server odchádzajúcej pošty { $host } neponúka STARTTLS, preto sa na tomto porte nedá ochrániť vaše heslo ani správa. Zvoľte radšej SSL/TLS (zvyčajne port 465).
compose-error-original-gone = Správa, na ktorú chcete odpovedať, tu už nie je. Synchronizujte priečinok a skúste to znova.
compose-sent = Správa bola odoslaná.
compose-sent-no-copy = Správa bola odoslaná, ale jej kópiu sa nepodarilo uložiť do priečinka Odoslané: { $details }
compose-queued =
    { $minutes ->
        [one] Zatiaľ neodoslané: { $reason }. Správa čaká v priečinku Na odoslanie a Posta to skúsi znova do minúty — alebo tam zvoľte Odoslať teraz.
        [few] Zatiaľ neodoslané: { $reason }. Správa čaká v priečinku Na odoslanie a Posta to skúsi znova do { $minutes } minút — alebo tam zvoľte Odoslať teraz.
        [many] Zatiaľ neodoslané: { $reason }. Správa čaká v priečinku Na odoslanie a Posta to skúsi znova do { $minutes } minúty — alebo tam zvoľte Odoslať teraz.
       *[other] Zatiaľ neodoslané: { $reason }. Správa čaká v priečinku Na odoslanie a Posta to skúsi znova do { $minutes } minút — alebo tam zvoľte Odoslať teraz.
    }
compose-reply-attribution = Dňa { $date } { $sender } napísal(a):
compose-forward-header =
    -------- Preposlaná správa --------
    Predmet: { $subject }
    Dátum: { $date }
    Od: { $sender }
    Komu: { $recipients }

## Zdieľanie priečinka

share-title = Zdieľať „{ $folder }“
share-loading = Zisťuje sa zo servera, kto môže používať tento priečinok…
share-who = Ľudia s prístupom
share-nobody = Nikto iný nemá prístup k tomuto priečinku.
share-owner = { $person } (vlastník)
share-preset-read-only = Iba na čítanie
share-preset-read-write = Čítanie a zápis
share-preset-full = Úplná kontrola
share-preset-custom = Vlastné nastavenie
share-preset-read-only-hint = Vidí priečinok a môže čítať jeho správy, nič viac.
share-preset-read-write-hint = Môže aj označovať, presúvať a mazať správy a vytvárať priečinky vo vnútri, ale nemôže priečinok zdieľať ďalej.
share-preset-full-hint = Môže všetko, čo vy, vrátane zdieľania priečinka s inými.
share-custom-rights = Vlastné: { $rights }
share-add-heading = Zdieľať s niekým
share-person = Používateľské meno
share-person-placeholder = bob alebo bob@example.com
share-add = Zdieľať
share-remove = Odobrať prístup
share-close = Zavrieť
share-right-l = Vidieť priečinok v zozname priečinkov
share-right-r = Čítať správy
share-right-s = Zachovať označenie prečítané alebo neprečítané
share-right-w = Označovať hviezdičkou, štítkami a ako zodpovedané
share-right-i = Vkladať správy do priečinka (presúvať, kopírovať, ukladať)
share-right-p = Posielať poštu na adresu priečinka
share-right-k = Vytvárať priečinky vo vnútri
share-right-x = Mazať alebo premenovať priečinok
share-right-t = Mazať správy
share-right-e = Natrvalo odstrániť zmazané správy
share-right-a = Meniť, kto má prístup (zdieľať priečinok)
share-error-person = Napíšte používateľské meno osoby, s ktorou chcete priečinok zdieľať.
share-error-no-rights = Vyberte aspoň jednu vec, ktorú táto osoba smie robiť.
share-added = { $person } má teraz prístup.
share-removed = { $person } už nemá prístup.
share-not-connected = Posta teraz nie je pripojená k serveru tohto účtu a o zdieľaní rozhoduje server. Skontrolujte, či ste pripojení na internet a či je heslo účtu známe (ak nie, povie to lišta nad zoznamom správ), a potom toto okno otvorte znova.
share-yours-heading = Čo tu smiete robiť
share-shared-with-you = Tento priečinok patrí niekomu inému, kto ho s vami zdieľa.
share-can = ✓ { $action }
share-cannot = ✗ { $action }: nie je dovolené, lebo vlastník vám nedal právo „{ $right }“.
share-read-only = Tento priečinok je pre vás iba na čítanie: jeho správy môžete čítať, ale nie meniť.
share-admin-needed = Iba niekto s právom zdieľať („a“) môže vidieť a meniť, kto má prístup.
share-action-read = Čítať správy
share-action-keep-seen = Označovať správy ako prečítané alebo neprečítané
share-action-write-flags = Označovať správy hviezdičkou a štítkami
share-action-insert = Presúvať, kopírovať alebo ukladať správy do tohto priečinka
share-action-delete = Mazať správy
share-action-create-subfolder = Vytvárať priečinky vo vnútri
share-action-delete-folder = Mazať alebo premenovať tento priečinok
share-action-admin = Zdieľať tento priečinok s inými
share-pop3 = Zdieľanie priečinkov potrebuje IMAP. Tento účet používa POP3, ktorý sťahuje iba správy z doručenej pošty; jeho ostatné priečinky existujú len na tomto počítači. Ak váš poskytovateľ ponúka IMAP, nastavte účet znova s IMAP, aby ste mohli zdieľať priečinky a vidieť priečinky, ktoré s vami zdieľajú iní.
share-pop3-setup = Nastaviť tento účet s IMAP
