## The setup wizard (wizard-*): explains POP3 and IMAP, finds or asks for the
## server settings, tests them and saves the account.

## The frame around every page

# $step (number), $total (number)
wizard-step-counter = Krok { $step } z { $total }
wizard-back = Späť
wizard-cancel = Zrušiť nastavenie
wizard-continue = Pokračovať

## Names that are the same in every language (kept here so translators can
## adapt the spelling if their users expect another one)

wizard-imap = IMAP
wizard-pop3 = POP3
wizard-smtp = SMTP
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Žiadne (bez šifrovania)

## Welcome

wizard-welcome-title = Vitajte v programe Posta
wizard-welcome-lead = Nastavme vaše e-mailové konto. Potrvá to minútu či dve.
wizard-welcome-intro = Posta prijíma a odosiela vašu poštu cez servery vášho poskytovateľa – rovnako ako poštová aplikácia v telefóne alebo webmail, ktorý možno už používate. Potrebuje len vedieť, ako sa k nim pripojiť, a väčšinu z toho zistí sama.
wizard-welcome-steps = Čo nasleduje
wizard-welcome-step-protocol = Vyberiete, ako má Posta preberať vašu poštu: cez IMAP alebo cez POP3. Rozdiel vysvetlíme jednoduchými slovami.
wizard-welcome-step-details = Zadáte svoje meno, e-mailovú adresu a heslo.
wizard-welcome-step-detect = Posta vyhľadá nastavenia serverov vášho poskytovateľa. Môžete ich skontrolovať alebo zadať sami.
wizard-welcome-step-test = Posta sa raz prihlási, aby overila, že všetko funguje, a až potom konto uloží.
wizard-welcome-privacy = Heslo sa ukladá do systémového úložiska hesiel, nikdy nie do súborov programu Posta.
wizard-welcome-start = Začať

## How should Posta get your mail? IMAP and POP3 side by side

wizard-protocol-title = Ako má Posta preberať vašu poštu?
wizard-protocol-lead = Poštové programy komunikujú s poskytovateľom jedným z dvoch spôsobov. Posta zvláda oba; líšia sa tým, kde sa vaša pošta ukladá. Pre väčšinu ľudí je lepšou voľbou IMAP.
wizard-compare-choose = Vyberte si:
wizard-choose-imap = IMAP (odporúčané)
wizard-choose-pop3 = POP3

wizard-compare-where = Kde je uložená pošta
wizard-compare-where-imap = Na serveri poskytovateľa. Posta ju zobrazuje a uchováva kópiu toho, čo čítate, takže to môžete čítať aj offline.
wizard-compare-where-pop3 = Na tomto počítači. Posta sťahuje nové správy; kópia na serveri zostane alebo sa zmaže – podľa toho, čo si vyberiete v ďalšom kroku.

wizard-compare-devices = Telefón a notebook
wizard-compare-devices-imap = Na každom zariadení vidíte tú istú schránku. Keď správu v telefóne prečítate, zmažete alebo presuniete, je prečítaná, zmazaná či presunutá aj v notebooku.
wizard-compare-devices-pop3 = Každé zariadenie si stiahne vlastnú kópiu a nič sa nesynchronizuje. Správa, ktorú jedno zariadenie zmaže zo servera, sa k ostatným už nedostane. Najvhodnejšie, ak poštu čítate len na jednom počítači.

wizard-compare-offline = Čítanie bez internetu
wizard-compare-offline-imap = Otvorené správy (alebo všetky, ak zapnete ich sťahovanie) si môžete prečítať offline. Zmeny sa odošlú na server, keď budete znova online.
wizard-compare-offline-pop3 = Všetko stiahnuté si môžete prečítať offline. Internet treba len na prevzatie novej pošty a na odosielanie.

wizard-compare-sent = Odoslaná pošta
wizard-compare-sent-imap = Ukladá sa do priečinka Odoslaná pošta na serveri, takže ju vidíte na každom zariadení.
wizard-compare-sent-pop3 = Zostáva len na počítači, z ktorého ste ju odoslali.

