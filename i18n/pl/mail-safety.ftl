# Żadna poczta zgubiona ani zdublowana: jedna Posta naraz na koncie, co serwery
# robią z pocztą po drodze i uczciwe mówienie, co się stało.

## One Posta at a time per account

error-account-busy = Na tym koncie pracuje teraz inna Posta (okno albo polecenie). Gdy skończy, Posta sama podejmie pracę.
cli-account-busy = Na koncie „{ $account }” pracuje teraz inna Posta (okno albo polecenie), więc tutaj niczego nie zrobiono. Spróbuj ponownie, gdy skończy.

## What servers do to mail in transit

cli-sync-kept-on-server =
    { $count ->
        [one] { $count } wiadomość zostaje na serwerze: to, co przysłał serwer, może nie być całym oryginałem (inny rozmiar albo wiadomość zastępcza), więc Posta nigdy nie usunie tam oryginału.
        [few] { $count } wiadomości zostają na serwerze: to, co przysłał serwer, może nie być całymi oryginałami (inny rozmiar albo wiadomości zastępcze), więc Posta nigdy nie usunie tam oryginałów.
        [many] { $count } wiadomości zostaje na serwerze: to, co przysłał serwer, może nie być całymi oryginałami (inny rozmiar albo wiadomości zastępcze), więc Posta nigdy nie usunie tam oryginałów.
       *[other] { $count } wiadomości zostaje na serwerze: to, co przysłał serwer, może nie być całymi oryginałami (inny rozmiar albo wiadomości zastępcze), więc Posta nigdy nie usunie tam oryginałów.
    }
