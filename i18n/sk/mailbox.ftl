## The main window (mailbox-*, reader-*, compose-*, tags-*, share-*).

## Folder pane

folders-unified = Všetky doručené
folders-shared-with-me = Zdieľané so mnou
folders-local = Lokálne priečinky
folders-all-mail = Všetka pošta
folders-flagged = S hviezdičkou
folders-new = Nový priečinok
folders-rename = Premenovať priečinok
folders-delete = Odstrániť priečinok
folders-new-title = Nový priečinok
folders-new-inside = V priečinku „{ $parent }“
folders-rename-title = Premenovanie priečinka
folders-rename-button = Premenovať
folders-name-placeholder = Názov priečinka
folders-name-hint = Názov priečinka nemôže obsahovať znak „/“.
folders-delete-title = Odstránenie priečinka
folders-delete-button = Odstrániť priečinok
# Po „s“ inštrumentál: „s 1 správou“, „s 2 správami“, „s 5 správami“;
# desatinné čísla (many) s genitívom: „s 1,5 správy“.
folders-delete-confirm =
    { $count ->
        [one] Odstrániť priečinok „{ $folder }“ aj s { $count } správou?
        [few] Odstrániť priečinok „{ $folder }“ aj s { $count } správami?
        [many] Odstrániť priečinok „{ $folder }“ aj s { $count } správy?
       *[other] Odstrániť priečinok „{ $folder }“ aj s { $count } správami?
    } Túto akciu nemožno vrátiť späť.
folders-needs-connection = Tento priečinok je uložený na poštovom serveri, preto jeho zmena vyžaduje pripojenie. Skúste to znova, keď sa konto pripojí k serveru.
share-folder = Zdieľať tento priečinok…

## Toolbar and list

mailbox-new-message = Nová správa
mailbox-toggle-read = Označiť ako prečítané alebo neprečítané (M)
mailbox-toggle-star = Pridať alebo odobrať hviezdičku (S)
mailbox-tag-menu = Štítok
mailbox-move-to = Presunúť do…
mailbox-delete = Odstrániť
search-placeholder = Hľadať v celej pošte
mailbox-column-date = Dátum
mailbox-column-from = Od
mailbox-column-folder = Priečinok
mailbox-column-account = Účet
mailbox-column-to = Komu
mailbox-column-subject = Predmet
mailbox-column-tags = Štítky
mailbox-column-size = Veľkosť
mailbox-no-subject = (bez predmetu)
mailbox-choose-folder = Vľavo vyberte priečinok.
mailbox-empty-folder = Tento priečinok je prázdny.
search-no-results = Hľadaniu nezodpovedá žiadna správa.
search-results-for = Hľadanie: „{ $query }“
# $count (number): messages a search cannot find yet (just synced, still being indexed).
search-not-indexed-yet =
    { $count ->
        [one] { $count } správa ešte čaká na indexovanie pre vyhľadávanie
        [few] { $count } správy ešte čakajú na indexovanie pre vyhľadávanie
        [many] { $count } správy ešte čaká na indexovanie pre vyhľadávanie
       *[other] { $count } správ ešte čaká na indexovanie pre vyhľadávanie
    }
tags-filter-label = Zobraziť:
tags-filter-all = Všetky správy
tags-filter-empty = Žiadna správa tu nemá tento štítok.

## Status bar and notices

mailbox-all-synced = Všetko je aktuálne.
mailbox-sync-now = Synchronizovať
mailbox-cancel = Zrušiť
mailbox-create = Vytvoriť
mailbox-offline = Bez pripojenia: zmeny sa odošlú, keď bude server opäť dostupný
mailbox-no-connection = Zatiaľ nie je pripojené žiadne konto, preto nie je čo synchronizovať. Posta sa pripojí, hneď ako bude poznať heslo ku kontu.
mailbox-move-other-account = Správy možno presúvať iba do priečinkov ich vlastného konta.
mailbox-store-error = Posta nemôže čítať ani zapisovať miestnu kópiu vašej pošty: { $details }. Skúste to znova; ak sa to opakuje, skontrolujte disk.
mailbox-account-problem = { $account }: { $problem }

## Reader

reader-from = Od: { $sender }
reader-to = Komu: { $recipients }
reader-cc = Kópia: { $recipients }
reader-reply = Odpovedať
reader-reply-all = Odpovedať všetkým
reader-forward = Preposlať
reader-attachments =
    { $count ->
        [one] Príloha:
        [few] { $count } prílohy:
        [many] { $count } prílohy:
       *[other] { $count } príloh:
    }
reader-attachment-unnamed = Príloha { $number }
reader-downloading = Sťahuje sa správa…
reader-not-downloaded = Táto správa ešte nebola stiahnutá. Stiahne sa, keď sa konto pripojí k serveru.
reader-no-text = Táto správa neobsahuje text – pozrite si prílohy.
reader-text-truncated = Zobrazuje sa iba začiatok tejto veľmi dlhej správy.
reader-save-title = Uložiť prílohu
reader-saved = Súbor „{ $name }“ sa uložil do { $path }.
reader-save-no-file = Súbor „{ $name }“ sa neuložil: dialógové okno na uloženie sa zavrelo alebo ho tento systém nedokáže zobraziť. Namiesto toho ho môžete uložiť do priečinka Stiahnuté súbory.
reader-save-to-downloads = Uložiť do Stiahnutých súborov
reader-save-failed = Súbor „{ $name }“ sa nepodarilo uložiť: { $details }.
reader-no-downloads-folder = nenašiel sa priečinok Stiahnuté súbory

## Tags (Thunderbird's five defaults, then the user's own)