wizard-compare-state = Prečítané a odpovedané
wizard-compare-state-imap = Ukladá sa na serveri: vaše ďalšie zariadenia aj ľudia, s ktorými schránku zdieľate, vidia, čo je prečítané a na čo sa už odpovedalo.
wizard-compare-state-pop3 = Vie o tom len tento počítač. Na ostatných zariadeniach vyzerá každá správa ako nová.

wizard-compare-folders = Priečinky a zdieľanie
wizard-compare-folders-imap = Priečinky sú na serveri a všade vyzerajú rovnako. Ak to poskytovateľ umožňuje, môžete priečinky zdieľať s inými ľuďmi.
wizard-compare-folders-pop3 = Zo servera prichádza len Doručená pošta. Ostatné priečinky existujú iba na tomto počítači a nič sa nedá zdieľať.

wizard-compare-tags = Farebné štítky
wizard-compare-tags-imap = Ukladajú sa na serveri, ak to server umožňuje, takže ich vidia aj iné programy, napríklad Thunderbird.
wizard-compare-tags-pop3 = Len na tomto počítači.

wizard-compare-quota = Miesto na serveri
wizard-compare-quota-imap = Všetka pošta sa započítava do veľkosti schránky. Keď je schránka plná, nová pošta môže byť odmietnutá – starú poštu preto občas zmažte alebo archivujte.
wizard-compare-quota-pop3 = Schránka na serveri sa vyprázdňuje, ako sa pošta sťahuje a maže, takže sa zriedka zaplní – pokiaľ na serveri nenechávate kópie.

wizard-compare-interrupted = Keď sa spojenie preruší
wizard-compare-interrupted-imap = Nič sa nestratí: Posta pokračuje tam, kde prestala. Najprv príde zoznam správ; text a prílohy sa stiahnu, až keď správu otvoríte.
wizard-compare-interrupted-pop3 = Posta si pamätá, čo už stiahla, a pokračuje zvyškom (staršie programy začínali odznova). Veľkú správu však treba stiahnuť celú, kým si ju môžete prečítať.

wizard-compare-connections = Viac zariadení naraz
wizard-compare-connections-imap = Naraz môže byť pripojených ľubovoľne veľa zariadení aj ľudí.
wizard-compare-connections-pop3 = Zvyčajne len jedno pripojenie naraz: kým jedno zariadenie sťahuje, iné môže dostať hlásenie, že schránka je obsadená. Na zdieľanú schránku sa nehodí.

wizard-compare-speed = Rýchlosť
wizard-compare-speed-imap = Zoznam správ sa zobrazí rýchlo; správa, ktorú ste ešte neotvorili, potrebuje chvíľu pripojenia. Pri veľmi veľkých schránkach je server pomalší.
wizard-compare-speed-pop3 = Po stiahnutí je všetko na tomto počítači a funguje rýchlo. Prvé stiahnutie veľkej schránky chvíľu trvá.

wizard-compare-note = Ak si nie ste istí, vyberte IMAP: pošta zostáva na serveri, takže sa nič nestratí, ak sa tento počítač pokazí, a kedykoľvek môžete začať používať ďalšie zariadenie.

## POP3: what happens to the server's copy

