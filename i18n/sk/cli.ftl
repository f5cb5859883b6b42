# Pomocník príkazového riadka (`posta --help`, `posta PRÍKAZ --help`) a slová,
# ktoré by clap, analyzátor argumentov, inak písal po anglicky.
#
# Kľúče: popis príkazu je `cli-<cesta>` (názvy podpríkazov spojené `-`,
# koreň `cli-posta`); pomocník voľby alebo argumentu je `cli-<cesta>--<id>`.
# Názvy volieb, METAPREMENNÉ veľkými písmenami a hodnoty v `spätných
# apostrofoch` píše používateľ, preto zostávajú nezmenené.

## clap's own parts

cli-heading-usage = Použitie
cli-heading-commands = Príkazy
cli-heading-arguments = Argumenty
cli-heading-options = Voľby
cli-value-command = PRÍKAZ
cli-value-options = VOĽBY
cli-help-flag = Zobrazí pomocníka
cli-help-flag-more = Zobrazí pomocníka (viac: '--help')
cli-help-flag-summary = Zobrazí pomocníka (stručne: '-h')
cli-version-flag = Zobrazí verziu
cli-help-command = Zobrazí tohto pomocníka alebo pomocníka zadaných príkazov
cli-help-command--subcommand = Príkazy, ktorých pomocníka zobraziť
cli-default-value = [predvolene: { $value }]

## Mistakes on the command line

cli-error-prefix = chyba:
cli-error-tip = tip:
cli-error-more = Viac informácií: '{ $flag }'.
cli-error-unknown-argument = neočakávaný argument '{ $arg }'
cli-error-unknown-command = neznámy príkaz '{ $command }'
cli-error-missing-value = '{ $arg }' vyžaduje hodnotu, no žiadna nebola zadaná
cli-error-invalid-value = neplatná hodnota '{ $value }' pre '{ $arg }'
cli-possible-values = [možné hodnoty: { $values }]
cli-error-missing-required = chýbajú povinné argumenty:
cli-error-missing-command = '{ $command }' vyžaduje príkaz, no žiadny nebol zadaný; jeden z:
cli-error-used-twice = argument '{ $arg }' sa nedá zadať viackrát
cli-error-conflict = argument '{ $arg }' sa nedá použiť spolu s '{ $other }'
cli-error-conflict-some = argument '{ $arg }' sa nedá použiť spolu s niektorým z ďalších zadaných argumentov
cli-error-no-equals = hodnotu pre '{ $arg }' treba zadať za znakom rovnosti
cli-error-too-many-values = neočakávaná hodnota '{ $value }' pre '{ $arg }'; ďalšie hodnoty už neprijíma
cli-error-too-few-values =
    { $count ->
        [one] '{ $arg }' vyžaduje { $count } hodnotu; zadaná je len { $given }
        [few] '{ $arg }' vyžaduje { $count } hodnoty; zadaných je len { $given }
        [many] '{ $arg }' vyžaduje { $count } hodnoty; zadaných je len { $given }
       *[other] '{ $arg }' vyžaduje { $count } hodnôt; zadaných je len { $given }
    }
cli-error-wrong-number-of-values =
    { $count ->
        [one] '{ $arg }' vyžaduje { $count } hodnotu, no zadaných je { $given }
        [few] '{ $arg }' vyžaduje { $count } hodnoty, no zadaných je { $given }
        [many] '{ $arg }' vyžaduje { $count } hodnoty, no zadaných je { $given }
       *[other] '{ $arg }' vyžaduje { $count } hodnôt, no zadaných je { $given }
    }
cli-error-invalid-utf8 = jeden z argumentov nie je platný text v UTF-8
cli-error-other = príkazovému riadku sa nepodarilo porozumieť
cli-error-not-a-number = nie je to celé číslo
cli-error-number-too-big = číslo je príliš veľké
cli-error-number-range = číslo musí byť od { $low } do { $high }
cli-error-number-at-least = číslo musí byť aspoň { $low }
cli-error-similar-command =
    { $count ->
        [one] existuje podobný príkaz: { $similar }
        [few] existujú podobné príkazy: { $similar }
        [many] existujú podobné príkazy: { $similar }
       *[other] existujú podobné príkazy: { $similar }
    }
cli-error-similar-argument =
    { $count ->
        [one] existuje podobný argument: { $similar }
        [few] existujú podobné argumenty: { $similar }
        [many] existujú podobné argumenty: { $similar }
       *[other] existujú podobné argumenty: { $similar }
    }
