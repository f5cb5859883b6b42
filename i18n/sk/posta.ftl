# Posta: správy v slovenčine.
#
# Množné číslo podľa CLDR: [one] 1; [few] 2–4; [other] 0 a 5 a viac;
# [many] iba desatinné čísla („1,5 správy“ – genitív jednotného čísla).
# Celé čísla nikdy nepadnú do [many], preto tvar pre 5+ patrí do [other].

## Application

app-title = Posta
app-version = Verzia { $version }
app-language = Jazyk: { $language }

## Home: the window shown before any account exists

home-welcome = Posta je pripravená. Začnite pridaním svojho prvého e-mailového konta.

## Settings

settings-language = Jazyk
settings-language-hint = Jazyk sa zmení okamžite, aplikáciu netreba reštartovať.

## Mailbox

mailbox-unread-count =
    { $count ->
        [one] { $count } neprečítaná správa
        [few] { $count } neprečítané správy
        [many] { $count } neprečítanej správy
       *[other] { $count } neprečítaných správ
    }
mailbox-message-count =
    { $count ->
        [one] { $count } správa
        [few] { $count } správy
        [many] { $count } správy
       *[other] { $count } správ
    }

## Synchronisation

sync-queued-changes =
    { $count ->
        [one] { $count } zmena čaká na odoslanie
        [few] { $count } zmeny čakajú na odoslanie
        [many] { $count } zmeny čaká na odoslanie
       *[other] { $count } zmien čaká na odoslanie
    }
# Po „z“ nasleduje genitív: „z 1 správy“, „z 2 správ“, „z 5 správ“.
sync-progress =
    { $total ->
        [one] Synchronizácia: { $done } z { $total } správy
        [few] Synchronizácia: { $done } z { $total } správ
        [many] Synchronizácia: { $done } z { $total } správy
       *[other] Synchronizácia: { $done } z { $total } správ
    }

## POP3 account settings

pop3-keep-days =
    { $days ->
        [one] Ponechávať správy na serveri { $days } deň
        [few] Ponechávať správy na serveri { $days } dni
        [many] Ponechávať správy na serveri { $days } dňa
       *[other] Ponechávať správy na serveri { $days } dní
    }

## Standard folders

folder-inbox = Doručená pošta
folder-sent = Odoslaná pošta
folder-drafts = Koncepty
folder-trash = Kôš
folder-junk = Nevyžiadaná pošta
folder-archive = Archív

## Errors from the account layer: what happened, then what to do about it