wizard-keep-title = Čo sa má stať s kópiou na serveri?
wizard-keep-lead = Pri POP3 Posta stiahne každú novú správu do tohto počítača. Vyberte, čo sa potom stane s jej kópiou na serveri poskytovateľa.
wizard-keep-keep = Nechávať kópiu na serveri
wizard-keep-keep-means = Telefón, ďalšie počítače aj webmail stále vidia každú správu. Schránka na serveri rastie, kým v nej poštu nezmažete; keď sa zaplní, nová pošta môže byť odmietnutá.
wizard-keep-days = Zmazať zo servera po
wizard-keep-days-unit = dňoch
wizard-keep-days-means = Ostatné zariadenia majú toľko dní na to, aby si každú správu tiež stiahli, a schránka na serveri sa nezaplní.
wizard-keep-until-deleted = Zmazať zo servera, keď správu zmažem tu
wizard-keep-until-deleted-means = Na serveri zostane to, čo si necháte. Správa zmazaná v programe Posta zmizne zo servera pri ďalšej kontrole pošty.
wizard-keep-delete = Zmazať zo servera hneď po stiahnutí
wizard-keep-delete-means = Každá správa potom existuje len na tomto počítači. Telefón, ďalšie počítače ani webmail ju neuvidia, a ak sa disk tohto počítača pokazí a nemáte zálohu, pošta je preč.
wizard-keep-days-invalid = Zadajte počet dní od 1 do 3650.
wizard-keep-safe-title = Posta nič nezmaže, kým nie je vaša kópia v bezpečí
wizard-keep-safe = Správa sa zo servera odstráni, až keď je zapísaná na disk tohto počítača.
# $days (number)
wizard-keep-provider-days =
    { $days ->
        [one] Váš poskytovateľ odporúča nechávať kópiu na serveri { $days } deň.
        [few] Váš poskytovateľ odporúča nechávať kópiu na serveri { $days } dni.
        [many] Váš poskytovateľ odporúča nechávať kópiu na serveri { $days } dňa.
       *[other] Váš poskytovateľ odporúča nechávať kópiu na serveri { $days } dní.
    }
wizard-keep-provider-keep = Váš poskytovateľ odporúča nechávať kópiu na serveri.
wizard-keep-provider-delete = Váš poskytovateľ odporúča kópiu na serveri po stiahnutí zmazať.

## Your details

wizard-details-title = Vaše údaje
wizard-details-lead = Použite adresu a heslo, ktorými sa prihlasujete do webmailu svojho poskytovateľa.
wizard-name = Vaše meno
wizard-name-placeholder = napr. Jana Nováková
wizard-name-help = Uvidia ho ľudia, ktorým píšete.
wizard-email = E-mailová adresa
wizard-email-placeholder = vy@priklad.sk
wizard-email-invalid = Toto ešte nie je e-mailová adresa: potrebuje meno, znak @ a doménu, napríklad jana@priklad.sk.
wizard-password = Heslo
wizard-password-placeholder = Heslo k pošte
wizard-password-show = Zobraziť heslo
wizard-password-help = Ak váš poskytovateľ používa dvojstupňové overenie, namiesto bežného hesla možno budete potrebovať heslo aplikácie vytvorené na jeho webe.
wizard-why-email = Zadajte e-mailovú adresu, aby sa našli jej nastavenia.
wizard-why-password = Ak chcete pokračovať, zadajte heslo.
wizard-details-find = Nájsť nastavenia

## Detection

wizard-detect-title = Hľadajú sa nastavenia
# $domain (text): the part of the address after the @.
wizard-detect-lead = Posta hľadá servery pre doménu { $domain }. Zvyčajne to trvá niekoľko sekúnd.
wizard-detect-step-list = Zoznam známych poskytovateľov v programe Posta
wizard-detect-step-autoconfig = Nastavenia zverejnené poskytovateľom
wizard-detect-step-well-known = Nastavenia zverejnené na webe vašej domény
wizard-detect-step-mx = Poskytovateľ, ktorý prijíma poštu vašej domény
wizard-detect-step-srv = Názvy serverov v záznamoch DNS vašej domény
wizard-detect-step-probe = Skúšanie bežných názvov serverov
wizard-detect-waiting = Čaká
wizard-detect-running = Overuje sa…
wizard-detect-found = Nájdené
wizard-detect-nothing = Nič
wizard-detect-skipped = Netreba
wizard-detect-privacy = Odošle sa len názov vašej domény – a na stránku s nastaveniami poskytovateľa aj vaša adresa. Heslo sa použije až pri teste pripojenia.
wizard-detect-stop = Zastaviť a zadať nastavenia ručne