cli-error-similar-value =
    { $count ->
        [one] existuje podobná hodnota: { $similar }
        [few] existujú podobné hodnoty: { $similar }
        [many] existujú podobné hodnoty: { $similar }
       *[other] existujú podobné hodnoty: { $similar }
    }
cli-error-tip-pass-as-value = ak chcete zadať '{ $given }' ako hodnotu, napíšte '{ $instead }'
cli-error-tip-remove-dashes = príkaz '{ $command }' existuje; ak ho chcete použiť, odstráňte '--' pred ním
cli-error-tip-exists = existuje '{ $similar }'

## Other sentences of the binary

cli-window-failed = Okno sa nepodarilo otvoriť: { $details }

## Values the options refuse

cli-value-security = zadajte tls, starttls alebo none
cli-value-size = zadajte počet bajtov alebo číslo s K, M alebo G
cli-value-keep-copy = zadajte keep, days:N, until-deleted alebo delete
cli-value-switch = zadajte on alebo off

## The commands

cli-posta = Posta, poštový klient pre IMAP a POP3

cli-check = Vyskúša pripojenie k serveru prichádzajúcej pošty a vypíše, čo server ponúka
cli-check--protocol = `imap` alebo `pop3`
cli-check--host = Názov hostiteľa servera
cli-check--port = Port servera (993/143 IMAP, 995/110 POP3)
cli-check--security = `tls`, `starttls` alebo `none` (pri none ide heslo nešifrované)
cli-check--user = Prihlasovacie meno
cli-check--password-stdin = Načíta heslo zo štandardného vstupu (nikdy nie z argumentu príkazového riadka, ktorý vidia aj ostatní používatelia počítača)
cli-check--ca-file = Ďalšia certifikačná autorita, ktorej sa má dôverovať (súbor PEM)
cli-check--fingerprint = Prijme certifikát servera s týmto odtlačkom SHA-256
cli-check--timeout = Koľko sekúnd čakať na každý krok v sieti

cli-account = Pridáva poštové účty a vypisuje ich

cli-account-add = Pridá poštový účet: nastavenia do config.toml, heslo do úložiska hesiel
cli-account-add--name = Názov účtu (jedinečný)
cli-account-add--email = E-mailová adresa
cli-account-add--display-name = Meno, ktoré vidia príjemcovia; predvolene prázdne
cli-account-add--protocol = `imap` alebo `pop3`
cli-account-add--host = Názov hostiteľa servera prichádzajúcej pošty
cli-account-add--port = Port servera prichádzajúcej pošty; predvolene 993/143 pre IMAP, 995/110 pre POP3 (s TLS / bez neho)
cli-account-add--security = `tls`, `starttls` alebo `none` (pri none ide heslo nešifrované)
cli-account-add--user = Prihlasovacie meno; predvolene e-mailová adresa
cli-account-add--password-stdin = Načíta heslo zo štandardného vstupu a uloží ho do úložiska hesiel. Bez tejto voľby sa heslo neuloží a treba ho zakaždým zadať cez `posta sync --password-stdin` (na počítačoch bez úložiska hesiel)
cli-account-add--ca-file = Ďalšia certifikačná autorita, ktorej sa má dôverovať (súbor PEM)
cli-account-add--keep-copy = POP3: `keep` (predvolené), `days:N`, `until-deleted` alebo `delete` (hneď po stiahnutí)
cli-account-add--max-download-size = POP3: väčšie správy nechá na serveri (v bajtoch; K, M alebo G pre KiB, MiB, GiB)
cli-account-add--download-bodies = IMAP: sťahuje aj obsah správ, aby sa dali čítať bez siete

cli-account-list = Vypíše účty