error-host-not-found = Server „{ $host }“ sa nepodarilo nájsť. Skontrolujte, či je názov servera zadaný bez preklepov a či ste pripojení na internet.
error-connection-refused = Server { $host } odmietol pripojenie na porte { NUMBER($port, useGrouping: "false") }. Skontrolujte číslo portu a typ zabezpečenia (SSL/TLS alebo STARTTLS) – správne nastavenia nájdete na stránkach pomoci svojho poskytovateľa pošty.
error-timed-out = Server { $host } neodpovedal včas. Skontrolujte pripojenie na internet a skúste to znova. Ak sa to opakuje, server môže byť nedostupný alebo pripojenie blokuje firewall.
error-tls-untrusted = Posta nemôže overiť totožnosť servera (odtlačok certifikátu { $fingerprint }). Pokračujte, iba ak vám poskytovateľ pošty tento odtlačok potvrdí – inak môže niekto vaše pripojenie odpočúvať.
error-tls-failed = Zabezpečené pripojenie k serveru sa nepodarilo nadviazať. Skontrolujte typ zabezpečenia (SSL/TLS alebo STARTTLS) a port: SSL/TLS zvyčajne patrí k portom 993, 995 a 465, STARTTLS k portom 143, 110 a 587.
error-starttls-unavailable = Server { $host } nepodporuje STARTTLS, takže na tomto porte sa pripojenie nedá zašifrovať. Zvoľte radšej SSL/TLS (zvyčajne port 993 pre IMAP a 995 pre POP3).
error-authentication-failed = Server neprijal používateľské meno alebo heslo. Skontrolujte oboje. Ak váš poskytovateľ používa dvojstupňové overenie, vytvorte si heslo aplikácie a zadajte ho sem namiesto bežného hesla.
error-protocol = Server ohlásil problém: „{ $details }“. Skúste to neskôr znova; ak sa chyba opakuje, pošlite toto hlásenie svojmu poskytovateľovi pošty.
error-io = Údaje sa nepodarilo prečítať ani zapísať: { $details }. Skúste to znova; ak sa to opakuje, skontrolujte disk a sieťové pripojenie.
error-disk-full = Disk je plný, preto Posta nemôže uložiť vašu poštu. Uvoľnite miesto a skúste to znova.
error-tls-reason-unknown-issuer = Certifikát servera vydala certifikačná autorita, ktorej tento počítač nedôveruje, alebo si ho server podpísal sám.
error-tls-reason-expired = Platnosť certifikátu servera vypršala alebo sa ešte nezačala. Skontrolujte aj, či má tento počítač správny dátum a čas.
error-tls-reason-host-mismatch = Certifikát bol vydaný pre iný server, nie pre { $host }. Skontrolujte, či je názov servera správny.
error-tls-reason-other = Certifikát servera sa nepodarilo overiť.
error-unsupported = Konto POP3 to nedokáže: POP3 iba sťahuje správy z doručenej pošty, kým priečinky na serveri, príznaky a zdieľanie vyžadujú IMAP. Ak váš poskytovateľ ponúka IMAP, nastavte si konto cez IMAP.
error-cancelled = Zastavené. Nič sa nestratilo: čo sa už stiahlo, zostáva, a zvyšok príde pri ďalšej synchronizácii.

## Command line: posta check

check-ok = Pripojenie k serveru { $host } (port { $port }, { $protocol }) a prihlásenie prebehli úspešne.
check-server-capabilities = Schopnosti servera
check-folders = Priečinky
check-yes = áno
check-no = nie
check-ca-unreadable = Súbor certifikačnej autority { $path } sa nepodarilo prečítať: { $details }. Skontrolujte cestu a oprávnenia súboru.
check-bad-fingerprint = Tento odtlačok nie je platný. Zadajte odtlačok SHA-256 ako 64 šestnástkových číslic, s dvojbodkami alebo bez nich (AB:CD:…).
check-insecure-warning = Upozornenie: toto pripojenie nie je šifrované. Heslo aj pošta idú sieťou ako čitateľný text – používajte ho iba na testovanie v dôveryhodnej sieti.

## Server capabilities, as the account check lists them

capability-server-folders = Priečinky na serveri
capability-server-flags = Stav prečítania a označenia uložený na serveri
capability-keywords = Štítky (kľúčové slová)
capability-shared-folders = Zdieľané priečinky
capability-metadata = Poznámky k priečinkom (METADATA)
capability-push = Okamžité upozornenie na novú poštu (IDLE)
capability-partial-fetch = Sťahovanie častí správy na požiadanie (prílohy)

## Command line