## Review or manual settings

wizard-review-title = Skontrolujte nastavenia serverov
wizard-review-lead = Posta tieto nastavenia otestuje skôr, ako čokoľvek uloží. Zmeňte ich, ak stránky pomoci vášho poskytovateľa uvádzajú iné.
wizard-review-incoming = Prichádzajúca pošta
wizard-review-outgoing = Odchádzajúca pošta (SMTP)
wizard-review-outgoing-help = Slúži na odosielanie vašich správ.
wizard-review-outgoing-later = Odchádzajúci server zatiaľ nie je zadaný: poštu môžete čítať hneď a odosielanie nastaviť neskôr v Nastaveniach.
# $port (text, e.g. "143"), $expected (text: SSL/TLS or STARTTLS).
wizard-mismatch-title = Port { $port } očakáva { $expected } — prepnúť?
# $chosen (text), $expected (text): kinds of security.
wizard-mismatch-why = Tento port sa zvyčajne používa s { $expected }, ale je zvolené { $chosen }, takže pripojenie sa najskôr nepodarí.
# $security (text: SSL/TLS or STARTTLS).
wizard-mismatch-switch = Prepnúť na { $security }
# After SSL/TLS failed on a port Posta does not know. $expected (text).
wizard-mismatch-plain-title = Skúsiť { $expected }?
# $chosen (text), $expected (text): kinds of security.
wizard-mismatch-plain-why = Server nenadviazal zabezpečené pripojenie cez { $chosen }. Mnohé servery na takom porte očakávajú { $expected }: pripojenie sa začne nešifrované a zašifruje sa skôr, ako sa odošle heslo.
wizard-why-host = Zadajte názov servera prichádzajúcej pošty, aby sa dalo pripojenie otestovať.
wizard-why-port = Zadajte port servera prichádzajúcej pošty – číslo od 1 do 65535.
wizard-why-user = Zadajte používateľské meno pre server prichádzajúcej pošty.
wizard-why-smtp = Zadajte názov a port odchádzajúceho servera alebo nechajte názov prázdny a odosielanie nastavte neskôr.
wizard-why-smtp-user = Zadajte používateľské meno pre odchádzajúci server alebo nechajte jeho názov prázdny a odosielanie nastavte neskôr.
wizard-why-insecure = Ak chcete otestovať nešifrované pripojenie, začiarknite vyššie „Rozumiem rizikám“.
wizard-why-keep-days = Zadajte, po koľkých dňoch (1 až 3650) sa má kópia na serveri zmazať.
wizard-review-protocol = Protokol
wizard-review-host = Server
wizard-review-port = Port
wizard-review-security = Zabezpečenie
wizard-review-user = Používateľské meno
wizard-review-test = Otestovať pripojenie
# A port preset button. $port (text, e.g. "993"), $protocol (text: IMAP,
# POP3 or SMTP), $security (text: SSL/TLS or STARTTLS).
wizard-preset = { $port } · { $protocol } · { $security }