cli-account-edit = Zmení nastavenia účtu; nastavenia servera sa pred uložením vyskúšajú (ak nie je zadané --no-check)
cli-account-edit--account = Účet (jeho názov alebo číslo)
cli-account-edit--name = Nový názov účtu
cli-account-edit--email = E-mailová adresa
cli-account-edit--display-name = Meno, ktoré vidia príjemcovia
cli-account-edit--host = Názov hostiteľa servera prichádzajúcej pošty
cli-account-edit--port = Port servera prichádzajúcej pošty (zmena --security nastaví obvyklý port)
cli-account-edit--security = `tls`, `starttls` alebo `none` (pri none ide heslo nešifrované)
cli-account-edit--user = Prihlasovacie meno
cli-account-edit--ca-file = Ďalšia certifikačná autorita, ktorej sa má dôverovať (súbor PEM)
cli-account-edit--no-ca-file = Prestane dôverovať ďalšej certifikačnej autorite
cli-account-edit--forget-fingerprint = Zabudne certifikát prijatý pre tento účet (Posta sa naň znova opýta, ak mu nedôveruje inak)
cli-account-edit--keep-copy = POP3: `keep`, `days:N`, `until-deleted` alebo `delete` (hneď po stiahnutí)
cli-account-edit--max-download-size = POP3: väčšie správy nechá na serveri (v bajtoch; K, M alebo G) alebo `none` bez obmedzenia
cli-account-edit--download-bodies = IMAP: sťahuje obsah správ, aby sa dali čítať bez siete
cli-account-edit--check-interval = Ako často kontrolovať zmeny v každom priečinku (v sekundách)
cli-account-edit--smtp-host = Názov hostiteľa servera odchádzajúcej pošty
cli-account-edit--smtp-port = Port servera odchádzajúcej pošty
cli-account-edit--smtp-security = Zabezpečenie servera odchádzajúcej pošty: `tls`, `starttls` alebo `none`
cli-account-edit--smtp-user = Prihlasovacie meno na serveri odchádzajúcej pošty
cli-account-edit--color = Farba účtu v strome priečinkov (`#rrggbb`) alebo `none`
cli-account-edit--no-check = Uloží bez vyskúšania serverov
cli-account-edit--yes = Povolí zmenu, ktorá maže poštu na serveri
cli-account-edit--timeout = Koľko sekúnd čakať na každý krok skúšky v sieti

cli-account-password = Dá účtu nové heslo (zo štandardného vstupu): Posta ho vyskúša skutočným prihlásením a až potom ním nahradí heslo v úložisku hesiel
cli-account-password--account = Účet (jeho názov alebo číslo)
cli-account-password--password-stdin = Načíta nové heslo zo štandardného vstupu (nikdy nie z argumentu, ktorý vidia aj ostatní používatelia počítača)
cli-account-password--timeout = Koľko sekúnd čakať na každý krok skúšky v sieti

cli-account-remove = Odstráni účet: jeho poštu v tomto počítači (ak nie je zadané --keep-local-mail), čakajúce zmeny a záznam v úložisku hesiel. Pošty na serveri sa nedotkne
cli-account-remove--account = Účet (jeho názov alebo číslo)
cli-account-remove--keep-local-mail = Ponechá stiahnutú poštu v tomto počítači ako lokálne priečinky

cli-account-switch-to-imap = Prevedie účet POP3 na IMAP: nahrá jeho lokálnu poštu, priečinky, príznaky a štítky a potom ho synchronizuje ako IMAP (dá sa prerušiť a spustiť znova)
cli-account-switch-to-imap--name = Účet POP3 (jeho názov alebo číslo)
cli-account-switch-to-imap--host = Server IMAP; ak nie je zadaný, Posta ho zistí zo servera POP3 a zo zoznamu poskytovateľov
cli-account-switch-to-imap--port = Port IMAP (ak nie je zadaný: 993 s TLS, inak 143)
cli-account-switch-to-imap--security = `tls`, `starttls` alebo `none`
cli-account-switch-to-imap--user = Prihlasovacie meno pre IMAP (ak nie je zadané, to isté ako pre POP3)
cli-account-switch-to-imap--password-stdin = Načíta heslo zo štandardného vstupu namiesto úložiska hesiel
cli-account-switch-to-imap--timeout = Koľko sekúnd čakať na každý krok v sieti

cli-sync = Stiahne novú poštu (všetkých účtov alebo jedného); priebeh na štandardný chybový výstup, súhrn za každý účet na štandardný výstup
cli-sync--account = Iba tento účet (jeho názov alebo číslo); inak všetky účty
cli-sync--password-stdin = Načíta heslo zo štandardného vstupu namiesto úložiska hesiel (pre skripty a počítače bez neho); použije sa pre každý synchronizovaný účet
cli-sync--timeout = Koľko sekúnd čakať na každý krok v sieti

cli-folders = Vypíše priečinky v tomto počítači s počtom správ
cli-folders--account = Iba tento účet (jeho názov alebo číslo); inak všetky účty

