# Settings: accounts, identities, general preferences (keys start with settings-).

## Prečo sa zmena neurobila
settings-error-no-account = Tento účet už neexistuje.
settings-error-not-saved = Nové nastavenia sa neuložili.
settings-keyring-unavailable = Nebeží žiadne úložisko hesiel (napríklad GNOME Keyring alebo KWallet) a Posta nikdy nezapisuje heslá na disk. Spustite úložisko hesiel a skúste to znova.
settings-keyring-locked = Úložisko hesiel je zamknuté. Odomknite ho (zvyčajne prihlásením do pracovného prostredia) a skúste to znova.
settings-keyring-no-password = Pre tento účet nie je uložené heslo. Zadajte ho príkazom „posta account password“.
settings-invalid-empty-name = Účet potrebuje názov.
settings-invalid-name-taken = Účet s názvom „{ $account }“ už existuje. Zvoľte iný názov.
settings-invalid-email = „{ $email }“ nie je e-mailová adresa.
settings-invalid-empty-host = Názov servera je prázdny.
settings-invalid-port = Port musí byť číslo od 1 do 65535.
settings-invalid-keep-copy-imap = Ponechanie kópie sa týka len účtov POP3: účet IMAP má poštu vždy na serveri.
settings-invalid-check-interval =
    { $min ->
        [one] Priečinky možno kontrolovať najviac každú { $min } sekundu.
        [few] Priečinky možno kontrolovať najviac každé { $min } sekundy.
        [many] Priečinky možno kontrolovať najviac každých { $min } sekundy.
       *[other] Priečinky možno kontrolovať najviac každých { $min } sekúnd.
    }
settings-invalid-no-outgoing = Tento účet ešte nemá server odchádzajúcej pošty: najprv zadajte jeho názov.
settings-invalid-color = „{ $color }“ nie je farba. Zapíšte ju v tvare #1a2b3c.
settings-invalid-identity-not-found = Účet nemá identitu s adresou „{ $email }“.

## Čo zmena urobí s poštou
settings-effect-delete-after-download =
    { $count ->
        [one] Odteraz sa správy po stiahnutí vymažú zo servera: na serveri je teraz { $count } správa.
        [few] Odteraz sa správy po stiahnutí vymažú zo servera: na serveri sú teraz { $count } správy.
        [many] Odteraz sa správy po stiahnutí vymažú zo servera: na serveri je teraz { $count } správy.
       *[other] Odteraz sa správy po stiahnutí vymažú zo servera: na serveri je teraz { $count } správ.
    }
settings-effect-delete-after-days =
    { $days ->
        [one] Odteraz sa správy vymažú zo servera { $days } deň po stiahnutí
        [few] Odteraz sa správy vymažú zo servera { $days } dni po stiahnutí
        [many] Odteraz sa správy vymažú zo servera { $days } dňa po stiahnutí
       *[other] Odteraz sa správy vymažú zo servera { $days } dní po stiahnutí
    }: { $count ->
        [one] na serveri je teraz { $count } správa.
        [few] na serveri sú teraz { $count } správy.
        [many] na serveri je teraz { $count } správy.
       *[other] na serveri je teraz { $count } správ.
    }
settings-effect-delete-when-deleted-here =
    { $count ->
        [one] Odteraz sa správa vymaže zo servera, keď ju vymažete tu; na serveri je teraz { $count } stiahnutá správa.
        [few] Odteraz sa správa vymaže zo servera, keď ju vymažete tu; na serveri sú teraz { $count } stiahnuté správy.
        [many] Odteraz sa správa vymaže zo servera, keď ju vymažete tu; na serveri je teraz { $count } stiahnutej správy.
       *[other] Odteraz sa správa vymaže zo servera, keď ju vymažete tu; na serveri je teraz { $count } stiahnutých správ.
    }
settings-effect-keep = Odteraz správy po stiahnutí zostávajú na serveri.
settings-effect-download-limit = Správy väčšie ako { $size } zostanú na serveri, kým ich nestiahnete.
settings-effect-no-download-limit = Sťahovať sa budú správy akejkoľvek veľkosti.
settings-effect-download-bodies =
    { $count ->
        [one] Obsah { $count } správy sa stiahne na čítanie bez pripojenia.
        [few] Obsah až { $count } správ sa stiahne na čítanie bez pripojenia.
        [many] Obsah až { $count } správy sa stiahne na čítanie bez pripojenia.
       *[other] Obsah až { $count } správ sa stiahne na čítanie bez pripojenia.
    }