wizard-source-list = Nájdené v zozname poskytovateľov programu Posta
# $provider (text): the provider's name, e.g. "Poczta Wirtualna Polska".
wizard-source-list-body = Toto sú zverejnené nastavenia poskytovateľa { $provider }.
wizard-source-published = Zverejnené vaším poskytovateľom
# $url (text): the address the settings were read from.
wizard-source-published-body = Posta ich načítala z adresy { $url }.
# $domain (text)
wizard-source-srv-body = Záznamy DNS domény { $domain } uvádzajú jej poštové servery.
wizard-source-mx = Nájdené podľa poskytovateľa, ktorý prijíma vašu poštu
# $domain (text), $host (text): its MX host, $provider (text): the provider's name.
wizard-source-mx-body = Poštu pre doménu { $domain } prijíma server { $host }, ktorý patrí poskytovateľovi { $provider }. Toto sú zverejnené nastavenia poskytovateľa { $provider }.
wizard-source-guess = Odhadnuté – skontrolujte ich
wizard-source-guess-body = Tieto servery odpovedali na bežných názvoch a portoch, ale váš poskytovateľ svoje nastavenia nezverejňuje. Skôr než budete pokračovať, porovnajte ich so stránkami pomoci poskytovateľa.
wizard-source-none = Posta nenašla vaše nastavenia
# $domain (text), $protocol (text: IMAP or POP3)
wizard-source-none-body = Pre doménu { $domain } nie je nič zverejnené a na bežných názvoch neodpovedal žiadny server. Zadajte nastavenia zo stránok pomoci svojho poskytovateľa – hľadajte „nastavenia { $protocol }“ alebo „nastavenie poštového klienta“.
wizard-source-manual = Zadajte svoje nastavenia
# $protocol (text: IMAP or POP3)
wizard-source-manual-body = Prepíšte ich zo stránok pomoci svojho poskytovateľa – hľadajte „nastavenia { $protocol }“ alebo „nastavenie poštového klienta“.
wizard-source-oauth = Tento poskytovateľ dovoľuje poštovým programom prihlásiť sa len cez vlastnú webovú stránku (OAuth2), čo Posta zatiaľ nevie, takže test sa zrejme nepodarí. Ak poskytovateľ ponúka heslá aplikácií, vytvorte si ho na jeho webe a použite ho ako heslo.
# $chosen (text), $offered (text): protocol names, IMAP or POP3.
wizard-source-switched = Váš poskytovateľ neponúka { $chosen }, preto Posta použije { $offered }.

wizard-insecure-title = Toto pripojenie by nebolo šifrované
wizard-insecure-why = Vaše heslo aj každá správa by išli sieťou ako čitateľný text. Ktokoľvek v tej istej sieti Wi-Fi, u vášho poskytovateľa internetu alebo po ceste by ich mohol prečítať alebo ovládnuť vašu schránku. Vyberte SSL/TLS alebo STARTTLS, pokiaľ poskytovateľ neponúka ani jedno z nich.
wizard-insecure-accept = Rozumiem rizikám a chcem nešifrované pripojenie

## Connection test

wizard-test-title = Test pripojenia
wizard-test-title-ok = Funguje to
wizard-test-title-failed = Treba niečo opraviť
wizard-test-title-receive-only = Prijímanie funguje, odosielanie zatiaľ nie
wizard-test-lead = Posta sa raz prihlási na servery poskytovateľa, aby to overila. Nič sa neodošle, nestiahne ani nezmaže.
# $protocol (text: IMAP or POP3), $host (text), $port (text, e.g. "993"),
# $security (text: SSL/TLS, STARTTLS or unencrypted).
wizard-test-incoming = Prichádzajúca: { $protocol } na { $host }, port { $port }, { $security }
# $host (text), $port (text), $security (text)
wizard-test-outgoing = Odchádzajúca: SMTP na { $host }, port { $port }, { $security }
wizard-test-running = Pripája sa…
wizard-test-cert-decide = Posta sa neprihlásila: najprv vyššie rozhodnite, či certifikátu servera dôverujete.
wizard-test-incoming-ok-imap = Pripojené a prihlásené. Vaša schránka ponúka:
wizard-test-incoming-ok-pop3 = Pripojené a prihlásené.
wizard-test-outgoing-ok = Bezpečne pripojené; server vaše prihlásenie prijal.
wizard-test-outgoing-ok-no-login = Bezpečne pripojené; server prihlásenie nežiadal.
wizard-test-outgoing-later = Konto môžete uložiť aj tak a čítať poštu; odosielanie bude fungovať, keď bude odchádzajúci server nastavený správne.
wizard-test-outgoing-none = Odchádzajúca: zatiaľ nenastavená
wizard-test-outgoing-skipped = Odosielanie ste nechali na neskôr; odchádzajúci server môžete kedykoľvek pridať v Nastaveniach.
wizard-test-retry = Skúsiť znova
wizard-test-save = Uložiť konto