cli-folder = Zobrazí alebo skryje priečinok IMAP (prihlási alebo odhlási odber); voľba sa uchová na serveri a odošle pri najbližšom `posta sync`

cli-folder-subscribe = Zobrazí priečinok a kontroluje v ňom novú poštu (IMAP SUBSCRIBE)
cli-folder-subscribe--account = Účet (jeho názov alebo číslo)
cli-folder-subscribe--folder = Priečinok, ako ho pomenúva `posta folders`

cli-folder-unsubscribe = Skryje priečinok a prestane ho kontrolovať (IMAP UNSUBSCRIBE); jeho pošta zostane na serveri
cli-folder-unsubscribe--account = Účet (jeho názov alebo číslo)
cli-folder-unsubscribe--folder = Priečinok, ako ho pomenúva `posta folders`

cli-messages = Vypíše správy priečinka od najnovšej: dátum, odosielateľ, predmet, príznaky, štítky, oddelené tabulátormi
cli-messages--folder = Priečinok, ako ho pomenúva `posta folders` (INBOX, Sent, Projekty/Žltý kôň)
cli-messages--account = Účet (jeho názov alebo číslo); treba ho len vtedy, keď priečinok s týmto názvom má viac účtov
cli-messages--limit = Zobrazí najviac toľkoto správ
cli-messages--conversations = Jeden riadok na konverzáciu (jej najnovšia správa v priečinku, potom koľko správ má vrátane odoslaných a koľko z nich je neprečítaných)

cli-identity = Adresy, z ktorých účet odosiela, s adresou pre odpovede a podpisom

cli-identity-add = Pridá adresu, z ktorej účet odosiela (alebo zmení existujúcu)
cli-identity-add--account = Účet (jeho názov alebo číslo)
cli-identity-add--email = Adresa
cli-identity-add--name = Meno, ktoré vidia príjemcovia
cli-identity-add--reply-to = Kam majú chodiť odpovede
cli-identity-add--signature = Podpis, obyčajný text
cli-identity-add--signature-file = Načíta podpis z tohto súboru (text v UTF-8)

cli-identity-list = Vypíše identity účtu: adresa, meno, adresa pre odpovede, podpis (jeho konce riadkov zapísané ako `\n`), oddelené tabulátormi; ako prvá vlastná adresa účtu
cli-identity-list--account = Účet (jeho názov alebo číslo)

cli-identity-remove = Odstráni identitu (vlastnej adrese účtu zostane len adresa a meno)
cli-identity-remove--account = Účet (jeho názov alebo číslo)
cli-identity-remove--email = Adresa identity

cli-show = Vypíše jednu správu ako text: Od, Komu, Kópia, Dátum, Predmet, obsah (tabuľky v stĺpcoch, zoznamy, ciele odkazov), potom jeden riadok oddelený tabulátormi na každú prílohu (názov, typ, bajty); N sa počíta tak, ako vypisuje `posta messages FOLDER` (1 = prvá). --raw: presne tak, ako je uložená
cli-show--folder = Priečinok, ako ho pomenúva `posta folders`
cli-show--number = Poradie správy v `posta messages FOLDER` (1 = prvý riadok)
cli-show--account = Účet (jeho názov alebo číslo); treba ho len vtedy, keď priečinok s týmto názvom má viac účtov
cli-show--raw = Vypíše správu presne tak, ako je uložená (RFC 5322, s časťami MIME)

cli-search = Vyhľadá v pošte v tomto počítači
cli-search--text = Hľadané slová (všetky; posledné môže byť začiatok slova)
cli-search--account = Iba tento účet (jeho názov alebo číslo)
cli-search--limit = Zobrazí najviac toľkoto správ

cli-send = Odošle správu: návratový kód 0, keď ju server prijal, 75, keď čaká v priečinku Na odoslanie (dôvod na štandardnom chybovom výstupe), 1, keď ju server odmietol
cli-send--account = Účet, z ktorého odoslať (jeho názov alebo číslo)
cli-send--to = Príjemcovia; voľbu zopakujte alebo adresy oddeľte čiarkami
cli-send--cc = Kópia týmto príjemcom
cli-send--bcc = Skrytá kópia týmto príjemcom
cli-send--subject = Predmet
cli-send--body-file = Text z tohto súboru v UTF-8; bez tejto voľby zo štandardného vstupu
cli-send--attach = Priloží tento súbor (zopakujte pre viac súborov)
cli-send--password-stdin = Načíta heslo z prvého riadka štandardného vstupu namiesto úložiska hesiel (text potom nasleduje na ďalších riadkoch, ak ho nedáva --body-file)