settings-effect-bodies-on-demand = Odteraz sa obsah správy stiahne, keď ju otvoríte; už stiahnuté zostávajú.

## Odstránenie účtu
settings-remove-intro = Odstránenie účtu „{ $account }“:
settings-remove-kept =
    { $count ->
        [one] { $count } stiahnutá správa zostane v tomto počítači, v miestnych priečinkoch „{ $account }“.
        [few] { $count } stiahnuté správy zostanú v tomto počítači, v miestnych priečinkoch „{ $account }“.
        [many] { $count } stiahnutej správy zostane v tomto počítači, v miestnych priečinkoch „{ $account }“.
       *[other] { $count } stiahnutých správ zostane v tomto počítači, v miestnych priečinkoch „{ $account }“.
    }
settings-remove-headers-only =
    { $count ->
        [one] { $count } nestiahnutá správa zmizne zo zoznamu v tomto počítači.
        [few] { $count } nestiahnuté správy zmiznú zo zoznamu v tomto počítači.
        [many] { $count } nestiahnutej správy zmizne zo zoznamu v tomto počítači.
       *[other] { $count } nestiahnutých správ zmizne zo zoznamu v tomto počítači.
    }
settings-remove-messages =
    { $count ->
        [one] { $count } správa sa vymaže z tohto počítača.
        [few] { $count } správy sa vymažú z tohto počítača.
        [many] { $count } správy sa vymaže z tohto počítača.
       *[other] { $count } správ sa vymaže z tohto počítača.
    }
settings-remove-queued =
    { $count ->
        [one] { $count } zmena urobená tu, ktorá sa nedostala na server, prepadne.
        [few] { $count } zmeny urobené tu, ktoré sa nedostali na server, prepadnú.
        [many] { $count } zmeny urobenej tu, ktorá sa nedostala na server, prepadne.
       *[other] { $count } zmien urobených tu, ktoré sa nedostali na server, prepadne.
    }
settings-remove-unsent =
    { $count ->
        [one] { $count } správa napísaná tu a ešte neodoslaná sa vymaže.
        [few] { $count } správy napísané tu a ešte neodoslané sa vymažú.
        [many] { $count } správy napísanej tu a ešte neodoslanej sa vymaže.
       *[other] { $count } správ napísaných tu a ešte neodoslaných sa vymaže.
    }
settings-remove-password = Heslo sa odstráni z úložiska hesiel.
settings-remove-server-untouched = Pošta na serveri sa nevymaže.
settings-remove-keyring-left = Odstráňte záznam „posta“ / „{ $key }“ nástrojom úložiska hesiel.

## Vety príkazového riadka
settings-cli-password-refused = Server odmietol heslo k účtu „{ $account }“. Ak sa zmenilo, zadajte Poste nové príkazom „posta account password { $account } --password-stdin“.
settings-cli-nothing-to-change = Nie je čo meniť: zadajte aspoň jedno nastavenie, napríklad --port.
settings-cli-confirm-deletion = Táto zmena vymaže poštu na serveri. Ak ju chcete urobiť, spustite príkaz znova s --yes.
settings-cli-saved = Nastavenia účtu „{ $account }“ sa uložili.
settings-cli-saved-tested = Server prijal nové nastavenia; nastavenia účtu „{ $account }“ sa uložili.
settings-cli-password-empty = Na štandardnom vstupe nebolo zadané heslo.
settings-cli-password-saved = Server prijal nové heslo k účtu „{ $account }“; teraz je v úložisku hesiel.
settings-cli-password-still-refused = Server odmietol aj toto heslo. Nič sa nezmenilo.
settings-cli-removed = Účet „{ $account }“ bol odstránený.
settings-cli-identity-saved = „{ $email }“ sa uložil pre účet „{ $account }“.
settings-cli-identity-removed = „{ $email }“ sa odstránil z účtu „{ $account }“.
settings-cli-subscribed = Priečinok „{ $folder }“ sa bude zobrazovať a kontrolovať, či neprišla nová pošta. Server sa to dozvie pri ďalšom „posta sync“.
settings-cli-unsubscribed = Priečinok „{ $folder }“ sa už nebude zobrazovať ani kontrolovať; jeho pošta zostáva na serveri. Server sa to dozvie pri ďalšom „posta sync“.
settings-cli-subscribe-not-imap = Účet „{ $account }“ používa POP3, ktorý nemá na serveri priečinky na zobrazenie ani skrytie.
settings-cli-subscribe-always = Priečinok „{ $folder }“ sa zobrazuje vždy: Doručenú poštu, špeciálne priečinky (Odoslané, Koncepty, Kôš…) ani priečinky, ktoré s vami zdieľajú iní, nemožno skryť.
settings-cli-folder-subscribed = odoberaný
settings-cli-folder-unsubscribed = neodoberaný
settings-cli-local-set-line = { NUMBER($id, useGrouping: "false") }. { $account }: len miestne priečinky (účet bol odstránený; jeho pošta zostala v tomto počítači)

