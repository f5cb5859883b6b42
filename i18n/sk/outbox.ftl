# Pošta na odoslanie: správy, ktoré čakajú na odoslanie, v okne aj
# v príkazovom riadku (`posta send`, `posta outbox`).

## Outbox in the window

outbox-folder = Na odoslanie
outbox-heading = Na odoslanie · { $account }
outbox-intro =
    { $minutes ->
        [one] Tieto správy ešte neboli odoslané. Posta to sama skúša znova každú minútu a hneď, keď zvolíte Odoslať teraz.
        [few] Tieto správy ešte neboli odoslané. Posta to sama skúša znova každé { $minutes } minúty a hneď, keď zvolíte Odoslať teraz.
        [many] Tieto správy ešte neboli odoslané. Posta to sama skúša znova každých { $minutes } minúty a hneď, keď zvolíte Odoslať teraz.
       *[other] Tieto správy ešte neboli odoslané. Posta to sama skúša znova každých { $minutes } minút a hneď, keď zvolíte Odoslať teraz.
    }
outbox-to = Komu: { $to }
outbox-no-subject = (bez predmetu)
outbox-state-new = Zatiaľ sa neskúšalo.
outbox-state-waiting =
    { $attempts ->
        [one] Čaká: jeden pokus o { $time }. Ďalší približne o { $next }.
        [few] Čaká: { $attempts } pokusy, posledný o { $time }. Ďalší približne o { $next }.
        [many] Čaká: { $attempts } pokusu, posledný o { $time }. Ďalší približne o { $next }.
       *[other] Čaká: { $attempts } pokusov, posledný o { $time }. Ďalší približne o { $next }.
    }
outbox-state-attention = Zadržaná: server ju odmietol. Posta to znova neskúsi, kým nezvolíte Odoslať teraz alebo ju neupravíte.
outbox-state-sending = Odosiela sa…
outbox-reason = Dôvod: { $reason }
outbox-send-now = Odoslať teraz
outbox-edit = Upraviť
outbox-delete = Odstrániť
outbox-delete-question = Odstrániť „{ $subject }“ bez odoslania?
outbox-delete-confirm = Odstrániť
outbox-keep = Ponechať
outbox-close = Späť na správy
outbox-empty = Nič nečaká na odoslanie.
outbox-sent =
    { $count ->
        [one] Správa bola odoslaná.
        [few] Odoslali sa { $count } správy.
        [many] Odoslalo sa { $count } správy.
       *[other] Odoslalo sa { $count } správ.
    }
outbox-still-waiting = Správa stále čaká: { $reason }.

## Why a message waits (after "2 messages wait to be sent: …")

outbox-why-refused = server odchádzajúcej pošty { $host } neodpovedá na porte { NUMBER($port, useGrouping: "false") }
outbox-why-timeout = server odchádzajúcej pošty { $host } neodpovedá včas
outbox-why-not-found = server { $host } sa nedá nájsť (je počítač pripojený na internet?)
outbox-why-network = spojenie so serverom { $host } sa prerušilo
outbox-why-later = server odchádzajúcej pošty { $host } žiada skúsiť to neskôr ({ $details })

## A refusal when sending

outbox-refused-by-server = Server odchádzajúcej pošty { $host } správu odmietol: „{ $details }“. Skontrolujte adresy príjemcov (najčastejšie ide o preklep) a odošlite ju znova.

## Outbox in the status bar

outbox-status-new =
    { $count ->
        [one] { $count } správa čaká na odoslanie
        [few] { $count } správy čakajú na odoslanie
        [many] { $count } správy čaká na odoslanie
       *[other] { $count } správ čaká na odoslanie
    }
outbox-status-waiting =
    { $count ->
        [one] { $count } správa čaká na odoslanie: { $reason }
        [few] { $count } správy čakajú na odoslanie: { $reason }
        [many] { $count } správy čaká na odoslanie: { $reason }
       *[other] { $count } správ čaká na odoslanie: { $reason }
    }
outbox-status-attention =
    { $count ->
        [one] { $count } správu server odmietol a potrebuje vás: { $reason }
        [few] { $count } správy server odmietol a potrebujú vás: { $reason }
        [many] { $count } správy server odmietol a potrebujú vás: { $reason }
       *[other] { $count } správ server odmietol a potrebujú vás: { $reason }
    }

## posta send and posta outbox

outbox-cli-queued = Zatiaľ neodoslané: { $reason }. Správa čaká v pošte na odoslanie; odošle ju `posta outbox --send` alebo okno Posty, keď server odpovie.
outbox-cli-refused = Neodoslané: { $reason } V pošte na odoslanie nič nezostalo; opravte správu a odošlite ju znova.
outbox-cli-copy-later = Kópia v priečinku Odoslané konta { $account } sa nahrá pri ďalšom `posta sync`.
outbox-cli-body-unreadable = Text sa nepodarilo prečítať z { $path }: { $details }
outbox-cli-body-not-text = { $path } nie je text v UTF-8. Zadajte text správy ako súbor v UTF-8.
outbox-cli-attach-unreadable = { $path } sa nepodarilo priložiť: { $details }
outbox-cli-not-found = V pošte na odoslanie nie je nič s identifikátorom „{ $id }“. `posta outbox` vypíše, čo čaká.
outbox-cli-removed = Odstránené z pošty na odoslanie bez odoslania: { $subject }
outbox-cli-sent =
    { $count ->
        [one] Odoslala sa { $count } správa.
        [few] Odoslali sa { $count } správy.
        [many] Odoslalo sa { $count } správy.
       *[other] Odoslalo sa { $count } správ.
    }
outbox-cli-still-waiting =
    { $count ->
        [one] { $count } správa stále čaká: { $reason }
        [few] { $count } správy stále čakajú: { $reason }
        [many] { $count } správy stále čaká: { $reason }
       *[other] { $count } správ stále čaká: { $reason }
    }