cli-outbox = Vypíše, čo čaká na odoslanie (id, komu, predmet, pokusy, posledná chyba, oddelené tabulátormi); --send to skúsi odoslať hneď, --remove ID jednu správu vymaže
cli-outbox--account = Iba tento účet (jeho názov alebo číslo)
cli-outbox--send = Skúsi hneď odoslať každú čakajúcu správu
cli-outbox--remove = Vymaže bez odoslania správu s týmto id (prvý stĺpec)
cli-outbox--password-stdin = S --send: načíta heslo servera odchádzajúcej pošty zo štandardného vstupu namiesto úložiska hesiel

cli-quota = Ukáže, aká plná je schránka každého účtu na serveri: jeden riadok na zdroj, `storage|message POUŽITÉ LIMIT PERCENTÁ` (miesto v bajtoch), oddelené tabulátormi
cli-quota--account = Iba tento účet (jeho názov alebo číslo); inak všetky účty (potom každý riadok začína názvom účtu a tabulátorom)
cli-quota--password-stdin = Načíta heslo zo štandardného vstupu namiesto úložiska hesiel
cli-quota--timeout = Koľko sekúnd čakať na každý krok v sieti

cli-server = Vypíše správy účtu POP3 uložené na serveri (číslo, UIDL, veľkosť, dátum, odosielateľ, predmet, stav, oddelené tabulátormi); niektoré z nich vymaže alebo stiahne
cli-server--account = Účet POP3 (jeho názov alebo číslo)
cli-server--delete = Vymaže tieto správy (podľa UIDL) na serveri bez stiahnutia
cli-server--fetch = Stiahne tieto správy (podľa UIDL) hneď do priečinka INBOX bez ohľadu na veľkosť
cli-server--password-stdin = Načíta heslo zo štandardného vstupu namiesto úložiska hesiel
cli-server--timeout = Koľko sekúnd čakať na každý krok v sieti

cli-remote-content = Vypíše, pridá alebo odstráni odosielateľov, ktorých vzdialené obrázky sa načítajú bez pýtania

cli-remote-content-list = Vypíše odosielateľov, jednu adresu na riadok

cli-remote-content-allow = Vždy načíta vzdialené obrázky v pošte z tejto adresy
cli-remote-content-allow--address = Adresa odosielateľa

cli-remote-content-remove = Prestane bez pýtania načítavať vzdialené obrázky z tejto adresy
cli-remote-content-remove--address = Adresa odosielateľa

cli-detect = Nájde poštové servery adresy rovnako ako sprievodca nastavením: jeden riadok oddelený tabulátormi na server (protokol, hostiteľ, port, zabezpečenie, prihlasovacie meno, zdroj), najlepší prvý; rady poskytovateľa na štandardnom chybovom výstupe
cli-detect--address = E-mailová adresa, ktorej servery hľadať
cli-detect--bundled-only = Hľadá iba v /etc/posta/providers a v zozname poskytovateľov zabudovanom v Poste; nič nejde cez sieť

cli-rights = Čo smiete robiť v priečinku (v zdieľanom priečinku niekoho iného): jeden riadok na činnosť, `PRÁVO yes|no ČINNOSŤ`, oddelené tabulátormi
cli-rights--folder = Celý názov priečinka, ako ho ukazuje `posta folders`
cli-rights--account = Účet (jeho názov alebo číslo); treba ho, keď je účtov viac

cli-tag = Vypíše, pridá, premenuje, prefarbí, preusporiada alebo odstráni štítky

cli-tag-list = Vypíše štítky: kľúčové slovo, názov, farba, oddelené tabulátormi
cli-tag-list--account = Účet (jeho názov alebo číslo); treba ho, keď je účtov viac

cli-tag-add = Vytvorí nový štítok
cli-tag-add--name = Jeho názov
cli-tag-add--color = Jeho farba, `#rrggbb`
cli-tag-add--account = Účet (jeho názov alebo číslo); treba ho, keď je účtov viac

