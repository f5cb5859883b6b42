# Konverzácie, koncepty, každodenné činnosti a klávesnica (úloha 12, body 5–7).

## posta archive / junk / not-junk / mark-read / empty-trash
actions-no-such-message = V priečinku { $folder } nie je správa č. { $position }. Zoznam vypíše `posta messages { $folder }`; 1 je prvý riadok.
actions-archived =
    { $count ->
        [one] { $count } správa bola presunutá do Archívu.
        [few] { $count } správy boli presunuté do Archívu.
        [many] { $count } správy bolo presunutej do Archívu.
       *[other] { $count } správ bolo presunutých do Archívu.
    }
actions-junked =
    { $count ->
        [one] { $count } správa bola presunutá do Nevyžiadanej pošty.
        [few] { $count } správy boli presunuté do Nevyžiadanej pošty.
        [many] { $count } správy bolo presunutej do Nevyžiadanej pošty.
       *[other] { $count } správ bolo presunutých do Nevyžiadanej pošty.
    }
actions-not-junk =
    { $count ->
        [one] { $count } správa sa vrátila do Doručenej pošty.
        [few] { $count } správy sa vrátili do Doručenej pošty.
        [many] { $count } správy sa vrátilo do Doručenej pošty.
       *[other] { $count } správ sa vrátilo do Doručenej pošty.
    }
actions-marked-read =
    { $count ->
        [one] { $count } správa je označená ako prečítaná.
        [few] { $count } správy sú označené ako prečítané.
        [many] { $count } správy je označenej ako prečítanej.
       *[other] { $count } správ je označených ako prečítané.
    }
actions-no-trash = Účet { $account } zatiaľ nemá Kôš: nie je čo vyprázdniť.
actions-trash-confirm =
    { $count ->
        [one] V Koši účtu { $account } je { $count } správa. Spustite príkaz znova s --yes a natrvalo sa odstráni.
        [few] V Koši účtu { $account } sú { $count } správy. Spustite príkaz znova s --yes a natrvalo sa odstránia.
        [many] V Koši účtu { $account } je { $count } správy. Spustite príkaz znova s --yes a natrvalo sa odstránia.
       *[other] V Koši účtu { $account } je { $count } správ. Spustite príkaz znova s --yes a natrvalo sa odstránia.
    }
actions-trash-emptied =
    { $count ->
        [one] { $account }: { $count } správa bola natrvalo odstránená z Koša.
        [few] { $account }: { $count } správy boli natrvalo odstránené z Koša.
        [many] { $account }: { $count } správy bolo natrvalo odstránenej z Koša.
       *[other] { $account }: { $count } správ bolo natrvalo odstránených z Koša.
    }

## Každodenné činnosti v schránke
mailbox-archive = Archivovať
mailbox-junk = Nevyžiadaná
mailbox-not-junk = Nie je nevyžiadaná
mailbox-mark-all-read = Označiť všetky ako prečítané
mailbox-empty-trash = Vyprázdniť Kôš
mailbox-empty-trash-confirm =
    { $count ->
        [one] Natrvalo odstrániť { $count } správu z Koša? Nedá sa vrátiť späť.
        [few] Natrvalo odstrániť { $count } správy z Koša? Nedajú sa vrátiť späť.
        [many] Natrvalo odstrániť { $count } správy z Koša? Nedajú sa vrátiť späť.
       *[other] Natrvalo odstrániť { $count } správ z Koša? Nedajú sa vrátiť späť.
    }
mailbox-empty-trash-yes = Odstrániť natrvalo

## Klávesové skratky (?)
keys-title = Klávesové skratky
keys-close-help = Zavrieť
keys-move = Nasledujúca alebo predchádzajúca správa
keys-extend = Rozšíriť výber
keys-open = Otvoriť správu (koncept: písať ďalej)
keys-delete = Odstrániť
keys-reply = Odpovedať
keys-reply-all = Odpovedať všetkým
keys-forward = Preposlať
keys-archive = Archivovať
keys-read = Označiť ako prečítanú alebo neprečítanú
keys-star = Označiť hviezdičkou
keys-tags = Štítky z ponuky štítkov; 0 odstráni všetky
keys-select-all = Vybrať všetko
keys-new = Nová správa
keys-undo = Vrátiť poslednú zmenu
keys-send = Odoslať (v písanej správe)
keys-completion = V poliach Komu, Kópia a Skrytá kópia: výber navrhnutej adresy a jej vloženie
keys-settings = Nastavenia
keys-search = Hľadať (prejsť do poľa hľadania)
keys-fields = Ďalšie alebo predchádzajúce pole formulára
keys-submit = Vo formulári: jeho hlavné tlačidlo (Otestovať, Pokračovať, Odoslať…)
keys-close = Zavrieť, čo je otvorené; vymazať hľadanie
keys-help = Zobraziť alebo skryť tento zoznam

## Konverzácie
conversation-group = Konverzácie
conversation-messages =
    { $count ->
        [one] { $count } správa
        [few] { $count } správy
        [many] { $count } správy
       *[other] { $count } správ
    }
conversation-count =
    { $unread ->
        [0] { conversation-messages }
        [one] { conversation-messages }, { $unread } neprečítaná
        [few] { conversation-messages }, { $unread } neprečítané
        [many] { conversation-messages }, { $unread } neprečítanej
       *[other] { conversation-messages }, { $unread } neprečítaných
    }
