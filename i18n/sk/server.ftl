# Server state the wizard promised: quota, the POP3 server mailbox, switching to IMAP (keys start with quota- and server-).

## Quota (RFC 9208): CLI and window
quota-none = { $account }: server pre túto schránku nestanovuje limit miesta (alebo ho neuvádza).
quota-storage-of = { $used } z { $limit }
quota-messages-of =
    { $limit ->
        [one] { $used } z { $limit } správy
        [few] { $used } z { $limit } správ
        [many] { $used } z { $limit } správy
       *[other] { $used } z { $limit } správ
    }
quota-warning = { $account }: schránka na serveri je plná na { $percent } % ({ $amount }). Vymažte alebo archivujte časť pošty, inak môže server začať odmietať nové správy.
quota-critical = { $account }: schránka na serveri je plná na { $percent } % ({ $amount }). Urobte miesto hneď: nové správy budú čoskoro odmietnuté.

## The POP3 server mailbox: CLI
server-not-pop3 = { $account } je konto IMAP: celá jeho pošta už je na serveri a ukazujú ju jeho priečinky.
server-unknown-uidl = { $account }: na serveri nie je správa s identifikátorom „{ $uidl }“. Zoznam ukáže príkaz „posta server { $account }“.
server-deleted =
    { $count ->
        [one] Zo servera bola vymazaná { $count } správa bez stiahnutia.
        [few] Zo servera boli vymazané { $count } správy bez stiahnutia.
        [many] Zo servera bolo vymazaných { $count } správy bez stiahnutia.
       *[other] Zo servera bolo vymazaných { $count } správ bez stiahnutia.
    }
server-fetched =
    { $count ->
        [one] Do priečinka Doručená pošta bola stiahnutá { $count } správa.
        [few] Do priečinka Doručená pošta boli stiahnuté { $count } správy.
        [many] Do priečinka Doručená pošta bolo stiahnutých { $count } správy.
       *[other] Do priečinka Doručená pošta bolo stiahnutých { $count } správ.
    }

## Quota in the window: meter, bar, Make room
quota-make-room = Uvoľniť miesto
quota-room-title = Uvoľnenie miesta: { $account }
quota-room-here = Najväčšie správy
quota-room-close = Zavrieť
quota-room-used = Schránka na serveri je využitá na { $percent } % ({ $amount }).
quota-room-full = Schránka na serveri je plná na { $percent } % ({ $amount }). Najrýchlejšie uvoľníte miesto vymazaním veľkých správ, ktoré už nepotrebujete.
quota-room-size = Veľkosť
quota-room-folder = Priečinok
quota-room-date = Dátum
quota-room-sender = Odosielateľ
quota-room-subject = Predmet
quota-room-empty = Toto konto nemá žiadne správy.
quota-room-delete =
    { $count ->
        [one] Vymazať { $count } správu ({ $size })
        [few] Vymazať { $count } správy ({ $size })
        [many] Vymazať { $count } správy ({ $size })
       *[other] Vymazať { $count } správ ({ $size })
    }
quota-room-empty-bins =
    { $count ->
        [one] Vyprázdniť Kôš a Nevyžiadanú poštu ({ $count } správa)
        [few] Vyprázdniť Kôš a Nevyžiadanú poštu ({ $count } správy)
        [many] Vyprázdniť Kôš a Nevyžiadanú poštu ({ $count } správy)
       *[other] Vyprázdniť Kôš a Nevyžiadanú poštu ({ $count } správ)
    }
quota-room-hint = Vymazané tu znamená vymazané aj na serveri pri ďalšej synchronizácii: tak sa uvoľní miesto.