wizard-cert-title = Dôverujete tomuto certifikátu?
wizard-cert-host = Server
wizard-cert-subject = Vydaný pre
wizard-cert-issuer = Vydavateľ
# $issuer (text): the issuer's name.
wizard-cert-self-signed = { $issuer } (podpísaný sám sebou)
wizard-cert-validity = Platnosť
# $from (text), $until (text): dates, already written the local way.
wizard-cert-valid-range = od { $from } do { $until }
wizard-cert-fingerprint = Odtlačok (SHA-256)
wizard-cert-advice = Dôverujte mu, len ak vám poskytovateľ tento odtlačok potvrdí, napríklad na stránkach pomoci alebo telefonicky. Posta potom bude prijímať presne tento certifikát, len pre toto konto, a upozorní vás, ak sa niekedy zmení.
wizard-cert-trust = Dôverovať mu pre toto konto
wizard-cert-distrust = Nedôverovať
wizard-cert-refused = Posta sa k tomuto serveru nepripojí. Skontrolujte názov servera alebo sa opýtajte poskytovateľa, aký certifikát jeho server používa.
wizard-cert-second = Tento certifikát patrí serveru odchádzajúcej pošty a líši sa od certifikátu servera prichádzajúcej pošty, ktorému ste už dôverovali. Skôr než mu budete dôverovať, overte aj jeho odtlačok.

## Saving

wizard-save-title = Ukladá sa konto
wizard-save-busy = Ukladajú sa nastavenia a heslo sa vkladá do úložiska hesiel…
wizard-save-done-title = Hotovo
# $email (text)
wizard-save-done = Konto { $email } je pripravené
wizard-save-done-settings = Nastavenia konta môžete kedykoľvek zmeniť v Nastaveniach.
# The name of an account whose address another account already has.
# $email (text), $protocol (text: IMAP or POP3), $host (text): the incoming server.
wizard-account-name-twin = { $email } ({ $protocol }, { $host })
# $name (text), $number (number): 2, 3…
wizard-account-name-numbered = { $name } { $number }
wizard-save-done-keyring = Heslo je uložené v systémovom úložisku hesiel.
wizard-save-done-session = Heslo sa uchováva v pamäti, kým program Posta nezavriete; nabudúce ho bude treba zadať znova.
wizard-save-open = Otvoriť poštu
wizard-save-failed = Konto sa nepodarilo uložiť

wizard-keyring-unavailable = Nie je k dispozícii žiadne úložisko hesiel
wizard-keyring-unavailable-why = Posta ukladá heslá len do systémového úložiska hesiel (napríklad GNOME Keyring alebo KWallet) a v tejto relácii žiadne nebeží.
wizard-keyring-locked = Úložisko hesiel je zamknuté
wizard-keyring-locked-why = Systémové úložisko hesiel je zamknuté a nebolo odomknuté. Odomknite ho (zvyčajne heslom, ktorým sa prihlasujete do počítača) a skúste to znova.
wizard-keyring-failed = Úložisko hesiel heslo neprijalo
# $details (text): the keyring's own words.
wizard-keyring-failed-why = Úložisko hesiel hlási: { $details }
wizard-keyring-session-explained = Posta nikdy nezapisuje vaše heslo do vlastných súborov. Môžete ho nechať v pamäti, kým program nezavriete; nabudúce ho bude treba zadať znova.
wizard-keyring-session = Ponechať heslo len pre túto reláciu
wizard-keyring-retry = Skúsiť úložisko hesiel znova

## The accounts on the home screen

wizard-home-accounts = Vaše kontá
# $email (text), $protocol (text: IMAP or POP3), $host (text)
wizard-home-account-line = { $email } – { $protocol }, { $host }
wizard-home-session-only = (heslo len pre túto reláciu)
wizard-home-add-first = Pridať e-mailové konto
wizard-home-add = Pridať ďalšie konto