cli-tag-rename = Premenuje štítok (správy si ho ponechajú)
cli-tag-rename--keyword = Kľúčové slovo štítka (pozri `posta tag list`)
cli-tag-rename--name = Nový názov
cli-tag-rename--account = Účet (jeho názov alebo číslo); treba ho, keď je účtov viac

cli-tag-recolour = Dá štítku inú farbu
cli-tag-recolour--keyword = Kľúčové slovo štítka
cli-tag-recolour--color = Farba, `#rrggbb`
cli-tag-recolour--account = Účet (jeho názov alebo číslo); treba ho, keď je účtov viac

cli-tag-move = Presunie štítok na iné miesto v zozname (1 je prvé)
cli-tag-move--keyword = Kľúčové slovo štítka
cli-tag-move--position = Jeho nové miesto
cli-tag-move--account = Účet (jeho názov alebo číslo); treba ho, keď je účtov viac

cli-tag-remove = Odstráni štítok: zmizne z každej správy, tu aj na serveri
cli-tag-remove--keyword = Kľúčové slovo štítka
cli-tag-remove--account = Účet (jeho názov alebo číslo); treba ho, keď je účtov viac

cli-contacts = Ľudia, ktorých ponúka dopĺňanie príjemcov: meno, adresa a počet správ, oddelené tabulátormi, najlepší prví

cli-contacts-list = Všetci: meno, adresa, správy, oddelené tabulátormi; najlepší prví

cli-contacts-search = Tí, ktorých meno alebo adresa obsahuje slovo začínajúce sa na TEXT
cli-contacts-search--text = Začiatok mena, priezviska alebo adresy („ján“, „kol“)
cli-contacts-search--limit = Najviac toľkoto ľudí

cli-archive = Presunie správy do priečinka Archív (vytvorí ho, ak chýba); správy sa určujú poradím v `posta messages FOLDER`
cli-archive--folder = Priečinok, ako ho pomenúva `posta folders`
cli-archive--positions = Poradie v `posta messages FOLDER` (1 = prvý riadok)
cli-archive--account = Účet (jeho názov alebo číslo), keď priečinok s týmto názvom má viac účtov

cli-junk = Presunie správy do Nevyžiadanej pošty a označí ich `$Junk`
cli-junk--folder = Priečinok, ako ho pomenúva `posta folders`
cli-junk--positions = Poradie v `posta messages FOLDER` (1 = prvý riadok)
cli-junk--account = Účet (jeho názov alebo číslo), keď priečinok s týmto názvom má viac účtov

cli-not-junk = Presunie správy z Nevyžiadanej pošty späť do Doručenej pošty a označí ich `$NotJunk`
cli-not-junk--folder = Priečinok, ako ho pomenúva `posta folders`
cli-not-junk--positions = Poradie v `posta messages FOLDER` (1 = prvý riadok)
cli-not-junk--account = Účet (jeho názov alebo číslo), keď priečinok s týmto názvom má viac účtov

cli-mark-read = Označí správy ako prečítané (`--all`: všetky správy priečinka)
cli-mark-read--folder = Priečinok, ako ho pomenúva `posta folders`
cli-mark-read--positions = Poradie v `posta messages FOLDER` (1 = prvý riadok)
cli-mark-read--all = Všetky správy priečinka
cli-mark-read--account = Účet (jeho názov alebo číslo), keď priečinok s týmto názvom má viac účtov

cli-empty-trash = Natrvalo vymaže všetko v Koši (najprv si vypýta `--yes` a povie počet)
cli-empty-trash--account = Účet (jeho názov alebo číslo); bez tejto voľby všetky účty
cli-empty-trash--yes = Vymaže natrvalo bez pýtania (bez tejto voľby len vypíše počet a nič nevymaže)

cli-settings = Ukáže alebo zmení všeobecné nastavenia: jazyk, upozornenia na pracovnej ploche, spustenie po prihlásení (riadky `NÁZOV<TAB>HODNOTA`)
cli-settings--language = Jazyk rozhrania: en, pl, sk, bg alebo `system`
cli-settings--notifications = Upozornenia na novú poštu na pracovnej ploche: on alebo off
cli-settings--start-on-login = Spustí Postu po prihlásení (položka automatického spustenia XDG): on alebo off

cli-package-files = Zapíše manuálové stránky a dopĺňanie príkazov pre shell (na balenie)
cli-package-files--dir = Kam zapísať `man/posta.1` (a stránku pre každý príkaz) a `completions/` (bash, zsh, fish)