## The POP3 server mailbox in the window
server-on-the-server = Na serveri…
server-tab = Na serveri
server-title = Správy na serveri konta { $account }
server-number = Č.
server-state = Stav
server-state-downloaded = stiahnutá
server-state-deleted-here = vymazaná tu
server-state-held-back = príliš veľká
server-state-new = nová
server-loading = Pýtam sa servera…
server-empty = Schránka na serveri je prázdna.
server-delete = Vymazať zo servera
server-cancel = Zrušiť
server-delete-confirm =
    { $count ->
        [one] Vymazať { $count } správu zo servera? Čo nebolo stiahnuté, sa nedá obnoviť.
        [few] Vymazať { $count } správy zo servera? Čo nebolo stiahnuté, sa nedá obnoviť.
        [many] Vymazať { $count } správy zo servera? Čo nebolo stiahnuté, sa nedá obnoviť.
       *[other] Vymazať { $count } správ zo servera? Čo nebolo stiahnuté, sa nedá obnoviť.
    }
server-download = Stiahnuť teraz
server-download-held-back =
    { $count ->
        [one] Stiahnuť { $count } zadržanú správu
        [few] Stiahnuť všetky { $count } zadržané správy
        [many] Stiahnuť všetky { $count } zadržanej správy
       *[other] Stiahnuť všetkých { $count } zadržaných správ
    }
server-refresh = Znova sa opýtať servera
server-placeholder = { $size }, na serveri

## Switching a POP3 account to IMAP
server-switch-progress = { $account }: na serveri IMAP je { $done } z { $total } správ.
server-switch-done =
    { $uploaded ->
        [one] { $account } je teraz konto IMAP: nahraná { $uploaded } správa, { $found } už na serveri boli. Priečinky, príznaky a štítky sú na serveri.
        [few] { $account } je teraz konto IMAP: nahrané { $uploaded } správy, { $found } už na serveri boli. Priečinky, príznaky a štítky sú na serveri.
        [many] { $account } je teraz konto IMAP: nahraných { $uploaded } správy, { $found } už na serveri boli. Priečinky, príznaky a štítky sú na serveri.
       *[other] { $account } je teraz konto IMAP: nahraných { $uploaded } správ, { $found } už na serveri boli. Priečinky, príznaky a štítky sú na serveri.
    }
server-switch-already-imap = { $account } už je konto IMAP.
server-switch-resume = Presun konta { $account } na IMAP sa prerušil. Nič sa nestratilo: pošta je stále v tomto počítači. Spustite ten istý príkaz znova a presun sa dokončí; nič sa nenahrá dvakrát.

server-offline-cached = Bez pripojenia: takto vyzerala schránka na serveri pri poslednej kontrole.
quota-room-delete-none = Vymazať označené správy

## The answered and forwarded state in the reader
server-answered = ↩ Na túto správu ste odpovedali.
server-forwarded = ↪ Túto správu ste preposlali.

## „Presunúť na IMAP“ v okne
server-switch-open = Presunúť na IMAP…
# $account (text)
server-switch-title = Presunúť konto { $account } na IMAP
server-switch-explain = Pri IMAP zostáva pošta na serveri, takže telefón, iné počítače aj webová pošta vidia rovnaké priečinky, stav prečítania a odpovede aj štítky. Posta nahrá na server poštu, ktorá je len v tomto počítači, a potom bude konto fungovať ako IMAP. Nič sa tu neodstráni, kým to server nemá.
# $count (number)
server-switch-local =
    { $count ->
        [one] V tomto počítači je { $count } správa.
        [few] V tomto počítači sú { $count } správy.
        [many] V tomto počítači je { $count } správy.
       *[other] V tomto počítači je { $count } správ.
    }
server-switch-start = Presunúť na IMAP
server-switch-retry = Skúsiť znova
# $account (text)
server-switch-stopped = Presun konta { $account } na IMAP sa prerušil. Nič sa nestratilo: pošta je stále v tomto počítači. Vyberte „Skúsiť znova“ a presun sa dokončí; nič sa nenahrá dvakrát.
server-switch-cancelled = Presun sa zastavil. Nič sa nestratilo: čo už je na serveri, tam zostane a znova sa nenahrá.

# The server refused to store a message: the mailbox is full. $details (text): the server's words.
quota-server-full = Schránka na serveri je plná, preto server odmietol uložiť správu (odpovedal: „{ $details }“). Uvoľnite miesto – odstráňte veľké správy, ktoré už nepotrebujete, alebo vyprázdnite Kôš – a skúste to znova.