cli-account-not-found = Účet s názvom „{ $account }“ neexistuje. Zoznam účtov zobrazí príkaz „posta account list“.
cli-account-exists = Účet s názvom „{ $account }“ už existuje. Zvoľte iný názov.
cli-keep-copy-imap = Voľba --keep-copy platí len pre účty POP3: účet IMAP má poštu vždy uloženú na serveri.
cli-account-added = Účet „{ $account }“ bol pridaný pod číslom { NUMBER($id, useGrouping: "false") }.
cli-account-added-no-password = Heslo k nemu sa neuložilo. Zadávajte ho príkazu „posta sync“ zakaždým cez --password-stdin alebo účet pridajte znova s --password-stdin na počítači s úložiskom hesiel.
cli-keyring-unavailable = Nebeží žiadne úložisko hesiel (napríklad GNOME Keyring alebo KWallet) a Posta nikdy neukladá heslá na disk, preto sa heslo nedalo uložiť. Spustite úložisko hesiel a skúste to znova. Skripty tu môžu vynechať --password-stdin a heslo namiesto toho zadávať príkazu „posta sync --password-stdin“.
cli-keyring-locked = Úložisko hesiel je zamknuté. Odomknite ho (zvyčajne stačí prihlásiť sa do pracovného prostredia) a skúste to znova.
cli-password-missing = Pre účet „{ $account }“ nie je uložené heslo. Pridajte účet znova s --password-stdin alebo zadajte heslo príkazu „posta sync --password-stdin“.
cli-keyring-failed = Úložisko hesiel požiadavku nevykonalo: { $details }. Skúste to znova; ak sa to opakuje, úložisko hesiel reštartujte.
cli-no-accounts = Zatiaľ tu nie sú žiadne účty. Pridajte účet príkazom „posta account add“.
cli-security-tls = SSL/TLS
cli-security-starttls = STARTTLS
cli-security-none = bez šifrovania
cli-account-line = { NUMBER($id, useGrouping: "false") }. { $account } <{ $email }>: { $protocol }, { $host }, port { NUMBER($port, useGrouping: "false") }, { $security }
cli-keep-copy-keep = pošta zostáva na serveri
cli-keep-copy-days =
    { $days ->
        [one] pošta sa zo servera vymaže { $days } deň po stiahnutí
        [few] pošta sa zo servera vymaže { $days } dni po stiahnutí
        [many] pošta sa zo servera vymaže { $days } dňa po stiahnutí
       *[other] pošta sa zo servera vymaže { $days } dní po stiahnutí
    }
cli-keep-copy-until-deleted = pošta sa zo servera vymaže, keď ju vymažete tu
cli-keep-copy-delete = pošta sa zo servera vymaže hneď po stiahnutí
cli-sync-failed = Synchronizácia účtu „{ $account }“ zlyhala.
# Po „z“ nasleduje genitív: „z 1 správy“, „z 2 správ“, „z 5 správ“.
cli-sync-progress =
    { $total ->
        [one] { $account }, { $folder }: { $done } z { $total } správy
        [few] { $account }, { $folder }: { $done } z { $total } správ
        [many] { $account }, { $folder }: { $done } z { $total } správy
       *[other] { $account }, { $folder }: { $done } z { $total } správ
    }
cli-sync-done-imap =
    { $account }: { $new ->
        [one] { $new } nová správa
        [few] { $new } nové správy
        [many] { $new } novej správy
       *[other] { $new } nových správ
    } v { $folders ->
        [one] { $folders } priečinku
        [few] { $folders } priečinkoch
        [many] { $folders } priečinka
       *[other] { $folders } priečinkoch
    }.
cli-sync-done-pop3 =
    { $new ->
        [one] { $account }: stiahla sa { $new } nová správa.
        [few] { $account }: stiahli sa { $new } nové správy.
        [many] { $account }: stiahlo sa { $new } novej správy.
       *[other] { $account }: stiahlo sa { $new } nových správ.
    }
cli-sync-changed =
    { $count ->
        [one] { $count } správa sa na serveri zmenila.
        [few] { $count } správy sa na serveri zmenili.
        [many] { $count } správy sa na serveri zmenilo.
       *[other] { $count } správ sa na serveri zmenilo.
    }
cli-sync-removed =
    { $count ->
        [one] Na serveri sa odstránila { $count } správa.
        [few] Na serveri sa odstránili { $count } správy.
        [many] Na serveri sa odstránilo { $count } správy.
       *[other] Na serveri sa odstránilo { $count } správ.
    }
cli-sync-sent =
    { $count ->
        [one] Na server sa odoslala { $count } zmena urobená tu.
        [few] Na server sa odoslali { $count } zmeny urobené tu.
        [many] Na server sa odoslalo { $count } zmeny urobenej tu.
       *[other] Na server sa odoslalo { $count } zmien urobených tu.
    }
