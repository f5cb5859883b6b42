# Żadna poczta zgubiona ani zdublowana: jedna Posta naraz na koncie, co serwery
# robią z pocztą po drodze i uczciwe mówienie, co się stało.

## One Posta at a time per account

error-account-busy = Na tym koncie pracuje teraz inna Posta (okno albo polecenie). Gdy skończy, Posta sama podejmie pracę.
cli-account-busy = Na koncie „{ $account }” pracuje teraz inna Posta (okno albo polecenie), więc tutaj niczego nie zrobiono. Spróbuj ponownie, gdy skończy.