## Pruhy v hlavnom okne pre účet, ktorý čaká na používateľa
settings-bar-password = Server odmietol heslo k účtu „{ $account }“ — zadajte nové heslo:
settings-bar-password-again = Server odmietol aj toto heslo k účtu „{ $account }“. Skontrolujte ho a skúste to znova:
settings-bar-password-placeholder = Nové heslo
settings-bar-password-submit = Overiť a uložiť
settings-bar-testing = Overuje sa…
settings-bar-keyring = { $problem } Zadajte heslo k účtu „{ $account }“, Posta ho použije, kým ju nezavriete:
settings-bar-keyring-submit = Použiť v tejto relácii
settings-bar-retry = Skúsiť úložisko hesiel znova
settings-bar-certificate = { $host } ukazuje iný certifikát ako ten, ktorý ste prijali pre účet „{ $account }“. Prijmite ho, len ak viete, prečo sa zmenil (oznámil to poskytovateľ); inak môže niekto odpočúvať.
settings-bar-certificate-refused = Posta sa nepripojí k { $host } pre účet „{ $account }“, kým neprijmete jeho nový certifikát.
settings-bar-certificate-old = Prijatý:
settings-bar-certificate-new = Teraz ukazovaný:
settings-bar-certificate-accept = Prijať nový certifikát
settings-bar-certificate-refuse = Naďalej odmietať
settings-bar-session-only = Server heslo prijal, ale úložisko hesiel ho nedokázalo uchovať. { $problem } Posta ho použije, kým ju nezavriete.