cli-sync-refused =
    { $count ->
        [one] Server odmietol { $count } zmenu urobenú tu; zostáva uložená, aby ste videli, o čo išlo.
        [few] Server odmietol { $count } zmeny urobené tu; zostávajú uložené, aby ste videli, o čo išlo.
        [many] Server odmietol { $count } zmeny urobenej tu; zmeny zostávajú uložené, aby ste videli, o čo išlo.
       *[other] Server odmietol { $count } zmien urobených tu; zostávajú uložené, aby ste videli, o čo išlo.
    }
cli-sync-deleted-on-server =
    { $count ->
        [one] Podľa nastavení účtu sa zo servera vymazala { $count } správa.
        [few] Podľa nastavení účtu sa zo servera vymazali { $count } správy.
        [many] Podľa nastavení účtu sa zo servera vymazalo { $count } správy.
       *[other] Podľa nastavení účtu sa zo servera vymazalo { $count } správ.
    }
cli-sync-held-back =
    { $count ->
        [one] { $count } správa prekračuje limit sťahovania a zostala na serveri.
        [few] { $count } správy prekračujú limit sťahovania a zostali na serveri.
        [many] { $count } správy prekračuje limit sťahovania a zostalo na serveri.
       *[other] { $count } správ prekračuje limit sťahovania a zostalo na serveri.
    }
cli-sync-outbox-sent =
    { $count ->
        [one] Odoslala sa { $count } správa z pošty na odoslanie.
        [few] Odoslali sa { $count } správy z pošty na odoslanie.
        [many] Odoslalo sa { $count } správy z pošty na odoslanie.
       *[other] Odoslalo sa { $count } správ z pošty na odoslanie.
    }
cli-folder-not-found-anywhere = Žiadny účet nemá priečinok s názvom „{ $folder }“. Priečinky zobrazí „posta folders“; ak je priečinok nový, najprv spustite „posta sync“.
cli-folder-not-found = Účet „{ $account }“ nemá priečinok s názvom „{ $folder }“. Jeho priečinky zobrazí „posta folders“; ak je priečinok nový, najprv spustite „posta sync“.
cli-folder-ambiguous = Viacero účtov má priečinok s názvom „{ $folder }“. Vyberte jeden z nich voľbou --account.
cli-no-sender = (neznámy odosielateľ)
cli-no-subject = (bez predmetu)
cli-folders-account = Účet „{ $account }“:
cli-folders-none = Účet „{ $account }“ zatiaľ nemá na tomto počítači žiadne priečinky. Stiahnete ich príkazom „posta sync“.
cli-folder-line =
    { $folder }: { $total ->
        [one] { $total } správa
        [few] { $total } správy
        [many] { $total } správy
       *[other] { $total } správ
    }, { $unread ->
        [one] { $unread } neprečítaná
        [few] { $unread } neprečítané
        [many] { $unread } neprečítanej
       *[other] { $unread } neprečítaných
    }
cli-search-nothing = Pre „{ $text }“ sa nič nenašlo.

## Desktop entry and AppStream (packaging/); tests/i18n/i18n_desktop.rs keeps them in step
desktop-generic-name = Poštový klient
desktop-comment = Čítajte a píšte e-maily cez IMAP alebo POP3
desktop-keywords = pošta;e-mail;IMAP;POP3;schránka;
appstream-summary = Poštový program, ktorý jednoducho vysvetlí IMAP a POP3
# The two paragraphs of the AppStream description.
appstream-description-1 = Posta je poštový program pre IMAP a POP3. Jeho sprievodca jednoducho vysvetlí, čo ktorý protokol robí s vašou poštou, nájde nastavenia servera podľa adresy, povie, čo poskytovateľ žiada najprv (zapnúť IMAP, heslo aplikácie), a otestuje pripojenie.
appstream-description-2 = S IMAP vyzerajú priečinky, stav prečítania, farebné štítky a zdieľané priečinky na každom zariadení rovnako; zmeny urobené bez siete sa na server dostanú neskôr. Rozhranie je v angličtine, poľštine, slovenčine a bulharčine a správca môže raz nastaviť predvolené hodnoty a servery organizácie pre všetkých používateľov.