tags-important = Dôležité
tags-work = Práca
tags-personal = Osobné
tags-to-do = Na vybavenie
tags-later = Neskôr
tags-new = Nový štítok…
tags-new-title = Nový štítok
tags-name-placeholder = Názov štítka
tags-color = Farba
tags-remove-all = Odstrániť všetky štítky
mailbox-add-account = Pridať konto

## New mail and the window title (issue 15)
mailbox-window-title = Posta ({ $count })
notify-new-mail =
    { $count ->
        [one] { $count } nová správa
        [few] { $count } nové správy
        [many] { $count } novej správy
       *[other] { $count } nových správ
    }
notify-app-name = Posta

## posta tag (issue 15)
cli-tag-which-account = Účtov je viac: vyberte jeden pomocou --account NÁZOV.
cli-tag-unknown = Štítok „{ $tag }“ neexistuje. „posta tag list“ ukáže štítky.
cli-tag-removed =
    { $count ->
        [one] Štítok „{ $tag }“ bol odstránený z { $count } správy.
        [few] Štítok „{ $tag }“ bol odstránený z { $count } správ.
        [many] Štítok „{ $tag }“ bol odstránený z { $count } správy.
       *[other] Štítok „{ $tag }“ bol odstránený z { $count } správ.
    }
cli-tag-queued = Uložené tu; server dostane zmenu pri ďalšej synchronizácii.

## Tag manager (issue 15)
tags-manage = Spravovať štítky…
tags-manager-title = Štítky
tags-manager-done = Hotovo
tags-manager-delete = Odstrániť
tags-manager-delete-confirm = Odstrániť „{ $tag }“ a zložiť ho zo všetkých správ?

## Rights in shared folders (issue 15)
rights-not-allowed = { $action }: v tomto priečinku nie je povolené, pretože vlastník vám nedal právo „{ $right }“.
rights-refused-by-server = Server túto zmenu odmietol: vaše práva v tom priečinku sa zmenili. Zmena bola zahodená; nič iné sa nezmenilo. (Server odpovedal: { $details })
folders-read-only = { $name } (iba na čítanie)
cli-rights-no-folder = V tomto účte nie je priečinok „{ $folder }“. „posta folders“ ukáže priečinky.

## Späť: čo sa stalo, s tlačidlom Späť (a Ctrl+Z)
# $count (number): správy; $folder (text): názov priečinka.
undo-moved =
    { $count ->
        [one] { $count } správa presunutá do priečinka „{ $folder }“
        [few] { $count } správy presunuté do priečinka „{ $folder }“
        [many] { $count } správy presunuté do priečinka „{ $folder }“
       *[other] { $count } správ presunutých do priečinka „{ $folder }“
    }
# $count (number): správy.
undo-junked =
    { $count ->
        [one] { $count } správa označená ako nevyžiadaná
        [few] { $count } správy označené ako nevyžiadané
        [many] { $count } správy označené ako nevyžiadané
       *[other] { $count } správ označených ako nevyžiadané
    }
# $count (number): správy; $tag (text): názov štítka.
undo-tagged =
    { $count ->
        [one] Štítok „{ $tag }“ pridaný k { $count } správe
        [few] Štítok „{ $tag }“ pridaný k { $count } správam
        [many] Štítok „{ $tag }“ pridaný k { $count } správy
       *[other] Štítok „{ $tag }“ pridaný k { $count } správam
    }
# $count (number): správy; $tag (text): názov štítka.
undo-untagged =
    { $count ->
        [one] Štítok „{ $tag }“ odstránený z { $count } správy
        [few] Štítok „{ $tag }“ odstránený z { $count } správ
        [many] Štítok „{ $tag }“ odstránený z { $count } správy
       *[other] Štítok „{ $tag }“ odstránený z { $count } správ
    }
# $count (number): správy.
undo-tags-cleared =
    { $count ->
        [one] Všetky štítky odstránené z { $count } správy
        [few] Všetky štítky odstránené z { $count } správ
        [many] Všetky štítky odstránené z { $count } správy
       *[other] Všetky štítky odstránené z { $count } správ
    }
# $count (number): správy.
undo-read =
    { $count ->
        [one] { $count } správa označená ako prečítaná
        [few] { $count } správy označené ako prečítané
        [many] { $count } správy označené ako prečítané
       *[other] { $count } správ označených ako prečítané
    }
# $count (number): správy.
undo-unread =
    { $count ->
        [one] { $count } správa označená ako neprečítaná
        [few] { $count } správy označené ako neprečítané
        [many] { $count } správy označené ako neprečítané
       *[other] { $count } správ označených ako neprečítané
    }
# $count (number): správy.
undo-starred =
    { $count ->
        [one] { $count } správa označená hviezdičkou
        [few] { $count } správy označené hviezdičkou
        [many] { $count } správy označené hviezdičkou
       *[other] { $count } správ označených hviezdičkou
    }
# $count (number): správy.
undo-unstarred =
    { $count ->
        [one] Hviezdička odstránená z { $count } správy
        [few] Hviezdička odstránená z { $count } správ
        [many] Hviezdička odstránená z { $count } správy
       *[other] Hviezdička odstránená z { $count } správ
    }
# $count (number): správy presúvané myšou do priečinka.
drag-messages =
    { $count ->
        [one] { $count } správa
        [few] { $count } správy
        [many] { $count } správy
       *[other] { $count } správ
    }
undo-button = Späť
undo-working = Vraciam späť…
undo-done = Vrátené späť.
# $problem (text): prečo, slovami.
undo-failed = Nevrátené späť: { $problem }