## Obrazovka nastavení
settings-open = Nastavenia
settings-title = Nastavenia
settings-back = Späť k pošte
settings-general = Všeobecné
settings-notifications = Upozorňovať na novú poštu na pracovnej ploche
settings-remote-title = Vzdialený obsah
settings-remote-hint = V správach od týchto odosielateľov sa obrázky a iný obsah z webu načítavajú bez pýtania (povolili ste to pri čítaní jednej z ich správ).
settings-remote-none = Zatiaľ nie je povolený žiadny odosielateľ: Posta sa pred načítaním vzdialeného obsahu pýta.
settings-remote-remove = Odstrániť
settings-start-on-login = Spúšťať Postu po prihlásení
settings-section-account = Účet
settings-section-incoming = Server prichádzajúcej pošty
settings-section-outgoing = Server odchádzajúcej pošty
settings-section-mail = Sťahovanie pošty
settings-section-folders = Priečinky
settings-section-identities = Identity a podpisy
settings-section-remove = Odstrániť účet
settings-save = Uložiť
settings-save-anyway = Napriek tomu uložiť
settings-cancel = Zrušiť
settings-saving = Overuje sa server a ukladá sa…
settings-saved = Uložené.
settings-invalid-size = Najväčšia veľkosť musí byť celé číslo megabajtov alebo prázdna (bez obmedzenia).
settings-invalid-interval = Ako často kontrolovať musí byť celé číslo minút.
settings-account-name = Názov účtu
settings-account-email = E-mailová adresa
settings-account-display-name = Vaše meno
settings-account-display-name-hint = Toto vidia príjemcovia vedľa vašej adresy.
settings-account-color = Farba v zozname priečinkov
settings-account-color-hint = Vyberte farbu vyššie alebo ju zadajte v tvare #1a2b3c; prázdne — bez farby.
settings-account-identities-hint = Ďalšie adresy a podpisy sú v časti „Identity a podpisy“.
settings-incoming-protocol = Tento účet sťahuje poštu cez { $protocol }.
settings-incoming-host = Server
settings-detect = Zistiť nastavenia
settings-detecting = Zisťuje sa…
settings-detect-found = Našiel sa server { $host }, port { NUMBER($port, useGrouping: "false") }, { $security }. Uložte, aby sa server vyskúšal a nastavenia sa ponechali.
settings-detect-nothing = Pre túto adresu sa nenašli žiadne nastavenia; zadajte ich tak, ako ich uvádza poskytovateľ.
settings-incoming-port = Port
settings-incoming-security = Zabezpečenie
settings-incoming-user = Používateľské meno
settings-incoming-ca = Ďalšia certifikačná autorita (súbor PEM)
settings-incoming-ca-hint = Len pre server, ktorého certifikát podpísala vlastná autorita vašej organizácie; prázdne — žiadna.
settings-incoming-pinned = Certifikát tohto servera ste prijali podľa odtlačku SHA-256:
settings-incoming-forget = Zabudnúť ho (Posta sa opýta znova, ak certifikát nie je dôveryhodný inak)
settings-incoming-no-pin = Certifikát servera sa overuje bežným spôsobom; ručne ste žiadny neprijali.
settings-incoming-switch-hint = Ak chcete tento účet presunúť na IMAP, použite „Presunúť na IMAP…“ v „Na serveri…“ v zozname priečinkov.
settings-outgoing-host = Server
settings-outgoing-port = Port
settings-outgoing-user = Používateľské meno
settings-outgoing-same-password = Server odchádzajúcej pošty používa rovnaké heslo ako prichádzajúcej.
settings-mail-keep-title = Keď sa správa stiahne, kópia na serveri…
settings-mail-max-size = Najväčšia automaticky sťahovaná správa (MB)
settings-mail-max-size-hint = Väčšie správy zostanú na serveri, kým ich nestiahnete; prázdne — bez obmedzenia.
settings-mail-download-bodies = Sťahovať celé správy na čítanie bez pripojenia
settings-mail-download-bodies-hint = Inak sa obsah správy stiahne, keď ju otvoríte.
settings-mail-folders-hint = Ktoré priečinky sa zobrazujú a kontrolujú, vyberiete v časti „Priečinky“.
settings-mail-interval = Kontrolovať zmeny vo všetkých priečinkoch každých (minút)
settings-mail-interval-hint = Otvorený priečinok je aktuálny stále, ak to server dovoľuje.
settings-folders-intro = Zobrazovať a kontrolovať novú poštu iba v označených priečinkoch. Neoznačený priečinok je tu skrytý a nesťahuje sa, ale nič v ňom sa neodstráni.
settings-folders-server = Voľba sa ukladá na serveri (je to odber priečinka), takže vaše ďalšie zariadenia, ktoré sa riadia odbermi, zobrazia tie isté priečinky.
settings-folders-none = Účet zatiaľ nemá priečinky na výber: Doručená pošta a špeciálne priečinky sa zobrazujú vždy.
settings-folders-always = Doručená pošta, špeciálne priečinky (Odoslané, Koncepty, Kôš…) a priečinky, ktoré s vami zdieľajú iní, sa zobrazujú vždy.
settings-identity-new = Pridať adresu
settings-identity-new-hint = Odpovede odchádzajú z adresy, na ktorú správa prišla; pri nových správach si môžete vybrať.
settings-identity-email = E-mailová adresa
settings-identity-name = Meno
settings-identity-reply-to = Odpovede na adresu (nepovinné)
settings-identity-signature = Podpis
settings-identity-signature-hint = Obyčajný text pridaný pod nové správy.
settings-identity-add = Pridať
settings-identity-remove = Odstrániť
settings-identity-clear = Odstrániť podpis a adresu na odpovede
settings-identity-reply-to-is = Odpovede idú na { $address }
settings-remove-keep-local = Ponechať stiahnutú poštu v tomto počítači ako miestne priečinky
settings-remove-other-accounts = Ostatné účty zostanú nedotknuté.
settings-remove-button = Odstrániť „{ $account }“

## The compose window's identity menu
settings-compose-from = Od

## posta settings
settings-cli-unknown-language = „{ $language }“ nie je jazyk, ktorým Posta hovorí: použite en, pl, sk, bg alebo system.
